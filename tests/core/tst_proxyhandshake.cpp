#include "proxyenvironment.h"
#include "proxyhandshake.h"

#include <QTest>

using namespace tunnelscope;

// The proxy conversation byte by byte (the real proxies are in tests/cli/test_proxies.py), and
// the environment read as curl reads it.
class tst_ProxyHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectRequestCarriesTheTargetAndCredentials();
    void connectAnswerMayComeByteByByte();
    void connectRefusalSaysWhatTheProxySaid();
    void socksAsksByNameAndAuthenticates();
    void socksReplyWithANameAndEarlyBytes();
    void notSocksIsSaidSo();
    void noProxyListsAsCurl();
    void environmentAsCurl();
};

void tst_ProxyHandshake::connectRequestCarriesTheTargetAndCredentials()
{
    ProxyHandshake plain(QUrl(QStringLiteral("http://127.0.0.1:3128")), QStringLiteral("ha.example.com"), 443);
    QCOMPARE(plain.start(), QByteArray("CONNECT ha.example.com:443 HTTP/1.1\r\nHost: ha.example.com:443\r\n\r\n"));
    ProxyHandshake v6(QUrl(QStringLiteral("http://u:p%40ss@[::1]:3128")), QStringLiteral("::1"), 8123);
    const QByteArray request = v6.start();
    QVERIFY(request.startsWith("CONNECT [::1]:8123 HTTP/1.1\r\n"));
    // The password percent-decoded before it is encoded: "u:p@ss".
    QVERIFY(request.contains("Proxy-Authorization: Basic " + QByteArray("u:p@ss").toBase64() + "\r\n"));
    QCOMPARE(v6.shownUrl(), QStringLiteral("http://[::1]:3128"));
}

void tst_ProxyHandshake::connectAnswerMayComeByteByByte()
{
    ProxyHandshake h(QUrl(QStringLiteral("http://127.0.0.1:3128")), QStringLiteral("127.0.0.1"), 8123);
    h.start();
    const QByteArray answer = "HTTP/1.1 200 Connection established\r\nProxy-Agent: test\r\n\r\n";
    QByteArray reply, rest;
    for (qsizetype i = 0; i + 1 < answer.size(); ++i)
        QCOMPARE(h.feed(answer.mid(i, 1), &reply, &rest), ProxyHandshake::Result::NeedMore);
    QCOMPARE(h.feed(answer.right(1), &reply, &rest), ProxyHandshake::Result::Done);
    QCOMPARE(h.status(), 200);
    QVERIFY(reply.isEmpty());
    QVERIFY(rest.isEmpty());
}

void tst_ProxyHandshake::connectRefusalSaysWhatTheProxySaid()
{
    ProxyHandshake h(QUrl(QStringLiteral("http://127.0.0.1:3128")), QStringLiteral("127.0.0.1"), 8123);
    h.start();
    QByteArray reply, rest;
    QCOMPARE(
        h.feed("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n\r\n", &reply, &rest),
        ProxyHandshake::Result::Failed);
    QCOMPARE(h.status(), 407);
    QVERIFY2(h.error().contains(QLatin1String("(it asks: Proxy-Authenticate: Basic realm=\"corp\"): it wants credentials")),
             qPrintable(h.error()));
    ProxyHandshake garbage(QUrl(QStringLiteral("http://127.0.0.1:3128")), QStringLiteral("127.0.0.1"), 8123);
    garbage.start();
    QCOMPARE(garbage.feed("SSH-2.0-OpenSSH_9.2\r\n\r\n", &reply, &rest), ProxyHandshake::Result::Failed);
    QVERIFY2(garbage.error().contains(QLatin1String("did not answer CONNECT in HTTP")), qPrintable(garbage.error()));
}

void tst_ProxyHandshake::socksAsksByNameAndAuthenticates()
{
    ProxyHandshake h(QUrl(QStringLiteral("socks5://bob:pw@127.0.0.1:1080")), QStringLiteral("ha.example.com"), 443);
    QCOMPARE(h.start(), QByteArray("\x05\x02\x00\x02", 4));
    QByteArray reply, rest;
    QCOMPARE(h.feed(QByteArray("\x05\x02", 2), &reply, &rest), ProxyHandshake::Result::NeedMore);
    QCOMPARE(reply,
             QByteArray("\x01\x03"
                        "bob"
                        "\x02"
                        "pw"));
    reply.clear();
    QCOMPARE(h.feed(QByteArray("\x01\x00", 2), &reply, &rest), ProxyHandshake::Result::NeedMore);
    QCOMPARE(reply,
             QByteArray("\x05\x01\x00\x03\x0e"
                        "ha.example.com"
                        "\x01\xbb",
                        21));
    reply.clear();
    QCOMPARE(h.feed(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x04\x38", 10), &reply, &rest), ProxyHandshake::Result::Done);
    QCOMPARE(h.statusLine(), QByteArray("SOCKS5 reply 0: succeeded"));
}

void tst_ProxyHandshake::socksReplyWithANameAndEarlyBytes()
{
    ProxyHandshake h(QUrl(QStringLiteral("socks5://127.0.0.1:1080")), QStringLiteral("10.0.0.2"), 80);
    QCOMPARE(h.start(), QByteArray("\x05\x01\x00", 3));
    QByteArray reply, rest;
    QCOMPARE(h.feed(QByteArray("\x05\x00", 2), &reply, &rest), ProxyHandshake::Result::NeedMore);
    QCOMPARE(reply, QByteArray("\x05\x01\x00\x01\x0a\x00\x00\x02\x00\x50", 10));
    // A reply naming its bound address by name, then the server's first bytes in the same read.
    const QByteArray answer = QByteArray("\x05\x00\x00\x03\x05"
                                         "proxy"
                                         "\x00\x50",
                                         12)
        + "HTTP/1.1";
    QCOMPARE(h.feed(answer.left(6), &reply, &rest), ProxyHandshake::Result::NeedMore);
    QCOMPARE(h.feed(answer.mid(6), &reply, &rest), ProxyHandshake::Result::Done);
    QCOMPARE(rest, QByteArray("HTTP/1.1"));
    ProxyHandshake refused(QUrl(QStringLiteral("socks5://127.0.0.1:1080")), QStringLiteral("10.0.0.2"), 80);
    refused.start();
    QCOMPARE(refused.feed(QByteArray("\x05\x00\x05\x02\x00\x01\x00\x00\x00\x00\x00\x00", 12), &reply, &rest),
             ProxyHandshake::Result::Failed);
    QVERIFY2(refused.error().contains(QLatin1String("connection not allowed by its rules (reply 2)")),
             qPrintable(refused.error()));
}

void tst_ProxyHandshake::notSocksIsSaidSo()
{
    ProxyHandshake h(QUrl(QStringLiteral("socks5://127.0.0.1:3128")), QStringLiteral("127.0.0.1"), 80);
    h.start();
    QByteArray reply, rest;
    QCOMPARE(h.feed("HTTP/1.1 400 Bad Request\r\n\r\n", &reply, &rest), ProxyHandshake::Result::Failed);
    QVERIFY2(h.error().contains(QLatin1String("does not speak SOCKS5 (its first byte was 0x48)")), qPrintable(h.error()));
}

void tst_ProxyHandshake::noProxyListsAsCurl()
{
    const QString list = QStringLiteral("example.com, .corp.internal,10.0.0.0/8,::1,localhost:8080");
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("example.com")));
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("www.EXAMPLE.com")));
    QVERIFY(!ProxyEnvironment::exempts(list, QStringLiteral("notexample.com")));
    QVERIFY(!ProxyEnvironment::exempts(list, QStringLiteral("example.com.org")));
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("ha.corp.internal")));
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("10.20.30.40")));
    QVERIFY(!ProxyEnvironment::exempts(list, QStringLiteral("11.0.0.1")));
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("::1")));
    QVERIFY(ProxyEnvironment::exempts(list, QStringLiteral("localhost")));
    QVERIFY(!ProxyEnvironment::exempts(list, QStringLiteral("127.0.0.1"))); // no loopback without saying so
    QVERIFY(ProxyEnvironment::exempts(QStringLiteral("*"), QStringLiteral("anything")));
    QVERIFY(!ProxyEnvironment::exempts(QString(), QStringLiteral("anything")));
}

void tst_ProxyHandshake::environmentAsCurl()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HTTP_PROXY"), QStringLiteral("http://upper:1"));
    env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("proxy.corp:3128"));
    env.insert(QStringLiteral("all_proxy"), QStringLiteral("socks5h://127.0.0.1:1080"));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("ha.local"));
    const ProxyEnvironment proxies(env);
    QString variable;
    // ws:// reads http_proxy in lower case only: HTTP_PROXY is left alone, all_proxy is next.
    QCOMPARE(proxies.proxyFor(QUrl(QStringLiteral("ws://server.example/ws")), &variable),
             QUrl(QStringLiteral("socks5://127.0.0.1:1080")));
    QCOMPARE(variable, QStringLiteral("all_proxy"));
    // wss:// reads HTTPS_PROXY; a proxy without a scheme is an HTTP one.
    QCOMPARE(proxies.proxyFor(QUrl(QStringLiteral("wss://server.example/ws")), &variable),
             QUrl(QStringLiteral("http://proxy.corp:3128")));
    QCOMPARE(variable, QStringLiteral("HTTPS_PROXY"));
    QVERIFY(proxies.proxyFor(QUrl(QStringLiteral("wss://ha.local/ws"))).isEmpty());
    QString problem;
    QVERIFY(ProxyEnvironment::parse(QStringLiteral("https://proxy:443"), &problem).isEmpty());
    QVERIFY2(problem.contains(QLatin1String("a https:// proxy is not supported")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_ProxyHandshake)
#include "tst_proxyhandshake.moc"
