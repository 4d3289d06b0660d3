#include "profileloader.h"
#include "scenariorunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tunnelscope;

class tst_ProfileLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinsAreValid();
    void minimalProfileGetsDefaults();
    void badProfiles_data();
    void badProfiles();
    void everyProblemAtOnce();
    void syntaxErrorHasLineAndColumn();
    void oneStepReadAsAFilesStep();
    void commentsAreAllowed();
    void missingFile();
    void unknownBuiltin();
    void missingSecretEnvironmentVariable();
};

void tst_ProfileLoader::builtinsAreValid()
{
    const QStringList names = ProfileLoader::builtinNames();
    for (const char *expected : {"lab-echo", "ha-clean", "ha-lost-auth-invalid", "chat-abrupt-close", "handshake-stall"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    for (const QString &name : names) {
        const auto r = ProfileLoader::load(QStringLiteral("builtin:") + name);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY2(r.profile->description.size() > 80, qPrintable(name + QStringLiteral(": describe the real-world case")));
        QVERIFY(r.profile->lab.enabled);
    }
}

void tst_ProfileLoader::minimalProfileGetsDefaults()
{
    const auto r = ProfileLoader::parse(R"({"name":"m","steps":[{"send":{"a":1}}]})", QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.profile->protocol, QStringLiteral("raw"));
    QCOMPARE(r.profile->runs, 1);
    QCOMPARE(r.profile->handshakeTimeoutMs, 10000);
    QCOMPARE(r.profile->reconnect.maxAttempts, 0);
    const QJsonObject played = r.profile->asPlayed();
    QCOMPARE(played.value(QStringLiteral("runs")).toInt(), 1);
    QCOMPARE(played.value(QStringLiteral("format")).toString(), QStringLiteral("tunnelscope-profile/1"));
}

void tst_ProfileLoader::badProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // "FILE: $.path: words"
    auto row = [](const char *name, const char *json, const char *expected) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(expected);
    };
    row("not an object", R"([1,2])", "r.json: $: expected an object");
    row("hostile without behaviour", R"({"name":"x","lab":{"endpoint":"hostile"},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.behaviour: the hostile endpoint needs a \"behaviour\"");
    row("behaviour without hostile", R"({"name":"x","lab":{"endpoint":"echo","behaviour":"slow_loris"},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.behaviour: only the hostile endpoint has a behaviour");
    row("unknown behaviour", R"({"name":"x","lab":{"endpoint":"hostile","behaviour":"rude"},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.behaviour: \"rude\" is not one of");
    row("queue_prompt without comfyui", R"({"name":"x","steps":[{"send":{"queue_prompt":{"1":{}}}}]})",
        "r.json: $.steps[0].send.queue_prompt: \"queue_prompt\" needs \"protocol\": \"comfyui\"");
    row("integer too large for its field",
        R"({"name":"x","lab":{"endpoint":"chat","faults":[{"kind":"idle_timeout","ms":1.5e24}]},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.faults[0].ms: 1.5e+24 is too large (at most 2147483647)");
    row("max_message_bytes zero", R"({"name":"x","max_message_bytes":0,"steps":[{"wait_ms":1}]})",
        "r.json: $.max_message_bytes: 0 is below the minimum 1");
    row("missing name", R"({"steps":[{"wait_ms":1}]})", "r.json: $: missing required key \"name\"");
    row("empty name", R"({"name":"","steps":[{"wait_ms":1}]})", "r.json: $.name: must not be empty");
    row("missing steps", R"({"name":"x"})", "r.json: $: missing required key \"steps\"");
    row("empty steps", R"({"name":"x","steps":[]})", "r.json: $.steps: needs at least 1 item(s)");
    row("unknown top-level key", R"({"name":"x","stpes":[],"steps":[{"wait_ms":1}]})",
        "r.json: $.stpes: unknown key (did you mean \"steps\"?)");
    row("expect not an object", R"({"name":"x","steps":[{"send":{"a":1}},{"wait_ms":1},{"expect":"auth_ok"}]})",
        "r.json: $.steps[2].expect: expected an object, got a string");
    row("unknown step key", R"({"name":"x","steps":[{"sned":{"a":1}}]})",
        "r.json: $.steps[0].sned: unknown key (did you mean \"send\"?)");
    row("empty step", R"({"name":"x","steps":[{}]})", "r.json: $.steps[0]: must not be an empty object");
    row("negative wait", R"({"name":"x","steps":[{"wait_ms":-5}]})", "r.json: $.steps[0].wait_ms: -5 is below the minimum 0");
    row("fractional runs", R"({"name":"x","runs":1.5,"steps":[{"wait_ms":1}]})",
        "r.json: $.runs: expected an integer, got a number");
    row("bad protocol", R"({"name":"x","protocol":"mqtt","steps":[{"wait_ms":1}]})",
        "r.json: $.protocol: \"mqtt\" is not one of \"raw\", \"homeassistant\", \"socketio\", \"comfyui\"");
    row("http url", R"({"name":"x","direct":{"url":"http://a.test"},"steps":[{"wait_ms":1}]})",
        "r.json: $.direct.url: \"http://a.test\" is not a WebSocket URL (http:// is for plain HTTP; the same server's WebSocket "
        "URL starts with ws://)");
    row("bad proxy scheme", R"({"name":"x","tunnel":{"proxy":"ftp://p"},"steps":[{"wait_ms":1}]})",
        "r.json: $.tunnel.proxy: \"ftp://p\" does not match");
    row("close code too small", R"({"name":"x","steps":[{"close":999}]})",
        "r.json: $.steps[0].close: 999 is below the minimum 1000");
    row("reserved close code", R"({"name":"x","steps":[{"close":1006}]})", "r.json: $.steps[0].close: 1006 is reserved");
    row("unknown fault kind", R"({"name":"x","lab":{"faults":[{"kind":"explode"}]},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.faults[0].kind: \"explode\" is not one of");
    row("latency without ms", R"({"name":"x","lab":{"faults":[{"kind":"latency"}]},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.faults[0]: \"latency\" needs \"ms\"");
    row("probability above 1", R"({"name":"x","lab":{"faults":[{"kind":"drop_random","p":1.5}]},"steps":[{"wait_ms":1}]})",
        "r.json: $.lab.faults[0].p: 1.5 is above the maximum 1");
    row("bad regex", R"({"name":"x","steps":[{"expect":{"regex":"(unclosed"}}]})",
        "r.json: $.steps[0].expect: \"regex\" is not a valid regular expression");
    row("undeclared secret", R"({"name":"x","steps":[{"send":{"token":"{{secrets.HA}}"}}]})",
        "r.json: $.steps[0].send: {{secrets.HA}} names a secret the profile does not declare");
    row("unknown placeholder", R"({"name":"x","headers":{"Origin":"{{origin}}"},"steps":[{"wait_ms":1}]})",
        "r.json: $.headers.Origin: unknown placeholder {{origin}}");
    row("secret without env", R"({"name":"x","secrets":{"T":{}},"steps":[{"wait_ms":1}]})",
        "r.json: $.secrets.T: missing required key \"env\"");
    row("bad env name", R"({"name":"x","secrets":{"T":{"env":"1BAD"}},"steps":[{"wait_ms":1}]})",
        "r.json: $.secrets.T.env: \"1BAD\" does not match");
    row("timeout without expect", R"({"name":"x","steps":[{"send":{"a":1},"timeout_ms":10}]})",
        "r.json: $.steps[0].timeout_ms: applies to \"expect\", \"ping\" and \"queue_prompt\" only");
    row("send and close in one step", R"({"name":"x","steps":[{"send":{"a":1},"close":1000}]})",
        "r.json: $.steps[0]: send, ping and close are separate steps");
    row("bad base64", R"({"name":"x","steps":[{"send":{"binary_base64":"!!!"}}]})",
        "r.json: $.steps[0].send.binary_base64: not valid base64");
    row("emit needs socketio", R"({"name":"x","steps":[{"send":{"emit":["hi"]}}]})",
        "r.json: $.steps[0].send.emit: \"emit\" needs \"protocol\": \"socketio\"");
    row("header with newline", R"({"name":"x","headers":{"X-A":"a\r\nInjected: 1"},"steps":[{"wait_ms":1}]})",
        "r.json: $.headers[\"X-A\"]: a header value must not contain a line break");
    row("header value not string", R"({"name":"x","headers":{"X-A":5},"steps":[{"wait_ms":1}]})",
        "r.json: $.headers[\"X-A\"]: expected a string, got an integer");
    row("long ping payload",
        R"({"name":"x","steps":[{"ping":"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"}]})",
        "r.json: $.steps[0].ping: a ping payload is at most 125 bytes");
    row("wrong format", R"({"format":"tunnelscope-profile/2","name":"x","steps":[{"wait_ms":1}]})",
        "r.json: $.format: must be \"tunnelscope-profile/1\"");
    row("reconnect max below initial", R"({"name":"x","reconnect":{"initial_ms":1000,"max_ms":10},"steps":[{"wait_ms":1}]})",
        "r.json: $.reconnect.max_ms: 10 is below initial_ms 1000");
    row("jitter above 1", R"({"name":"x","reconnect":{"jitter":2},"steps":[{"wait_ms":1}]})",
        "r.json: $.reconnect.jitter: 2 is above the maximum 1");
    row("critical pattern not object", R"({"name":"x","compare":{"critical":["auth_invalid"]},"steps":[{"wait_ms":1}]})",
        "r.json: $.compare.critical[0]: expected an object, got a string");
}

void tst_ProfileLoader::badProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto r = ProfileLoader::parse(json, QStringLiteral("r.json"));
    QVERIFY(!r.ok());
    bool found = false;
    for (const QString &p : r.problems)
        found = found || p.startsWith(expected);
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1...\" in:\n%2").arg(expected, r.problems.join(QLatin1Char('\n')))));
}

void tst_ProfileLoader::everyProblemAtOnce()
{
    const auto r = ProfileLoader::parse(R"({"name":"","runs":0,"bogus":1,"steps":[{"expect":5},{"wait_ms":"x"}]})",
                                        QStringLiteral("r.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 5);
}

void tst_ProfileLoader::syntaxErrorHasLineAndColumn()
{
    const auto r = ProfileLoader::parse("{\n  \"name\": \"x\"\n  \"steps\": []\n}", QStringLiteral("r.json"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().startsWith(QLatin1String("r.json: line 3, column")), qPrintable(r.problems.first()));
    QVERIFY(r.problems.first().contains(QLatin1String("not valid JSON")));
}

void tst_ProfileLoader::commentsAreAllowed()
{
    // Comments go; what looks like one inside a string stays, escaped quotes included.
    const QByteArray text = "// a starter\n"
                            "{ /* the name */ \"name\": \"a//b /* c */\", // shown in reports\n"
                            "  \"description\": \"say \\\"//\\\" here\",\n"
                            "  \"direct\": { \"url\": \"ws://127.0.0.1:1/x\" }, /* two\n lines */\n"
                            "  \"steps\": [{ \"wait_ms\": 1 }] }\n";
    auto r = ProfileLoader::parse(text, QStringLiteral("c.json"));
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.profile->name, QStringLiteral("a//b /* c */"));
    QCOMPARE(r.profile->description, QStringLiteral("say \"//\" here"));
    QCOMPARE(r.profile->direct.url, QStringLiteral("ws://127.0.0.1:1/x"));
    QVERIFY(r.profile->hasComments); // a save from the window says they are not kept
    const QByteArray plain = R"({"name":"a//b","steps":[{"wait_ms":1}]})";
    QVERIFY(!ProfileLoader::parse(plain, QStringLiteral("p.json")).profile->hasComments);
    // An error after comments is placed where the user wrote it.
    r = ProfileLoader::parse("/* one\n two */ {\n  \"name\": \"x\" // c\n  \"steps\": []\n}", QStringLiteral("c.json"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().startsWith(QLatin1String("c.json: line 4, column")), qPrintable(r.problems.first()));
    r = ProfileLoader::parse("{\n  \"name\": \"x\" /* never closed\n}", QStringLiteral("c.json"));
    QCOMPARE(r.problems, QStringList{QStringLiteral("c.json: line 2, column 15: a /* comment that is never closed with */")});
}

void tst_ProfileLoader::missingFile()
{
    const auto r = ProfileLoader::load(QStringLiteral("/nonexistent/profile.json"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().startsWith(QLatin1String("/nonexistent/profile.json: no such file")));
}

void tst_ProfileLoader::unknownBuiltin()
{
    const auto r = ProfileLoader::load(QStringLiteral("builtin:nope"));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().contains(QLatin1String("ha-lost-auth-invalid")));
}

void tst_ProfileLoader::missingSecretEnvironmentVariable()
{
    qunsetenv("TUNNELSCOPE_TEST_UNSET_TOKEN");
    const auto r = ProfileLoader::parse(R"({"name":"x","secrets":{"T":{"env":"TUNNELSCOPE_TEST_UNSET_TOKEN"}},
        "direct":{"url":"ws://127.0.0.1:1/"},"tunnel":{"url":"ws://127.0.0.1:1/"},
        "steps":[{"send":{"t":"{{secrets.T}}"}}]})",
                                        QStringLiteral("s.json"));
    QVERIFY2(r.ok(), qPrintable(r.problems.join(QLatin1Char('\n'))));
    ScenarioRunner runner(*r.profile);
    const QStringList problems = runner.prepare({});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(
                 QLatin1String("s.json: $.secrets.T.env: environment variable TUNNELSCOPE_TEST_UNSET_TOKEN is not set")),
             qPrintable(problems.first()));
}

// A step composed by hand (the window's interactive session) is read as a file's step is, with
// the same checks, named at $.steps[0].
void tst_ProfileLoader::oneStepReadAsAFilesStep()
{
    const auto step = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
    const auto loaded = ProfileLoader::parse(R"({"name":"p","secrets":{"token":{"env":"T"}},"steps":[{"wait_ms":1}]})",
                                             QStringLiteral("p.json"));
    QVERIFY(loaded.ok());
    QStringList problems;
    StepSpec s = ProfileLoader::readStep(step(R"({"send":{"type":"auth","token":"{{secrets.token}}"},"wait_ms":40})"),
                                         *loaded.profile, &problems);
    QCOMPARE(problems, QStringList());
    QVERIFY(s.sends());
    QCOMPARE(s.waitMs, 40);
    s = ProfileLoader::readStep(step(R"({"ping":"hi","timeout_ms":300})"), *loaded.profile, &problems);
    QCOMPARE(problems, QStringList());
    QCOMPARE(*s.ping, QStringLiteral("hi"));
    QCOMPARE(s.timeoutMs, 300);
    // The same mistakes a file's step is refused for.
    const QByteArray longPing = "{\"ping\":\"" + QByteArray(126, 'x') + "\"}";
    ProfileLoader::readStep(step(longPing.constData()), *loaded.profile, &problems);
    ProfileLoader::readStep(step(R"({"send":{"token":"{{secrets.nope}}"}})"), *loaded.profile, &problems);
    ProfileLoader::readStep(step(R"({"close":1005})"), *loaded.profile, &problems);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems[0].startsWith(QLatin1String("$.steps[0].ping: a ping payload is at most 125 bytes")),
             qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(QLatin1String("nope")), qPrintable(problems[1]));
    QVERIFY2(problems[2].startsWith(QLatin1String("$.steps[0].close: 1005 is reserved")), qPrintable(problems[2]));
}

QTEST_GUILESS_MAIN(tst_ProfileLoader)
#include "tst_profileloader.moc"
