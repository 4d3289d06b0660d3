#include "httpresponsehead.h"
#include "upgraderequest.h"

#include <QTest>

using namespace tunnelscope;

class tst_UpgradeRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptKeyFromRfc();
    void requestBytes();
    void userHeadersOverrideDefaults();
    void parseHead();
    void parseHeadIncrementally();
    void parseHeadErrors_data();
    void parseHeadErrors();
    void checkAnswer_data();
    void checkAnswer();
};

void tst_UpgradeRequest::acceptKeyFromRfc()
{
    // RFC 6455 §1.3.
    QCOMPARE(UpgradeRequest::acceptFor("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(QByteArray::fromBase64(UpgradeRequest::newKey()).size(), 16);
    QVERIFY(UpgradeRequest::newKey() != UpgradeRequest::newKey());
}

void tst_UpgradeRequest::requestBytes()
{
    const UpgradeRequest r(QUrl(QStringLiteral("ws://example.test:8123/api/websocket?x=1&y=%20z")),
                           {{"Origin", "http://example.test"}}, {QStringLiteral("chat"), QStringLiteral("v2")},
                           "dGhlIHNhbXBsZSBub25jZQ==");
    const QByteArray b = r.bytes();
    QVERIFY(b.startsWith("GET /api/websocket?x=1&y=%20z HTTP/1.1\r\n"));
    QVERIFY(b.contains("\r\nHost: example.test:8123\r\n"));
    QVERIFY(b.contains("\r\nUpgrade: websocket\r\n"));
    QVERIFY(b.contains("\r\nConnection: Upgrade\r\n"));
    QVERIFY(b.contains("\r\nSec-WebSocket-Version: 13\r\n"));
    QVERIFY(b.contains("\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    QVERIFY(b.contains("\r\nSec-WebSocket-Protocol: chat, v2\r\n"));
    QVERIFY(b.contains("\r\nOrigin: http://example.test\r\n"));
    QVERIFY(b.endsWith("\r\n\r\n"));

    const QByteArray secure = UpgradeRequest(QUrl(QStringLiteral("wss://example.test")), {}, {}).bytes();
    QVERIFY(secure.startsWith("GET / HTTP/1.1\r\n"));
    QVERIFY2(secure.contains("\r\nHost: example.test\r\n"), "the default port is left out");
}

void tst_UpgradeRequest::userHeadersOverrideDefaults()
{
    const QByteArray b
        = UpgradeRequest(QUrl(QStringLiteral("ws://a.test/")), {{"host", "b.test"}, {"User-Agent", "mine"}}, {}).bytes();
    QVERIFY(!b.contains("Host: a.test"));
    QVERIFY(b.contains("host: b.test"));
    QCOMPARE(b.count("User-Agent"), 1);
}

void tst_UpgradeRequest::parseHead()
{
    HttpResponseHead h;
    qsizetype consumed = 0;
    const QByteArray bytes = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nconnection: upgrade\r\n\r\n\x81\x02hi";
    QCOMPARE(h.parse(bytes, &consumed), HttpResponseHead::Result::Complete);
    QCOMPARE(h.status(), 101);
    QCOMPARE(h.reasonPhrase(), QByteArray("Switching Protocols"));
    QCOMPARE(h.header("CONNECTION"), QByteArray("upgrade"));
    QCOMPARE(bytes.mid(consumed), QByteArray("\x81\x02hi"));
}

void tst_UpgradeRequest::parseHeadIncrementally()
{
    const QByteArray bytes = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
    HttpResponseHead h;
    qsizetype consumed = 0;
    for (qsizetype n = 1; n < bytes.size(); ++n)
        QCOMPARE(h.parse(bytes.left(n), &consumed), HttpResponseHead::Result::NeedMore);
    QCOMPARE(h.parse(bytes, &consumed), HttpResponseHead::Result::Complete);
    QCOMPARE(h.status(), 403);
}

void tst_UpgradeRequest::parseHeadErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << QStringLiteral("not an HTTP answer");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << QStringLiteral("not an HTTP answer");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 101 OK\r\nnonsense\r\n\r\n")
                                          << QStringLiteral("malformed HTTP header");
    QTest::newRow("no end of headers") << QByteArray("HTTP/1.1 101 OK\r\n") + QByteArray(70000, 'a')
                                       << QStringLiteral("without ending");
}

void tst_UpgradeRequest::parseHeadErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    HttpResponseHead h;
    qsizetype consumed = 0;
    QCOMPARE(h.parse(bytes, &consumed), HttpResponseHead::Result::Error);
    QVERIFY2(h.errorString().contains(error), qPrintable(h.errorString()));
}

void tst_UpgradeRequest::checkAnswer_data()
{
    const QByteArray key = "dGhlIHNhbXBsZSBub25jZQ==";
    const QByteArray good = "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n";
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ok") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + good + "\r\n"
                        << QString();
    QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\n\r\n") << QStringLiteral("HTTP 403 Forbidden");
    QTest::newRow("bad accept") << QByteArray(
        "HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: nope\r\n\r\n")
                                << QStringLiteral("bad Sec-WebSocket-Accept");
    QTest::newRow("no upgrade header") << "HTTP/1.1 101 OK\r\nConnection: Upgrade\r\n" + good + "\r\n"
                                       << QStringLiteral("Upgrade: websocket");
    QTest::newRow("unoffered subprotocol")
        << "HTTP/1.1 101 OK\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: mqtt\r\n" + good + "\r\n"
        << QStringLiteral("not offered");
}

void tst_UpgradeRequest::checkAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, problem);
    const UpgradeRequest r(QUrl(QStringLiteral("ws://a.test/")), {}, {QStringLiteral("chat")}, "dGhlIHNhbXBsZSBub25jZQ==");
    HttpResponseHead h;
    qsizetype consumed = 0;
    QCOMPARE(h.parse(answer, &consumed), HttpResponseHead::Result::Complete);
    const QString result = r.checkAnswer(h);
    if (problem.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
}

QTEST_GUILESS_MAIN(tst_UpgradeRequest)
#include "tst_upgraderequest.moc"
