#include "utf8.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace tunnelscope;

// isValidUtf8 checks every received text message without building a string; these tests hold
// it to the answer Qt's own UTF-8 decoder gives, byte sequence by byte sequence.
class tst_Utf8 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namedCases_data();
    void namedCases();
    void agreesWithQtOnEveryShortSequence();
    void agreesWithQtOnRandomText();
};

namespace {

bool qtSaysValid(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

} // namespace

void tst_Utf8::namedCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii json") << QByteArray(R"({"type":"auth_ok","ha_version":"2026.11.0"})") << true;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << true;
    QTest::newRow("chinese") << QByteArray("\xE9\x9A\xA7\xE9\x81\x93") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("highest code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << false;
    QTest::newRow("cut at the end") << QByteArray("abcdefgh\xE9\x9A") << false;
    QTest::newRow("invalid after eight ascii") << QByteArray("abcdefgh\xFF") << false;
    QTest::newRow("lead byte F5") << QByteArray("\xF5\x80\x80\x80") << false;
}

void tst_Utf8::namedCases()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
    QCOMPARE(qtSaysValid(bytes), valid);
}

void tst_Utf8::agreesWithQtOnEveryShortSequence()
{
    // Every one- and two-byte sequence, and every three-byte sequence that starts with a lead
    // byte of a three-byte form, each after an ASCII run so the word-at-a-time path is crossed.
    QByteArray bytes("12345678");
    int disagreements = 0;
    QByteArray first;
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            bytes.resize(8);
            bytes.append(char(a));
            bytes.append(char(b));
            if (isValidUtf8(bytes) != qtSaysValid(bytes) && disagreements++ == 0)
                first = bytes.toHex(' ');
            if (a < 0xE0 || a > 0xF4)
                continue;
            for (int c = 0; c < 256; ++c) {
                bytes.resize(10);
                bytes.append(char(c));
                if (isValidUtf8(bytes) != qtSaysValid(bytes) && disagreements++ == 0)
                    first = bytes.toHex(' ');
            }
        }
    }
    QVERIFY2(disagreements == 0,
             qPrintable(QStringLiteral("%1 disagreements, first: %2").arg(disagreements).arg(QString::fromLatin1(first))));
}

void tst_Utf8::agreesWithQtOnRandomText()
{
    // Mostly valid text with a wrong byte here and there, of every length up to 64.
    QRandomGenerator random(7);
    const QByteArray pieces[] = {"a", "{\"t\":", "\xC3\xA9", "\xE9\x9A\xA7", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF"};
    for (int i = 0; i < 200000; ++i) {
        QByteArray bytes;
        const int parts = random.bounded(1, 24);
        for (int p = 0; p < parts; ++p)
            bytes += pieces[random.bounded(int(std::size(pieces)))];
        if (random.bounded(3) == 0)
            bytes[random.bounded(bytes.size())] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            bytes.chop(random.bounded(std::min<qsizetype>(3, bytes.size()) + 1));
        if (isValidUtf8(bytes) != qtSaysValid(bytes))
            QFAIL(qPrintable(QStringLiteral("disagree on %1").arg(QString::fromLatin1(bytes.toHex(' ')))));
    }
}

QTEST_GUILESS_MAIN(tst_Utf8)
#include "tst_utf8.moc"
