#include "secretredactor.h"

#include "utf8.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace tunnelscope;

class tst_SecretRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void everyCredentialNameIsFound();
    void headers();
    void wireForms_data();
    void wireForms();
    void maskKeepsLengthAndOffsets();
    void learnedCredentials();
    void previewCutInsideASecret();
    void nothingFoundInOrdinaryText();
};

void tst_SecretRedactor::redact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("secret value anywhere") << QStringLiteral("say hunter2-xyz now") << QStringLiteral("say «redacted:HA» now");
    QTest::newRow("percent-encoded secret") << QStringLiteral("q=hunter2%2Bxyz") << QStringLiteral("q=«redacted:HA»");
    QTest::newRow("access_token field") << QStringLiteral(R"({"type":"auth","access_token":"abc.def"})")
                                        << QStringLiteral(R"({"type":"auth","access_token":"«redacted:access_token»"})");
    QTest::newRow("token query") << QStringLiteral("ws://h/ws?clientId=1&token=eyJabc&x=2")
                                 << QStringLiteral("ws://h/ws?clientId=1&token=«redacted:token»&x=2");
    QTest::newRow("access_token query") << QStringLiteral("/api?access_token=zzz")
                                        << QStringLiteral("/api?access_token=«redacted:token»");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abcdefghijkl")
                            << QStringLiteral("Authorization: Bearer «redacted:credentials»");
    QTest::newRow("short bearer") << QStringLiteral("Authorization: Bearer ab1")
                                  << QStringLiteral("Authorization: Bearer «redacted:credentials»");
    QTest::newRow("header line, no scheme") << QStringLiteral("GET / HTTP/1.1\r\nCookie: sid=42\r\n")
                                            << QStringLiteral("GET / HTTP/1.1\r\nCookie: «redacted:Cookie»\r\n");
    QTest::newRow("URL password") << QStringLiteral("wss://me:pa55@host/ws")
                                  << QStringLiteral("wss://me:«redacted:password»@host/ws");
    QTest::newRow("URL token as userinfo") << QStringLiteral("https://ghp_abc123@host/")
                                           << QStringLiteral("https://«redacted:userinfo»@host/");
    QTest::newRow("access_token in a fragment") << QStringLiteral("https://h/cb#access_token=zz9&state=1")
                                                << QStringLiteral("https://h/cb#access_token=«redacted:token»&state=1");
    QTest::newRow("access_token at the start of a form body")
        << QStringLiteral("access_token=zz9&x=1") << QStringLiteral("access_token=«redacted:token»&x=1");
    QTest::newRow("refresh_token field") << QStringLiteral(R"({"refresh_token":"r1"})")
                                         << QStringLiteral(R"({"refresh_token":"«redacted:refresh_token»"})");
    QTest::newRow("socket.io auth") << QStringLiteral(R"(40{"token":"s3cr3t","user":"me"})")
                                    << QStringLiteral(
                                           R"(40{"token":"«redacted:socketio_auth»","user":"«redacted:socketio_auth»"})");
    QTest::newRow("socket.io auth, namespace, nested")
        << QStringLiteral(R"(40/admin,{"auth":{"key":"k\"1"},"n":5})")
        << QStringLiteral(R"(40/admin,{"auth":{"key":"«redacted:socketio_auth»"},"n":5})");
    QTest::newRow("socket.io auth cut off") << QStringLiteral(R"(label "40{"apiKey":"abcdef…")")
                                            << QStringLiteral(R"(label "40{"apiKey":"«redacted:socketio_auth»")");
    QTest::newRow("socket.io auth cut inside the value")
        << QStringLiteral(R"(40{"token":"abc)") << QStringLiteral(R"(40{"token":"«redacted:socketio_auth»)");
    QTest::newRow("socket.io sid kept") << QStringLiteral(R"(40{"sid":"Xy12"})") << QStringLiteral(R"(40{"sid":"Xy12"})");
    QTest::newRow("socket.io event untouched")
        << QStringLiteral(R"(42["chat",{"text":"40{"}])") << QStringLiteral(R"(42["chat",{"text":"40{"}])");
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

void tst_SecretRedactor::wireForms_data()
{
    // '+', '/', '"' and a non-ASCII letter: every encoding below writes the value differently.
    const QString secret = QStringLiteral("s3cr+t/\"v\u00e4l");
    const QByteArray utf8 = secret.toUtf8();
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("raw, between bytes that are not UTF-8") << QByteArray("\xff\xfe" + utf8 + "\x80");
    QTest::newRow("percent-encoded") << QByteArray("?q=" + QUrl::toPercentEncoding(secret) + "&x=1");
    QTest::newRow("percent-encoded, lower-case hex") << QByteArray("q=" + QUrl::toPercentEncoding(secret).toLower());
    QTest::newRow("form-encoded") << QByteArray("a=b&q=" + QUrl::toPercentEncoding(secret, " ").replace(' ', '+'));
    QTest::newRow("JSON-escaped") << QByteArray(R"({"k":"s3cr+t/\"v)" + QStringLiteral("\u00e4").toUtf8() + R"(l"})");
    QTest::newRow("JSON-escaped slash") << QByteArray(R"({"k":"s3cr+t\/\"v)" + QStringLiteral("\u00e4").toUtf8() + R"(l"})");
    QTest::newRow("JSON, ASCII only") << QByteArray(R"({"k":"s3cr+t/\"v\u00e4l"})");
    QTest::newRow("JSON, ASCII only, upper-case hex") << QByteArray(R"({"k":"s3cr+t/\"v\u00E4l"})");
    QByteArray utf16;
    for (QChar c : secret)
        utf16 += char(c.unicode() & 0xff), utf16 += char(c.unicode() >> 8);
    QTest::newRow("UTF-16LE") << QByteArray("\x00\x01" + utf16);
    QTest::newRow("hex") << QByteArray("id=" + utf8.toHex() + ";");
    QTest::newRow("Basic credentials (base64, after user:)") << QByteArray("Authorization: Basic " + ("me:" + utf8).toBase64());
    QTest::newRow("base64 JSON field, offset 1") << QByteArray(R"({"blob":")" + ("x" + utf8 + "yz").toBase64() + R"("})");
    QTest::newRow("base64 JSON field, offset 2") << QByteArray(R"({"blob":")" + ("xy" + utf8).toBase64() + R"("})");
    QTest::newRow("base64url") << QByteArray("t=" + ("abc" + utf8 + "?>").toBase64(QByteArray::Base64UrlEncoding));
}

void tst_SecretRedactor::wireForms()
{
    QFETCH(QByteArray, bytes);
    SecretRedactor r;
    r.addSecret(QStringLiteral("T"), QStringLiteral("s3cr+t/\"v\u00e4l"));
    const SecretRedactor::Masked masked = r.mask(bytes);
    QCOMPARE(masked.bytes.size(), bytes.size());
    QVERIFY2(masked.maskedBytes >= 8, masked.bytes.constData());
    // Nothing of the value is left to decode: no run of it, in any of the forms, survives.
    for (const QByteArray &form : {QByteArray("s3cr"), QByteArray("cr+t"), QByteArray("3cr%2B"), QByteArray("s3cr%2b")})
        QVERIFY2(!masked.bytes.contains(form), masked.bytes.constData());
    QVERIFY(r.finds(bytes));
    QCOMPARE(r.mask(masked.bytes).bytes, masked.bytes);
    if (isValidUtf8(bytes))
        QVERIFY2(r.redact(bytes).contains(QStringLiteral("«redacted:").toUtf8()), r.redact(bytes).constData());
}

void tst_SecretRedactor::maskKeepsLengthAndOffsets()
{
    SecretRedactor r;
    r.addSecret(QStringLiteral("T"), QStringLiteral("hunter2-xyz"));
    const QByteArray bytes("\x00\x01hunter2-xyz\xff tail", 19);
    const SecretRedactor::Masked m = r.mask(bytes);
    QCOMPARE(m.bytes, QByteArray("\x00\x01***********\xff tail", 19));
    QCOMPARE(m.maskedBytes, 11);
    QCOMPARE(r.mask(QByteArray("nothing here")).maskedBytes, 0);
}

void tst_SecretRedactor::learnedCredentials()
{
    // Credentials a profile sends by value are secrets too, so their other forms are found.
    const QJsonObject profile = QJsonDocument::fromJson(R"({
        "headers": {"Authorization": "Bearer tok-12345"},
        "direct": {"url": "wss://me:pa55word@host/ws?access_token=qwerty9"},
        "lab": {"token": "lab-valid-token"},
        "steps": [{"send": {"type": "auth", "access_token": "an-expired-token"}},
                  {"send": {"text": "{{secrets.T}}"}}]})")
                                    .object();
    const SecretRedactor r = SecretRedactor::forSession(profile, {{QStringLiteral("T"), QStringLiteral("declared-1")}});
    for (const QByteArray &value : {QByteArray("tok-12345"), QByteArray("pa55word"), QByteArray("qwerty9"),
                                    QByteArray("lab-valid-token"), QByteArray("an-expired-token"), QByteArray("declared-1")}) {
        QVERIFY2(r.mask("x " + value + " y").maskedBytes == value.size(), value.constData());
        QVERIFY2(r.mask(("pre" + value).toBase64()).maskedBytes > 0, value.constData());
    }
    // What the profile names by shape is redacted in the profile itself.
    const QByteArray shown = QJsonDocument(r.redact(profile)).toJson(QJsonDocument::Compact);
    for (const char *value : {"tok-12345", "pa55word", "qwerty9", "lab-valid-token", "an-expired-token"})
        QVERIFY2(!shown.contains(value), shown.constData());
}

void tst_SecretRedactor::previewCutInsideASecret()
{
    SecretRedactor r;
    r.addSecret(QStringLiteral("T"), QStringLiteral("hunter2-xyz"));
    QCOMPARE(r.redact(QStringLiteral("message \"my token is hunt…\" was lost")),
             QStringLiteral("message \"my token is «redacted:T»…\" was lost"));
    QCOMPARE(r.redact(QStringLiteral("a hunt")), QStringLiteral("a hunt")); // no cut: nothing to hide
}

void tst_SecretRedactor::nothingFoundInOrdinaryText()
{
    SecretRedactor r;
    r.addSecret(QStringLiteral("T"), QStringLiteral("hunter2-xyz"));
    for (const QString &text : {QStringLiteral(R"({"type":"auth_required","ha_version":"2024.1.0"})"),
                                QStringLiteral("42[\"chat\",{\"text\":\"hello basic world\"}]"),
                                QStringLiteral("ws://127.0.0.1:8123/api/websocket?x=1"),
                                QStringLiteral("the tunnel closed the client side before flushing")})
        QCOMPARE(r.redact(text), text);
}

// Every name a credential goes by, in every form it is found in and in any case: the shapes are
// built from these lists, and the quick scan that spares most messages the shapes' search must
// let each through (a name added to a list without a trigger word fails here).
void tst_SecretRedactor::everyCredentialNameIsFound()
{
    const SecretRedactor r;
    const QByteArray value = "v4lue-AbC123xyz";
    int forms = 0;
    const auto check = [&](const QByteArray &message) {
        ++forms;
        const QByteArray redacted = r.redact(message);
        QVERIFY2(!redacted.contains(value), message.constData());
        QVERIFY2(r.finds(message), message.constData());
    };
    for (const QString &name : SecretRedactor::credentialFieldNames() + SecretRedactor::credentialHeaderNames())
        for (const QByteArray &n : {name.toUtf8(), name.toUpper().toUtf8()}) {
            QVERIFY(SecretRedactor::isCredentialName(QString::fromUtf8(n)));
            check("{\"type\":\"x\",\"" + n + "\":\"" + value + "\"}");
        }
    for (const QString &name : SecretRedactor::credentialFieldNames())
        for (const QByteArray &n : {name.toUtf8(), name.toUpper().toUtf8()})
            check("GET /socket?v=1&" + n + "=" + value + " HTTP/1.1");
    for (const QString &name : SecretRedactor::credentialHeaderNames())
        for (const QByteArray &n : {name.toUtf8(), name.toUpper().toUtf8()})
            check("GET / HTTP/1.1\r\n" + n + ": " + value + "\r\n");
    QCOMPARE(forms, 2 * ((9 + 5) + 9 + 5));
}

QTEST_GUILESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
