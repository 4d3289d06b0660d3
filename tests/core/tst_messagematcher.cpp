#include "messagematcher.h"
#include "templateexpander.h"

#include <QJsonDocument>
#include <QTest>

using namespace tunnelscope;

class tst_MessageMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void invalidPatterns();
    void templates();
};

void tst_MessageMatcher::matches_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("match");
    QTest::newRow("key equal") << QByteArray(R"({"type":"auth_ok"})") << QByteArray(R"({"type":"auth_ok","ha_version":"1"})")
                               << true;
    QTest::newRow("key differs") << QByteArray(R"({"type":"auth_ok"})") << QByteArray(R"({"type":"auth_invalid"})") << false;
    QTest::newRow("key missing") << QByteArray(R"({"id":1})") << QByteArray(R"({"type":"pong"})") << false;
    QTest::newRow("any of") << QByteArray(R"({"type":["auth_ok","auth_invalid"]})") << QByteArray(R"({"type":"auth_invalid"})")
                            << true;
    QTest::newRow("number") << QByteArray(R"({"id":2,"type":"result"})")
                            << QByteArray(R"({"id":2,"type":"result","success":true})") << true;
    QTest::newRow("nested") << QByteArray(R"({"event":{"event_type":"state_changed"}})")
                            << QByteArray(R"({"event":{"event_type":"state_changed","data":{}}})") << true;
    QTest::newRow("coalesced array") << QByteArray(R"({"type":"pong"})") << QByteArray(R"([{"type":"event"},{"type":"pong"}])")
                                     << true;
    QTest::newRow("not JSON") << QByteArray(R"({"type":"x"})") << QByteArray("hello") << false;
    QTest::newRow("BOM before JSON") << QByteArray(R"({"type":"x"})") << QByteArray("\xEF\xBB\xBF{\"type\":\"x\"}") << false;
    QTest::newRow("exact text") << QByteArray(R"({"text":"ping"})") << QByteArray("ping") << true;
    QTest::newRow("exact text differs") << QByteArray(R"({"text":"ping"})") << QByteArray("ping ") << false;
    QTest::newRow("regex") << QByteArray(R"({"regex":"^4[0-9]"})") << QByteArray("42[\"chat\"]") << true;
}

void tst_MessageMatcher::matches()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, message);
    QFETCH(bool, match);
    QString error;
    const auto m = MessageMatcher::compile(QJsonDocument::fromJson(pattern).object(), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->matches(message), match);
}

void tst_MessageMatcher::invalidPatterns()
{
    QString error;
    QVERIFY(!MessageMatcher::compile(QJsonObject(), &error));
    QVERIFY(error.contains(QLatin1String("empty pattern")));
    QVERIFY(!MessageMatcher::compile(QJsonObject{{QStringLiteral("regex"), QStringLiteral("[")}}, &error));
    QVERIFY(!MessageMatcher::compile(QJsonObject{{QStringLiteral("text"), 5}}, &error));
}

void tst_MessageMatcher::templates()
{
    const TemplateExpander e({{QStringLiteral("T"), QStringLiteral("s3cr3t")}}, 7);
    QCOMPARE(e.expand(QStringLiteral("run {{run}} token {{ secrets.T }} keep {{other}}")),
             QStringLiteral("run 7 token s3cr3t keep {{other}}"));
    QCOMPARE(TemplateExpander::check(QStringLiteral("{{secrets.X}}"), {QStringLiteral("T")}).size(), 1);
    QVERIFY(TemplateExpander::check(QStringLiteral("{{run}} {{secrets.T}}"), {QStringLiteral("T")}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MessageMatcher)
#include "tst_messagematcher.moc"
