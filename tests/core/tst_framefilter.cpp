// The frame filter language: what each term keeps, how terms combine, and what a mistake says.
#include "frameencoder.h"
#include "framefilter.h"
#include "secretredactor.h"

#include <QTest>

using namespace tunnelscope;

class tst_FrameFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keeps_data();
    void keeps();
    void mistakesNameTheirColumn_data();
    void mistakesNameTheirColumn();
    void secretsAreNeverFound();
    void blankKeepsEverything();

private:
    static bool keeps(const QString &expression, const FrameFilter::Subject &s, const SecretRedactor &redactor = {});
};

namespace {

// The subject views `payload`, which must outlive it.
FrameFilter::Subject text(const QByteArray &payload, Direction dir = Direction::In, qint64 tUs = 1500)
{
    FrameFilter::Subject s;
    s.frame.type = FrameType::Text;
    s.frame.dir = dir;
    s.frame.tUs = tUs;
    s.frame.payload = payload;
    return s;
}

} // namespace

bool tst_FrameFilter::keeps(const QString &expression, const FrameFilter::Subject &s, const SecretRedactor &redactor)
{
    QString error;
    const FrameFilter f = FrameFilter::parse(expression, &error);
    if (!error.isEmpty())
        qFatal("%s: %s", qPrintable(expression), qPrintable(error));
    return f.matches(s, redactor);
}

void tst_FrameFilter::keeps_data()
{
    static const QByteArray invalid = R"({"type":"auth_invalid","message":"Invalid access token"})";
    static const QByteArray event = R"({"id":2,"type":"event","event":{"data":{"n":12,"on":true},"tags":["a","b"]}})";
    static const QByteArray escaped = R"({"type":"auth\u005finvalid"})";
    static const QByteArray socketIo = R"(42["chat",{"user":"ann","n":3}])";
    static const QByteArray namespaced = R"(42/admin,7["kick",{"user":"bob"}])";
    static const QByteArray bom = "\xEF\xBB\xBF{\"type\":\"auth_required\"}";
    static const QByteArray closeBytes = FrameEncoder::closePayload(1001, "going away");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("expected");

    QTest::newRow("text any case") << "AUTH_INVALID" << invalid << true;
    QTest::newRow("text absent") << "auth_ok" << invalid << false;
    QTest::newRow("quoted words") << "\"access token\"" << invalid << true;
    QTest::newRow("regex") << "/auth_(ok|invalid)/" << invalid << true;
    QTest::newRow("regex case") << "/INVALID access/" << invalid << false;
    QTest::newRow("regex i") << "/INVALID access/i" << invalid << true;
    QTest::newRow("json ==") << "type == \"auth_invalid\"" << invalid << true;
    QTest::newRow("json == bare word") << "type == auth_invalid" << invalid << true;
    QTest::newRow("json == $.") << "$.type == \"auth_invalid\"" << invalid << true;
    QTest::newRow("json == other") << "type == \"auth_ok\"" << invalid << false;
    QTest::newRow("json escaped") << "type == \"auth_invalid\"" << escaped << true;
    QTest::newRow("json nested number") << "event.data.n == 12" << event << true;
    QTest::newRow("json number is not a string") << "event.data.n == \"12\"" << event << false;
    QTest::newRow("json bool") << "event.data.on == true" << event << true;
    QTest::newRow("json array index") << "event.tags[1] == b" << event << true;
    QTest::newRow("json array out of range") << "event.tags[5] == b" << event << false;
    QTest::newRow("json !=") << "id != 3" << event << true;
    QTest::newRow("json != needs the field") << "missing != 3" << event << false;
    QTest::newRow("not json ==") << "not missing == 3" << event << true;
    QTest::newRow("json >") << "event.data.n > 11" << event << true;
    QTest::newRow("json <=") << "event.data.n <= 11" << event << false;
    QTest::newRow("json ~") << "type ~ \"^ev\"" << event << true;
    QTest::newRow("json ~ regex token") << "type ~ /^EV/i" << event << true;
    QTest::newRow("json ~ number") << "id ~ \"^2$\"" << event << true;
    QTest::newRow("socket.io event name") << "[0] == chat" << socketIo << true;
    QTest::newRow("socket.io payload") << "[1].n >= 3" << socketIo << true;
    QTest::newRow("socket.io namespace and ack") << "[1].user == bob" << namespaced << true;
    QTest::newRow("after a BOM") << "type == auth_required" << bom << true;
    QTest::newRow("not json at all") << "type == x" << QByteArray("type == x") << false;
    QTest::newRow("direction") << "dir:in" << invalid << true;
    QTest::newRow("direction out") << "dir:out" << invalid << false;
    QTest::newRow("type") << "type:text" << invalid << true;
    QTest::newRow("types") << "type:ping,close" << invalid << false;
    QTest::newRow("is:data") << "is:data" << invalid << true;
    QTest::newRow("is:control") << "is:control" << invalid << false;
    QTest::newRow("time range") << "t:1..2" << invalid << true;
    QTest::newRow("time open end") << "t:..1" << invalid << false;
    QTest::newRow("time from") << "t:1.5.." << invalid << true;
    QTest::newRow("size >") << "size:>10" << invalid << true;
    QTest::newRow("size <") << "size:<10" << invalid << false;
    QTest::newRow("size exact") << QStringLiteral("size:%1").arg(invalid.size()) << invalid << true;
    QTest::newRow("first connection") << "conn:1" << invalid << true;
    QTest::newRow("second connection") << "conn:2" << invalid << false;
    QTest::newRow("and by juxtaposition") << "dir:in auth" << invalid << true;
    QTest::newRow("and word") << "dir:in and auth_ok" << invalid << false;
    QTest::newRow("&&") << "dir:in && auth_ok" << invalid << false;
    QTest::newRow("or") << "auth_ok or auth_invalid" << invalid << true;
    QTest::newRow("||") << "auth_ok || dir:out" << invalid << false;
    QTest::newRow("not") << "not auth_ok" << invalid << true;
    QTest::newRow("!") << "!dir:in" << invalid << false;
    QTest::newRow("parentheses") << "(auth_ok or auth_invalid) and not dir:out" << invalid << true;
    QTest::newRow("or binds looser than and") << "auth_ok and dir:in or size:>1" << invalid << true;
    QTest::newRow("an URL is text") << "wss://x" << QByteArray("go to wss://x/api") << true;
    QTest::newRow("close code") << "code:1001" << closeBytes << false; // a text frame has none
}

void tst_FrameFilter::keeps()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, payload);
    QFETCH(bool, expected);
    QCOMPARE(keeps(expression, text(payload)), expected);
}

void tst_FrameFilter::mistakesNameTheirColumn_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("error");
    QTest::newRow("lone =") << "type = x"
                            << "column 6: a lone = compares nothing; write ==";
    QTest::newRow("misspelt key") << "dir:in tpye:close"
                                  << "column 8: tpye:close: there is no key \"tpye\"; did you mean type:?";
    QTest::newRow("bad direction") << "dir:up"
                                   << "column 1: dir:up: dir is in or out";
    QTest::newRow("bad type") << "type:pingg"
                              << "\"pingg\" is not a frame type";
    QTest::newRow("bad range") << "size:big"
                               << "column 1: size:big: write a number or a range";
    QTest::newRow("reversed range") << "t:9..3"
                                    << "write a number or a range";
    QTest::newRow("unclosed (") << "(dir:in or x"
                                << "column 1: the ( opened here is never closed";
    QTest::newRow("stray )") << "dir:in)"
                             << "column 7: a ) with no ( before it";
    QTest::newRow("unclosed quote") << "a \"open"
                                    << "column 3: the quote opened here is never closed";
    QTest::newRow("unclosed regex") << "/abc"
                                    << "column 1: the regular expression opened here has no closing /";
    QTest::newRow("bad regex") << "/a(/"
                               << "is not a regular expression";
    QTest::newRow("bad flag") << "/a/x"
                              << "the only flag is i";
    QTest::newRow("operator first") << "== 3"
                                    << "column 1: == needs a JSON path before it";
    QTest::newRow("no value") << "type =="
                              << "column 8: type == needs a value after it";
    QTest::newRow("order needs a number") << "n > abc"
                                          << "n > compares numbers";
    QTest::newRow("dangling or") << "a or"
                                 << "the filter ends where a term was due";
    QTest::newRow("bad index") << "a[x] == 1"
                               << "an array index is written [0]";
}

void tst_FrameFilter::mistakesNameTheirColumn()
{
    QFETCH(QString, expression);
    QFETCH(QString, error);
    QString problem;
    const FrameFilter f = FrameFilter::parse(expression, &problem);
    QVERIFY2(problem.contains(error), qPrintable(problem));
    QVERIFY(f.isEmpty());
}

void tst_FrameFilter::secretsAreNeverFound()
{
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("token"), QStringLiteral("s3cret-token-value"));
    const QByteArray payload = R"({"type":"auth","access_token":"s3cret-token-value"})";
    const auto auth = text(payload, Direction::Out);
    QVERIFY(!keeps(QStringLiteral("s3cret"), auth, redactor));
    QVERIFY(!keeps(QStringLiteral("/token-val/"), auth, redactor));
    QVERIFY(!keeps(QStringLiteral("access_token == \"s3cret-token-value\""), auth, redactor));
    QVERIFY(!keeps(QStringLiteral("access_token ~ \"^s3\""), auth, redactor));
    // What the lists show instead is found.
    QVERIFY(keeps(QStringLiteral("redacted:token"), auth, redactor));
    QVERIFY(keeps(QStringLiteral("type == auth"), auth, redactor));
}

void tst_FrameFilter::blankKeepsEverything()
{
    QString problem = QStringLiteral("stale");
    const FrameFilter f = FrameFilter::parse(QStringLiteral("   "), &problem);
    QVERIFY(problem.isEmpty());
    QVERIFY(f.isEmpty());
    const QByteArray x = "x";
    QVERIFY(f.matches(text(x), SecretRedactor()));
    FrameFilter::Subject close;
    close.frame.type = FrameType::Close;
    const QByteArray payload = FrameEncoder::closePayload(1001, "going away");
    close.frame.payload = payload;
    close.frame.closeCode = 1001;
    QVERIFY(keeps(QStringLiteral("code:1001 going"), close));
    QVERIFY(keeps(QStringLiteral("code:1000..1003 is:control"), close));
    QVERIFY(!keeps(QStringLiteral("code:1000"), close));
    close.flagged = true;
    close.connection = 1;
    QVERIFY(keeps(QStringLiteral("is:finding conn:2"), close));
}

QTEST_GUILESS_MAIN(tst_FrameFilter)
#include "tst_framefilter.moc"
