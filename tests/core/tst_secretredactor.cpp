#include "secretredactor.h"

#include <QTest>

using namespace tunnelscope;

class tst_SecretRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void headers();
};

void tst_SecretRedactor::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("secret value anywhere") << QStringLiteral("say hunter2-xyz now") << QStringLiteral("say «redacted:HA» now");
    QTest::newRow("percent-encoded secret") << QStringLiteral("q=hunter2%2Bxyz") << QStringLiteral("q=«redacted:HA»");
    QTest::newRow("access_token field") << QStringLiteral(R"({"type":"auth","access_token":"abc.def"})")
                                        << QStringLiteral(R"({"type":"auth","access_token":"«redacted:access_token»"})");
    QTest::newRow("token query") << QStringLiteral("ws://h/ws?clientId=1&token=eyJabc&x=2") << QStringLiteral("ws://h/ws?clientId=1&token=«redacted:token»&x=2");
    QTest::newRow("access_token query") << QStringLiteral("/api?access_token=zzz") << QStringLiteral("/api?access_token=«redacted:token»");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abcdefghijkl") << QStringLiteral("Authorization: Bearer «redacted:credentials»");
    QTest::newRow("socket.io auth") << QStringLiteral(R"(40{"token":"s3cr3t","user":"me"})")
                                    << QStringLiteral(R"(40{"token":"«redacted:socketio_auth»","user":"«redacted:socketio_auth»"})");
    QTest::newRow("socket.io auth, namespace, nested") << QStringLiteral(R"(40/admin,{"auth":{"key":"k\"1"},"n":5})")
                                    << QStringLiteral(R"(40/admin,{"auth":{"key":"«redacted:socketio_auth»"},"n":5})");
    QTest::newRow("socket.io auth cut off") << QStringLiteral(R"(label "40{"apiKey":"abcdef…")")
                                    << QStringLiteral(R"(label "40{"apiKey":"«redacted:socketio_auth»")");
    QTest::newRow("socket.io auth cut inside the value") << QStringLiteral(R"(40{"token":"abc)") << QStringLiteral(R"(40{"token":"«redacted:socketio_auth»)");
    QTest::newRow("socket.io sid kept") << QStringLiteral(R"(40{"sid":"Xy12"})") << QStringLiteral(R"(40{"sid":"Xy12"})");
    QTest::newRow("socket.io event untouched") << QStringLiteral(R"(42["chat",{"text":"40{"}])") << QStringLiteral(R"(42["chat",{"text":"40{"}])");
    QTest::newRow("a number 140{ is not a packet") << QStringLiteral(R"(x 140{"a":"b"})") << QStringLiteral(R"(x 140{"a":"b"})");
    QTest::newRow("nothing to hide") << QStringLiteral(R"({"type":"auth_ok"})") << QStringLiteral(R"({"type":"auth_ok"})");
}

void tst_SecretRedactor::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    SecretRedactor r;
    r.addSecret(QStringLiteral("HA"), QStringLiteral("hunter2-xyz"));
    r.addSecret(QStringLiteral("HA"), QStringLiteral("hunter2+xyz"));
    QCOMPARE(r.redact(input), output);
    QCOMPARE(r.redact(input.toUtf8()), output.toUtf8());
}

void tst_SecretRedactor::headers()
{
    SecretRedactor r;
    QCOMPARE(r.redactHeader("Authorization", "Basic dXNlcjpwYXNz"), QStringLiteral("«redacted:Authorization»").toUtf8());
    QCOMPARE(r.redactHeader("Set-Cookie", "sid=1"), QStringLiteral("«redacted:Set-Cookie»").toUtf8());
    QCOMPARE(r.redactHeader("Server", "nginx"), QByteArray("nginx"));
}

QTEST_GUILESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
