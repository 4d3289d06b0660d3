#include "comparisonreport.h"
#include "profileloader.h"
#include "scenariorunner.h"

#include "../support/profileplayer.h"

#include <QSignalSpy>
#include <QTest>

using namespace tunnelscope;

// Every built-in profile, played through the lab, yields the findings its description
// promises (and the clean ones none).
class tst_BuiltinProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyProfileIsCovered();
    void play_data();
    void play();
};

static const QMap<QString, QStringList> &expected()
{
    static const QMap<QString, QStringList> table{
        {QStringLiteral("lab-echo"), {}},
        {QStringLiteral("ha-clean"), {}},
        {QStringLiteral("ha-coalesced-clean"), {}},
        {QStringLiteral("ha-lost-auth-invalid"), {QStringLiteral("message_missing")}},
        // Lost only as the iOS app (checked below: never as the browser).
        {QStringLiteral("ha-identity-lost-auth-invalid"), {QStringLiteral("message_missing")}},
        {QStringLiteral("ha-swallowed-close"), {QStringLiteral("close_truncated")}},
        {QStringLiteral("chat-abrupt-close"), {QStringLiteral("close_truncated"), QStringLiteral("reconnect_mismatch")}},
        {QStringLiteral("handshake-stall"), {QStringLiteral("handshake_failed")}},
        {QStringLiteral("handshake-rejected"), {QStringLiteral("handshake_failed")}},
        {QStringLiteral("handshake-slow"), {QStringLiteral("latency_regression")}},
        {QStringLiteral("ha-double-send"), {QStringLiteral("message_duplicated")}},
        {QStringLiteral("chat-idle-timeout"), {QStringLiteral("close_truncated")}},
        {QStringLiteral("chat-idle-heartbeat"), {}},
        {QStringLiteral("socketio-clean"), {}},
        {QStringLiteral("socketio-close-without-status"), {QStringLiteral("close_truncated")}},
        // The server's ping comes 1.2 s late through the tunnel: it gives up on the client, and
        // what it said last is lost with the connection.
        {QStringLiteral("socketio-ping-timeout"),
         {QStringLiteral("close_mismatch"), QStringLiteral("message_missing"), QStringLiteral("latency_regression")}},
        // A Socket.IO packet in a binary frame is also a protocol violation for socket.io-client.
        {QStringLiteral("socketio-text-to-binary"), {QStringLiteral("message_altered"), QStringLiteral("protocol_violation")}},
        {QStringLiteral("comfyui-clean"), {}},
        {QStringLiteral("comfyui-bom-junk"), {QStringLiteral("message_altered")}},
        {QStringLiteral("comfyui-lost-executed"), {QStringLiteral("message_missing")}},
        // The relay cuts every session (1006) and the client comes back: what came while it was down is lost.
        {QStringLiteral("comfyui-reconnect-storm"),
         {QStringLiteral("reconnect_mismatch"), QStringLiteral("message_missing"), QStringLiteral("close_truncated")}},
        // Control frames: the kind, and the frame it concerns.
        {QStringLiteral("ha-injected-ping"), {QStringLiteral("message_extra/ping")}},
        {QStringLiteral("ha-dropped-ping"), {QStringLiteral("message_missing/pong")}},
        {QStringLiteral("ha-local-pong"), {QStringLiteral("message_extra/pong"), QStringLiteral("latency_regression")}},
        {QStringLiteral("ha-close-as-data"), {QStringLiteral("message_altered/close")}},
        // permessage-deflate: the offer stripped (checked below: the cause named), a compressed
        // message broken on the way (the client fails the connection; what was due is lost).
        {QStringLiteral("deflate-clean"), {}},
        // Three tunnels at once: only the vendor relay loses auth_invalid (checked below: named).
        {QStringLiteral("ha-three-tunnels"), {QStringLiteral("message_missing")}},
        {QStringLiteral("deflate-stripped"), {QStringLiteral("protocol_violation")}},
        {QStringLiteral("deflate-corrupted"), {QStringLiteral("protocol_violation"), QStringLiteral("message_missing")}},
    };
    return table;
}

void tst_BuiltinProfiles::everyProfileIsCovered()
{
    QCOMPARE(QStringList(expected().keys()), ProfileLoader::builtinNames());
}

void tst_BuiltinProfiles::play_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ProfileLoader::builtinNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_BuiltinProfiles::play()
{
    QFETCH(QString, name);
    const auto played = playBuiltin(name);
    QVERIFY(played);
    const ScenarioRunner &runner = *played;
    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    QSet<QString> found;
    QStringList all;
    for (std::size_t i = 0; i < runner.runs().size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            if (f.severity != Finding::Severity::Info) {
                const QString frame = f.detail.value(QStringLiteral("frame")).toString();
                found.insert(frame.isEmpty() ? f.kind : f.kind + QLatin1Char('/') + frame);
                all << f.kind + QStringLiteral(": ") + f.summary.english();
            }
    // A sweep: every run played once per identity, and the difference named.
    if (!runner.profile().identities.isEmpty()) {
        QCOMPARE(int(runner.runs().size()), runner.profile().totalRuns());
        QCOMPARE(report.identityContrasts().size(), 1);
        QCOMPARE(report.identityContrasts()[0].shares[0].identity, QStringLiteral("ios-app"));
        for (std::size_t i = 0; i < runner.runs().size(); ++i) {
            const QList<Finding> &findings = report.findings(qsizetype(i));
            const bool spared = std::all_of(findings.begin(), findings.end(),
                                            [](const Finding &f) { return f.severity == Finding::Severity::Info; });
            QCOMPARE(spared, runner.runs()[i]->identity == QLatin1String("browser"));
        }
    }
    if (!runner.profile().tunnels.isEmpty()) {
        QCOMPARE(int(runner.runs().size()), runner.profile().totalRuns() * int(runner.profile().tunnels.size()));
        QCOMPARE(report.tunnelContrasts().size(), 1);
        QCOMPARE(report.tunnelContrasts()[0].atFault(), QStringList{QStringLiteral("vendor-relay")});
        for (std::size_t i = 0; i < runner.runs().size(); ++i) {
            const QList<Finding> &findings = report.findings(qsizetype(i));
            const bool spared = std::all_of(findings.begin(), findings.end(),
                                            [](const Finding &f) { return f.severity == Finding::Severity::Info; });
            QCOMPARE(spared, runner.runs()[i]->tunnelName != QLatin1String("vendor-relay"));
        }
        QCOMPARE(report.tunnelResults().size(), 3);
        for (const ComparisonReport::TunnelResult &t : report.tunnelResults())
            QCOMPARE(t.verdict,
                     t.name == QLatin1String("vendor-relay") ? ComparisonReport::Verdict::Broken
                                                             : ComparisonReport::Verdict::Clean);
    }
    if (runner.profile().deflate) {
        // The direct path compressed; the tunnel did too unless its fault says otherwise.
        auto compressed = [](const PathRecord &p) {
            int n = 0;
            for (qsizetype i = 0; i < p.frames.count(); ++i)
                n += p.frames.at(i).compressedSize >= 0;
            return n;
        };
        const RunRecord &run = *runner.runs().front();
        QVERIFY(compressed(run.direct) > 10);
        QCOMPARE(compressed(run.tunnel) > 0, name != QLatin1String("deflate-stripped"));
        const QString cause = name == QLatin1String("deflate-stripped") ? QStringLiteral("extension_stripped") : QString();
        for (const Finding &f : report.findings(0))
            if (f.kind == QLatin1String("protocol_violation"))
                QCOMPARE(f.detail.value(QStringLiteral("cause")).toString(), cause);
    }
    const QStringList want = expected().value(name);
    if (want.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
        QCOMPARE(report.exitCode(), 0);
        return;
    }
    // Exactly these: a finding the fault does not explain is a false one.
    QVERIFY2(found == QSet<QString>(want.cbegin(), want.cend()),
             qPrintable(want.join(QStringLiteral(", ")) + QStringLiteral(" expected, found ")
                        + QStringList(found.cbegin(), found.cend()).join(QStringLiteral(", ")) + QStringLiteral(":\n")
                        + all.join(QLatin1Char('\n'))));
    QCOMPARE(report.exitCode(), 1);
}

QTEST_GUILESS_MAIN(tst_BuiltinProfiles)
#include "tst_builtinprofiles.moc"
