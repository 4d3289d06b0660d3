#include "closepayload.h"
#include "frameencoder.h"

#include <QTest>

using namespace tunnelscope;

class tst_ClosePayload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_ClosePayload::parse_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("hasCode");
    QTest::addColumn<int>("effectiveCode");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no payload: 1005") << QByteArray() << false << 1005 << QByteArray() << QString();
    QTest::newRow("one byte") << QByteArray(1, '\x03') << false << 1005 << QByteArray() << QStringLiteral("1 byte");
    QTest::newRow("1000 with reason") << FrameEncoder::closePayload(1000, "bye") << true << 1000 << QByteArray("bye")
                                      << QString();
    QTest::newRow("1001 without reason") << FrameEncoder::closePayload(1001) << true << 1001 << QByteArray() << QString();
    QTest::newRow("3000 registered") << FrameEncoder::closePayload(3000) << true << 3000 << QByteArray() << QString();
    QTest::newRow("4999 private") << FrameEncoder::closePayload(4999) << true << 4999 << QByteArray() << QString();
    QTest::newRow("1005 on the wire") << FrameEncoder::closePayload(1005) << true << 1005 << QByteArray()
                                      << QStringLiteral("must not be sent");
    QTest::newRow("1006 on the wire") << FrameEncoder::closePayload(1006) << true << 1006 << QByteArray()
                                      << QStringLiteral("must not be sent");
    QTest::newRow("1015 on the wire") << FrameEncoder::closePayload(1015) << true << 1015 << QByteArray()
                                      << QStringLiteral("must not be sent");
    QTest::newRow("999") << FrameEncoder::closePayload(999) << true << 999 << QByteArray() << QStringLiteral("must not be sent");
    QTest::newRow("1004") << FrameEncoder::closePayload(1004) << true << 1004 << QByteArray()
                          << QStringLiteral("must not be sent");
    QTest::newRow("5000") << FrameEncoder::closePayload(5000) << true << 5000 << QByteArray()
                          << QStringLiteral("must not be sent");
    QTest::newRow("reason not UTF-8") << FrameEncoder::closePayload(1000, "\xff\xfe") << true << 1000 << QByteArray("\xff\xfe")
                                      << QStringLiteral("UTF-8");
}

void tst_ClosePayload::parse()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, hasCode);
    QFETCH(int, effectiveCode);
    QFETCH(QByteArray, reason);
    QFETCH(QString, problem);
    const ClosePayload c = ClosePayload::parse(payload);
    QCOMPARE(c.hasCode, hasCode);
    QCOMPARE(int(c.effectiveCode()), effectiveCode);
    QCOMPARE(c.reason, reason);
    if (problem.isEmpty())
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
    else
        QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
}

QTEST_GUILESS_MAIN(tst_ClosePayload)
#include "tst_closepayload.moc"
