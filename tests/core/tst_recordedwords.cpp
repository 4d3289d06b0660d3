#include "comfyuibinary.h"
#include "language.h"
#include "recordedwords.h"
#include "socketiopacket.h"

#include <QRegularExpression>
#include <QTest>

using namespace tunnelscope;

// What a capture records in words is English; read() gives it back in the language chosen by
// finding the template it was made from.
class tst_RecordedWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void everyTemplateIsReadBack();
    void causesInsideCausesAreReadToo();
    void unknownWordsStayAsTheyAre();
    void aPlaceSaidTwiceHoldsTheSameText();
};

void tst_RecordedWords::everyTemplateIsReadBack()
{
    Language::install(QStringLiteral("zh_CN"));
    QCOMPARE(RecordedWords::all().size(), 201);
    for (const char *words : RecordedWords::all()) {
        // Arguments that no template's words could be mistaken for, in each place the template has.
        const QStringList arguments{QStringLiteral("α1"), QStringLiteral("β2"), QStringLiteral("γ3"),
                                    QStringLiteral("δ4"), QStringLiteral("ε5"), QStringLiteral("ζ6")};
        QString recorded = QString::fromUtf8(words);
        for (qsizetype i = 0; i < arguments.size(); ++i)
            recorded.replace(QLatin1Char('%') + QString::number(i + 1), arguments.at(i));
        QVERIFY2(!recorded.contains(QLatin1Char('%')), words);
        const Sentence s = RecordedWords::read(recorded);
        QCOMPARE(s.english(), recorded);
        QVERIFY2(s.localized() != recorded, qPrintable(recorded + QStringLiteral(" was not read")));
        for (const QString &argument : arguments)
            QCOMPARE(s.localized().contains(argument), recorded.contains(argument));
    }
}

void tst_RecordedWords::causesInsideCausesAreReadToo()
{
    Language::install(QStringLiteral("zh_CN"));
    const QString recorded = RecordedWords::english(RecordedWords::Timeout, QStringLiteral("2000"),
                                                    RecordedWords::english(RecordedWords::PhaseNoAnswer));
    QCOMPARE(recorded, QStringLiteral("timeout after 2000 ms waiting for the upgrade answer (no byte came back)"));
    QCOMPARE(RecordedWords::read(recorded).localized(), QStringLiteral("等待升级应答（一个字节也没有返回）超时（2000 毫秒）"));
    // A server's "%2" inside a recorded text is its words.
    const QString odd = RecordedWords::english(RecordedWords::Refused, QStringLiteral("host %2"));
    QCOMPARE(RecordedWords::read(odd).localized(), QStringLiteral("host %2 拒绝了连接"));
    // A session's note, with a recorded place inside it.
    const QString expired
        = RecordedWords::english(RecordedWords::TokenExpired, RecordedWords::english(RecordedWords::TokenInAuthorization),
                                 QStringLiteral("2023-11-14T22:13:20Z"));
    QVERIFY(expired.startsWith(QLatin1String("the token in the Authorization header expired at 2023-11-14T22:13:20Z")));
    QVERIFY2(RecordedWords::read(expired).localized().startsWith(QStringLiteral("Authorization 请求头中的令牌")),
             qPrintable(RecordedWords::read(expired).localized()));
    // What a protocol's parser found wrong, inside the violation an adapter records, and alone.
    const QString packet
        = RecordedWords::english(RecordedWords::NotSocketIoPacket, 7, SocketIoPacket::parse(QByteArrayView("4x")).error);
    QCOMPARE(packet, QStringLiteral("frame 7 is not a Socket.IO packet: unknown Socket.IO packet type 'x'"));
    QCOMPARE(RecordedWords::read(packet).localized(), QStringLiteral("第 7 帧不是 Socket.IO 包：未知的 Socket.IO 包类型 'x'"));
    const ComfyUiBinary unknown = ComfyUiBinary::parse(QByteArrayView("\0\0\0\x09", 4));
    QVERIFY(!unknown.isValid());
    QCOMPARE(unknown.describe().localized(),
             QStringLiteral("未知的 ComfyUI 二进制事件类型 9（已知：1 预览图，3 文本，4 带元数据的预览图）"));
    QCOMPARE(unknown.describe().english(), unknown.error);
}

void tst_RecordedWords::aPlaceSaidTwiceHoldsTheSameText()
{
    Language::install(QStringLiteral("zh_CN"));
    const QString same = RecordedWords::english(RecordedWords::IdentitiesDiffer, 2, QStringLiteral("ios"), QStringLiteral("web"));
    QCOMPARE(same, QStringLiteral("run 2 was played as ios in A and as web in B: compared as ios"));
    QVERIFY2(RecordedWords::read(same).localized() != same, qPrintable(RecordedWords::read(same).localized()));
    // The same template's words with two different texts in the one place are not its.
    const QString other = QStringLiteral("run 2 was played as ios in A and as web in B: compared as web");
    QCOMPARE(RecordedWords::read(other).localized(), other);
}

void tst_RecordedWords::unknownWordsStayAsTheyAre()
{
    Language::install(QStringLiteral("zh_CN"));
    const QString theirs = QStringLiteral("HTTP 403 Forbidden: \"tunnel not found\"");
    QCOMPARE(RecordedWords::read(theirs).english(), theirs);
    QCOMPARE(RecordedWords::read(theirs).localized(), theirs);
}

QTEST_GUILESS_MAIN(tst_RecordedWords)
#include "tst_recordedwords.moc"
