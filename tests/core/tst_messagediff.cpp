#include "comparisonreport.h"
#include "findinghints.h"
#include "frameencoder.h"
#include "messagediff.h"
#include "pairedtimeline.h"
#include "profileloader.h"
#include "runcomparer.h"
#include "sequencealigner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tunnelscope;

// The diff, from recorded sequences built by hand: every finding kind and the tricky cases.
class tst_MessageDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messages_data();
    void messages();
    void closes_data();
    void closes();
    void streamTailAfterTheOtherClientClosed();
    void streamLastBeatLateOnTheFirstToClose();
    void sharedRefusalIsANote();
    void latencyRegression();
    void comfyUiPromptsTimedFromTheirStart();
    void missingBeforeCloseNamesTheCause();
    void alignerMatchesLcsOnRandomInput();
    void everyMessageAlteredInALongRun_data();
    void everyMessageAlteredInALongRun();
    void everyHintRuleIsReachable();
    void noLatencyMadeUpAcrossAReconnect();
    void slowUpgradeIsCompared();
    void closeAnsweredAsDataSoonerThanTheDirectClose();
    void serverPingRacingOurCloseIsNotJudged();
    void streamEdgesOfCapturesMadeApart();
    void serverBeatLateOnTheDirectPathIsNoInjection();
    void lastBeatJudgedOnOnePathOnly();

private:
    static std::unique_ptr<RunRecord> makeRun(const QStringList &direct, const QStringList &tunnel, qint64 tunnelOpenUs = 0,
                                              qint64 tunnelDelayUs = 0);
    static Profile profile(const QByteArray &json);
    // A path's server pings, then its client's close at `closeUs`, answered 1 ms later.
    static void playPings(PathRecord &path, const QList<qint64> &pings, qint64 closeUs);
    // The ping findings of a run: kind and count ("message_extra 2").
    static QStringList pingFindings(const Profile &p, const RunRecord &run);
    static void checkRows(const RunRecord &run, const MessageDiffResult &r);
};

// The side-by-side rows show every received frame of both paths exactly once.
void tst_MessageDiff::checkRows(const RunRecord &run, const MessageDiffResult &r)
{
    QMap<qsizetype, int> direct, tunnel;
    for (const AlignedRow &row : r.rows) {
        if (row.direct >= 0)
            ++direct[row.direct];
        if (row.tunnel >= 0)
            ++tunnel[row.tunnel];
    }
    // A coalesced frame carries several messages, so it has one row per message.
    for (const auto &[side, path] : {std::pair{&direct, &run.direct}, std::pair{&tunnel, &run.tunnel}})
        for (auto it = side->begin(); it != side->end(); ++it)
            if (!path->frames.at(it.key()).payload.startsWith('['))
                QCOMPARE(it.value(), 1);
    auto received = [](const PathRecord &p) {
        QSet<qsizetype> s;
        for (qsizetype i = 0; i < p.frames.count(); ++i)
            if (p.frames.at(i).isData() && p.frames.at(i).dir == Direction::In)
                s.insert(i);
        return s;
    };
    QCOMPARE(QSet<qsizetype>(direct.keyBegin(), direct.keyEnd()), received(run.direct));
    QCOMPARE(QSet<qsizetype>(tunnel.keyBegin(), tunnel.keyEnd()), received(run.tunnel));
}

Q_DECLARE_METATYPE(Finding::Severity)

// "b:..." is a binary message; anything else a text message. Messages come 1 ms apart
// after a send at t=0; the tunnel's are `tunnelDelayUs` later.
std::unique_ptr<RunRecord> tst_MessageDiff::makeRun(const QStringList &direct, const QStringList &tunnel, qint64 tunnelOpenUs,
                                                    qint64 tunnelDelayUs)
{
    auto run = std::make_unique<RunRecord>();
    auto fill = [](PathRecord &p, const QStringList &messages, qint64 openUs, qint64 delayUs) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.status = 101;
        c.handshake.startUs = 0;
        c.handshake.answerUs = openUs;
        c.close.frameReceived = true;
        c.close.code = 1000;
        p.frames.append(openUs, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
        p.frames.append(openUs, FrameType::Text, Direction::Out, "subscribe");
        qint64 t = openUs;
        for (qsizetype k = 0; k < messages.size(); ++k) {
            t = openUs + (k + 1) * 1000 + delayUs;
            const QString m = messages[k];
            if (m.startsWith(QLatin1String("b:")))
                p.frames.append(t, FrameType::Binary, Direction::In, m.mid(2).toUtf8());
            else
                p.frames.append(t, FrameType::Text, Direction::In, m.toUtf8());
        }
        c.close.endedUs = t + 100000;
        p.connections << c;
    };
    run->direct.name = QStringLiteral("direct");
    run->tunnel.name = QStringLiteral("tunnel");
    fill(run->direct, direct, 0, 0);
    fill(run->tunnel, tunnel, tunnelOpenUs, tunnelDelayUs);
    return run;
}

void tst_MessageDiff::playPings(PathRecord &path, const QList<qint64> &pings, qint64 closeUs)
{
    for (const qint64 t : pings)
        path.frames.append(t, FrameType::Ping, Direction::In, "");
    path.frames.append(closeUs, FrameType::Close, Direction::Out, FrameEncoder::closePayload(1000), 1, 1000);
    path.frames.append(closeUs + 1000, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
    path.connections[0].close.initiatedBy = CloseRecord::Initiator::Client;
    path.connections[0].close.endedUs = closeUs + 1000;
}

QStringList tst_MessageDiff::pingFindings(const Profile &p, const RunRecord &run)
{
    QStringList kinds;
    for (const Finding &f : RunComparer(p).compare(run).findings)
        if (f.detail.value(QStringLiteral("frame")).toString() == QLatin1String("ping"))
            kinds << f.kind + QLatin1Char(' ') + QString::number(f.detail.value(QStringLiteral("count")).toInt());
    return kinds;
}

Profile tst_MessageDiff::profile(const QByteArray &json)
{
    const auto r = ProfileLoader::parse(json, QStringLiteral("t.json"));
    if (!r.ok())
        qFatal("%s", qPrintable(r.problems.join(QLatin1Char('\n'))));
    return *r.profile;
}

void tst_MessageDiff::messages_data()
{
    QTest::addColumn<QByteArray>("profileJson");
    QTest::addColumn<QStringList>("direct");
    QTest::addColumn<QStringList>("tunnel");
    QTest::addColumn<qint64>("tunnelOpenUs");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("alteration");
    QTest::addColumn<Finding::Severity>("severity");

    const QByteArray raw = R"({"name":"t","steps":[{"wait_ms":1}]})";
    const QByteArray ha = R"({"name":"t","protocol":"homeassistant","steps":[{"wait_ms":1}]})";
    const QByteArray ignore = R"({"name":"t","compare":{"ignore_fields":["time_fired"]},"steps":[{"wait_ms":1}]})";
    const QByteArray critical = R"({"name":"t","compare":{"critical":[{"type":"executed"}]},"steps":[{"wait_ms":1}]})";
    const QString e1 = QStringLiteral(R"({"type":"event","n":1})"), e2 = QStringLiteral(R"({"type":"event","n":2})"),
                  e3 = QStringLiteral(R"({"type":"event","n":3})"), e4 = QStringLiteral(R"({"type":"event","n":4})");
    const QString pong = QStringLiteral(R"({"type":"pong"})");
    const auto W = Finding::Severity::Warning, C = Finding::Severity::Critical;
    auto row = [&](const char *name, const QByteArray &p, const QStringList &d, const QStringList &t, const QStringList &kinds,
                   const QString &alteration = QString(), Finding::Severity s = Finding::Severity::Warning,
                   qint64 open = 0) { QTest::newRow(name) << p << d << t << open << kinds << alteration << s; };
    const QStringList none;
    row("identical", raw, {e1, e2, e3}, {e1, e2, e3}, none);
    row("one missing", raw, {e1, e2, e3}, {e1, e3}, {QStringLiteral("message_missing")});
    row("lost auth_invalid is critical", raw,
        {QStringLiteral(R"({"type":"auth_required"})"), QStringLiteral(R"({"type":"auth_invalid","message":"x"})")},
        {QStringLiteral(R"({"type":"auth_required"})")}, {QStringLiteral("message_missing")}, QString(), C);
    row("profile's critical pattern", critical, {e1, QStringLiteral(R"({"type":"executed","data":{}})")}, {e1},
        {QStringLiteral("message_missing")}, QString(), C);
    row("extra", raw, {e1, e2}, {e1, e3, e2}, {QStringLiteral("message_extra")});
    row("duplicated", raw, {e1, e2, e3}, {e1, e2, e2, e3}, {QStringLiteral("message_duplicated")});
    row("repeated identical messages: one lost", raw, {pong, pong, pong, pong}, {pong, pong, pong},
        {QStringLiteral("message_missing")});
    row("repeated identical messages: one more", raw, {pong, pong}, {pong, pong, pong}, {QStringLiteral("message_duplicated")});
    row("repeated identical messages: equal", raw, {pong, e1, pong, e2, pong}, {pong, e1, pong, e2, pong}, none);
    row("adjacent swap", raw, {e1, e2, e3, e4}, {e1, e3, e2, e4}, {QStringLiteral("message_reordered")});
    row("moved far", raw, {e1, e2, e3, e4}, {e2, e3, e4, e1}, {QStringLiteral("message_reordered")});
    row("tunnel joined late", raw, {e1, e2, e3, e4}, {e3, e4}, none, QString(), W, 2500);
    row("coalesced array vs single frames", ha, {QStringLiteral("[%1,%2]").arg(e1, e2), e3}, {e1, e2, e3}, none);
    row("coalesced array with a loss", ha, {QStringLiteral("[%1,%2,%3]").arg(e1, e2, e3)},
        {QStringLiteral("[%1,%2]").arg(e1, e3)}, {QStringLiteral("message_missing")});
    row("ignore_fields", ignore, {QStringLiteral(R"({"type":"event","time_fired":"1","data":{"time_fired":"a"}})")},
        {QStringLiteral(R"({"type":"event","time_fired":"2","data":{"time_fired":"b"}})")}, none);
    row("content differs", raw, {QStringLiteral(R"({"type":"event","state":"on"})")},
        {QStringLiteral(R"({"type":"event","state":"off"})")}, {QStringLiteral("message_altered")}, QStringLiteral("content"));
    row("altered next to a lost one: the most similar is the partner", raw,
        {QStringLiteral(R"({"type":"event","entity":"light.hall","state":"on"})"),
         QStringLiteral(R"({"type":"event","entity":"sensor.kitchen","state":"21.5"})")},
        {QStringLiteral(R"({"type":"event","entity":"sensor.kitchen","state":"21.0"})")},
        {QStringLiteral("message_altered"), QStringLiteral("message_missing")});
    row("BOM", raw, {e1, e2}, {e1, QStringLiteral("\uFEFF") + e2}, {QStringLiteral("message_altered")},
        QStringLiteral("bom_prefix"));
    {
        // A repeated heartbeat altered every time is not a duplicate of itself.
        const QString bom = QStringLiteral("\uFEFF");
        row("BOM on every message, heartbeats included", raw, {e1, pong, e2, pong, e3, pong},
            {bom + e1, bom + pong, bom + e2, bom + pong, bom + e3, bom + pong}, QStringList(6, QStringLiteral("message_altered")),
            QStringLiteral("bom_prefix"));
        // The search for an altered message's partner stays within the direct path's gap.
        QStringList noise;
        for (int k = 0; k < 40; ++k)
            noise << QStringLiteral("relay notice %1").arg(k);
        row("a long burst of extra messages at the end", raw, {e1, e2}, QStringList{e1} + noise + QStringList{bom + e3},
            QStringList{QStringLiteral("message_altered")} + QStringList(40, QStringLiteral("message_extra")));
        row("an altered message delivered twice", raw, {e1, e2, e3}, {e1, bom + e2, bom + e2, e3},
            {QStringLiteral("message_altered"), QStringLiteral("message_duplicated")}, QStringLiteral("bom_prefix"));
    }
    row("record separator on both: legitimate framing", raw, {e1 + QLatin1Char('\x1e'), e2 + QLatin1Char('\x1e')},
        {e1 + QLatin1Char('\x1e'), e2 + QLatin1Char('\x1e')}, none);
    row("BOM before a framed record", raw, {e1 + QLatin1Char('\x1e')}, {QStringLiteral("\uFEFF") + e1 + QLatin1Char('\x1e')},
        {QStringLiteral("message_altered")}, QStringLiteral("bom_prefix"));
    row("junk before JSON", raw, {e1}, {QStringLiteral(")]}',\n") + e1}, {QStringLiteral("message_altered")},
        QStringLiteral("junk_prefix"));
    row("text to binary", raw, {e1}, {QStringLiteral("b:") + e1}, {QStringLiteral("message_altered")},
        QStringLiteral("text_to_binary"));
    row("truncated", raw, {e1, e2}, {e1, e2.left(10)}, {QStringLiteral("message_altered")}, QStringLiteral("truncated"));
    row("replacement bytes break JSON", raw,
        {QStringLiteral(R"({"type":"event","name":"caf)") + QChar(0xE9) + QStringLiteral(R"("})")},
        {QStringLiteral(R"({"type":"event","name":"caf)") + QChar(0xFFFD)
         + QStringLiteral(R"("})").replace(QLatin1Char('"'), QLatin1Char('\''))},
        {QStringLiteral("message_altered")}, QStringLiteral("invalid_json"));
    row("unrelated text is not an alteration", raw, {e1}, {QStringLiteral("hello")},
        {QStringLiteral("message_extra"), QStringLiteral("message_missing")});
    row("binary compared by content", raw, {QStringLiteral("b:AAA")}, {QStringLiteral("b:AAB")},
        {QStringLiteral("message_extra"), QStringLiteral("message_missing")});
}

void tst_MessageDiff::messages()
{
    QFETCH(QByteArray, profileJson);
    QFETCH(QStringList, direct);
    QFETCH(QStringList, tunnel);
    QFETCH(qint64, tunnelOpenUs);
    QFETCH(QStringList, kinds);
    QFETCH(QString, alteration);
    QFETCH(Finding::Severity, severity);
    const Profile p = profile(profileJson);
    const auto run = makeRun(direct, tunnel, tunnelOpenUs);
    const MessageDiffResult r = MessageDiff(p).compare(*run);
    QStringList found;
    for (const Finding &f : r.findings)
        if (f.severity != Finding::Severity::Info)
            found << f.kind;
    found.sort();
    QCOMPARE(found, kinds);
    if (!kinds.isEmpty()) {
        const Finding &first = r.findings.first();
        QCOMPARE(first.severity, severity);
        QVERIFY(!first.summary.english().isEmpty());
        QVERIFY2(first.summary.english().contains(QLatin1Char(':')), qPrintable(first.summary.english())); // "what: why"
        if (!alteration.isEmpty())
            QCOMPARE(first.detail.value(QStringLiteral("alteration")).toString(), alteration);
    } else {
        // Nothing found: every message is matched with its partner on the other path, or
        // stands alone only where it could not be compared (the other path was not up yet).
        int matched = 0;
        for (const AlignedRow &row : r.rows) {
            if (row.status == AlignedRow::Status::NotComparable)
                continue;
            QVERIFY2(row.status == AlignedRow::Status::Matched && row.direct >= 0 && row.tunnel >= 0,
                     qPrintable(QStringLiteral("row %1/%2 of a clean comparison is %3")
                                    .arg(row.direct)
                                    .arg(row.tunnel)
                                    .arg(AlignedRow::statusName(row.status))));
            ++matched;
        }
        QVERIFY(matched >= std::min(direct.size(), tunnel.size()));
    }
    checkRows(*run, r);
    // The two-list view: every frame of both paths exactly once, each path in its own order.
    const PairedTimeline timeline = PairedTimeline::build(*run, r);
    for (bool tunnelSide : {false, true}) {
        const PathRecord &p = run->path(tunnelSide);
        qsizetype lastRow = -1, seen = 0;
        for (qsizetype frame = 0; frame < p.frames.count(); ++frame) {
            const qsizetype row = timeline.rowOf(tunnelSide, frame);
            QVERIFY(row >= 0);
            const PairedTimeline::Row &tr = timeline.rows()[std::size_t(row)];
            QCOMPARE(tunnelSide ? tr.tunnel : tr.direct, qint32(frame));
            const bool reordered = tr.status == AlignedRow::Status::Reordered;
            if (!reordered) {
                QVERIFY2(row > lastRow, qPrintable(QStringLiteral("frame %1 out of order").arg(frame)));
                lastRow = row;
            }
            ++seen;
        }
        QCOMPARE(seen, p.frames.count());
    }
}

void tst_MessageDiff::closes_data()
{
    QTest::addColumn<bool>("frame");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("wireProblem");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("same close") << true << 1000 << QByteArray("bye now") << QString() << QString() << QString();
    QTest::newRow("1006: no close frame") << false << 1006 << QByteArray() << QString() << QStringLiteral("close_truncated")
                                          << QStringLiteral("1006 (no close frame)");
    QTest::newRow("1005: close without status") << true << 1005 << QByteArray() << QString() << QStringLiteral("close_truncated")
                                                << QStringLiteral("without status (1005)");
    QTest::newRow("cut reason") << true << 1000 << QByteArray("bye") << QString() << QStringLiteral("close_truncated")
                                << QStringLiteral("cut the close reason from 7 to 3 bytes");
    QTest::newRow("other code") << true << 1001 << QByteArray() << QString() << QStringLiteral("close_mismatch")
                                << QStringLiteral("direct close 1000 (normal), tunnel close 1001 (going away)");
    QTest::newRow("1006 on the wire") << true << 1006 << QByteArray() << QStringLiteral("close code 1006 must not be sent")
                                      << QStringLiteral("protocol_violation") << QStringLiteral("RFC 6455 forbids");
}

void tst_MessageDiff::closes()
{
    QFETCH(bool, frame);
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(QString, wireProblem);
    QFETCH(QString, kind);
    QFETCH(QString, words);
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    auto run = makeRun({QStringLiteral("a")}, {QStringLiteral("a")});
    run->direct.connections[0].close.reason = "bye now";
    CloseRecord &c = run->tunnel.connections[0].close;
    c.frameReceived = frame;
    c.code = quint16(code);
    c.reason = reason;
    c.wireProblem = wireProblem;
    const RunComparison r = RunComparer(p).compare(*run);
    QStringList found;
    for (const Finding &f : r.findings)
        if (f.severity != Finding::Severity::Info)
            found << f.kind;
    if (kind.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(','))));
        return;
    }
    QCOMPARE(found, QStringList{kind});
    QVERIFY2(r.findings.last().summary.english().contains(words), qPrintable(r.findings.last().summary.english()));
    QCOMPARE(r.findings.last().severity,
             kind == QLatin1String("close_mismatch") ? Finding::Severity::Warning : Finding::Severity::Critical);
}

void tst_MessageDiff::streamTailAfterTheOtherClientClosed()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const QString e1 = QStringLiteral(R"({"type":"event","n":1})"), e2 = QStringLiteral(R"({"type":"event","n":2})");
    auto run = makeRun({e1}, {e1, e2});
    // The direct client closed at 1.5 ms; the tunnel's client a little later, so it got one more event.
    run->direct.frames.append(1500, FrameType::Close, Direction::Out, FrameEncoder::closePayload(1000), 1, 1000);
    run->direct.connections[0].close.initiatedBy = CloseRecord::Initiator::Client;
    MessageDiffResult r = MessageDiff(p).compare(*run);
    QVERIFY(r.findings.isEmpty());
    QCOMPARE(r.notComparable, 1);
    // Had the server closed, the same extra event would be a finding.
    run->direct.connections[0].close.initiatedBy = CloseRecord::Initiator::Server;
    r = MessageDiff(p).compare(*run);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().kind, QStringLiteral("message_extra"));
}

// A 50 ms stream; the tunnel's client closes at 402 ms, the direct's at 430 ms. The server's
// timer for the tunnel connection fired its 400 ms beat late, after that close: the direct
// path's last event has no partner, within one beat of the tunnel's close. No loss. An event
// missing two beats before the close is one, and so is a critical message in the last beat.
void tst_MessageDiff::streamLastBeatLateOnTheFirstToClose()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}],"compare":{"critical":[{"type":"alert"}]}})");
    const auto play = [](PathRecord &path, const QList<int> &beats, qint64 lagUs, qint64 closeUs, int alertAt = 0) {
        for (const int n : beats)
            path.frames.append(n * 50000 + lagUs, FrameType::Text, Direction::In,
                               QStringLiteral(R"({"type":"%1","n":%2})")
                                   .arg(n == alertAt ? QStringLiteral("alert") : QStringLiteral("event"))
                                   .arg(n)
                                   .toUtf8());
        path.frames.append(closeUs, FrameType::Close, Direction::Out, FrameEncoder::closePayload(1000), 1, 1000);
        path.frames.append(closeUs + 500, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
        path.connections[0].close.initiatedBy = CloseRecord::Initiator::Client;
        path.connections[0].close.endedUs = closeUs + 500;
    };
    const auto missing = [&p](const RunRecord &run) {
        QStringList lost;
        for (const Finding &f : MessageDiff(p).compare(run).findings)
            if (f.kind == QLatin1String("message_missing"))
                lost << f.detail.value(QStringLiteral("message")).toString();
        return lost;
    };
    auto late = makeRun({}, {});
    play(late->direct, {1, 2, 3, 4, 5, 6, 7, 8}, 0, 430000);
    play(late->tunnel, {1, 2, 3, 4, 5, 6, 7}, 2000, 402000);
    QCOMPARE(missing(*late), QStringList());
    QCOMPARE(MessageDiff(p).compare(*late).notComparable, 1);
    auto lost = makeRun({}, {});
    play(lost->direct, {1, 2, 3, 4, 5, 6, 7, 8}, 0, 430000);
    play(lost->tunnel, {1, 2, 3, 4, 5, 7}, 2000, 402000);
    QCOMPARE(missing(*lost), QStringList{QStringLiteral("event")});
    auto alert = makeRun({}, {});
    play(alert->direct, {1, 2, 3, 4, 5, 6, 7, 8}, 0, 430000, 8);
    play(alert->tunnel, {1, 2, 3, 4, 5, 6, 7}, 2000, 402000);
    QCOMPARE(missing(*alert), QStringList{QStringLiteral("alert")});
}

void tst_MessageDiff::sharedRefusalIsANote()
{
    const Profile p = profile(R"({"name":"t","protocol":"homeassistant","steps":[{"wait_ms":1}]})");
    const QString invalid = QStringLiteral(R"({"type":"auth_invalid","message":"Invalid access token or password"})");
    auto both = makeRun({QStringLiteral(R"({"type":"auth_required"})"), invalid},
                        {QStringLiteral(R"({"type":"auth_required"})"), invalid});
    RunComparison r = RunComparer(p).compare(*both);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.first().english().contains(QLatin1String("not lost by the tunnel")));
    QVERIFY(r.findings.isEmpty());
    auto onlyDirect
        = makeRun({QStringLiteral(R"({"type":"auth_required"})"), invalid}, {QStringLiteral(R"({"type":"auth_required"})")});
    r = RunComparer(p).compare(*onlyDirect);
    QVERIFY(r.notes.isEmpty());
    QCOMPARE(r.findings.size(), 1);
}

void tst_MessageDiff::comfyUiPromptsTimedFromTheirStart()
{
    // The tunnel's prompt waited 2 s in ComfyUI's queue behind the direct one; after its
    // execution_start, its messages come as fast: no latency regression. Its own prompt_id
    // and output filename do not make the messages differ.
    const Profile p = profile(R"({"name":"t","protocol":"comfyui","compare":{"latency_warn_ms":50},"steps":[{"wait_ms":1}]})");
    auto stream = [](const QString &id, int image) {
        QStringList m{QStringLiteral(R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":%1}}}})").arg(image)};
        for (int i = 0; i < 2000; ++i)
            m << QStringLiteral(R"({"type":"status","data":{"status":{"exec_info":{"queue_remaining":1}}}})");
        m << QStringLiteral(R"({"type":"execution_start","data":{"prompt_id":"%1","timestamp":%2}})").arg(id).arg(image * 1000);
        for (int i = 1; i <= 20; ++i)
            m << QStringLiteral(R"({"type":"progress","data":{"value":%1,"max":20,"prompt_id":"%2","node":"3"}})").arg(i).arg(id);
        m << QStringLiteral(
                 R"({"type":"executed","data":{"node":"9","output":{"images":[{"filename":"ComfyUI_%1_.png"}]},"prompt_id":"%2"}})")
                 .arg(image)
                 .arg(id);
        return m;
    };
    QStringList direct = stream(QStringLiteral("aaa"), 1);
    QStringList tunnel = stream(QStringLiteral("bbb"), 2);
    // The direct prompt started at once: its status updates are not there.
    direct.erase(direct.begin() + 1, direct.begin() + 2001);
    const auto run = makeRun(direct, tunnel);
    const MessageDiffResult r = MessageDiff(p).compare(*run);
    QStringList kinds;
    for (const Finding &f : r.findings)
        kinds << f.kind + QStringLiteral(": ") + f.summary.english();
    QVERIFY2(r.findings.isEmpty(), qPrintable(kinds.join(QLatin1Char('\n'))));
    QCOMPARE(r.matched, qsizetype(22));
}

void tst_MessageDiff::latencyRegression()
{
    const Profile p = profile(R"({"name":"t","compare":{"latency_warn_ms":50},"steps":[{"wait_ms":1}]})");
    QStringList messages;
    for (int i = 0; i < 20; ++i)
        messages << QStringLiteral("m%1").arg(i);
    const auto slow = makeRun(messages, messages, 0, 120000);
    const MessageDiffResult r = MessageDiff(p).compare(*slow);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().kind, QStringLiteral("latency_regression"));
    QCOMPARE(r.findings.first().severity, Finding::Severity::Warning);
    QVERIFY(r.findings.first().summary.english().contains(QLatin1String("120.0 ms at p95")));
    const auto fast = makeRun(messages, messages, 0, 2000);
    QVERIFY(MessageDiff(p).compare(*fast).findings.isEmpty());
}

void tst_MessageDiff::missingBeforeCloseNamesTheCause()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    auto run = makeRun({QStringLiteral(R"({"type":"auth_required"})"), QStringLiteral(R"({"type":"auth_invalid"})")},
                       {QStringLiteral(R"({"type":"auth_required"})")});
    CloseRecord &dc = run->direct.connections[0].close;
    dc.initiatedBy = CloseRecord::Initiator::Server;
    dc.endedUs = 2400; // auth_invalid came at 2000 µs
    // The tunnel forwarded the server's close to the client: it closed the client side.
    CloseRecord &tc = run->tunnel.connections[0].close;
    tc.initiatedBy = CloseRecord::Initiator::Server;
    tc.tcpEndedBy = CloseRecord::TcpEndedBy::Peer;
    tc.endedUs = 2600;
    MessageDiffResult r = MessageDiff(p).compare(*run);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().summary.english(),
             QStringLiteral("tunnel lost auth_invalid: the server sent it 0.4 ms before its close 1000; the close came "
                            "through the tunnel and this message did not: the tunnel closed the client side before "
                            "flushing it, or dropped it"));
    QCOMPARE(r.findings.first().severity, Finding::Severity::Critical);

    // A tunnel that swallowed the close and held the connection until the client's close
    // timer cut it did not close anything "before flushing": the cause says what it did.
    tc.frameReceived = false;
    tc.code = 1006;
    tc.initiatedBy = CloseRecord::Initiator::Client;
    tc.tcpEndedBy = CloseRecord::TcpEndedBy::Client;
    tc.endedUs = 5'102'400;
    r = MessageDiff(p).compare(*run);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().summary.english(),
             QStringLiteral("tunnel lost auth_invalid: the server sent it 0.4 ms before its close 1000; neither came through the "
                            "tunnel, which held the connection open 5.1 s longer, until the client gave up"));
}

// A tunnel that alters every message leaves no matched message to cut the run into short
// gaps: each altered message must still find its partner near where it stands (comparing
// every message with every other would not finish within the test's time), and find it
// again after a burst of losses or of extra messages.
void tst_MessageDiff::everyMessageAlteredInALongRun_data()
{
    QTest::addColumn<bool>("rewrite"); // a field changed instead of a BOM put before
    QTest::addColumn<int>("lostFrom");
    QTest::addColumn<int>("lostBurst");
    QTest::addColumn<int>("extraAt");
    QTest::addColumn<int>("extraBurst");
    QTest::addColumn<int>("mispairedAtMost");
    QTest::newRow("BOM, single losses") << false << -1 << 0 << -1 << 0 << 0;
    QTest::newRow("BOM, a burst of losses and one of extra messages") << false << 5000 << 100 << 12000 << 100 << 0;
    // Longer than one search's budget (4096): the first messages after it, until the search
    // has gone far enough (16 further per message), are paired with lost ones.
    QTest::newRow("BOM, a burst of losses longer than a search reaches") << false << 5000 << 4200 << -1 << 0 << 8;
    QTest::newRow("field rewritten, single losses") << true << -1 << 0 << -1 << 0 << 0;
    // A change of content is paired within the window only, which catches up 32 messages at
    // a time: a few messages right after the burst are paired with lost ones.
    QTest::newRow("field rewritten, a burst of losses and one of extra messages") << true << 5001 << 40 << 12000 << 100 << 12;
}

void tst_MessageDiff::everyMessageAlteredInALongRun()
{
    QFETCH(bool, rewrite);
    QFETCH(int, lostFrom);
    QFETCH(int, lostBurst);
    QFETCH(int, extraAt);
    QFETCH(int, extraBurst);
    QFETCH(int, mispairedAtMost);
    constexpr int Messages = 20000;
    QStringList direct, tunnel;
    int lost = 0, alteredExpected = 0;
    for (int i = 0; i < Messages; ++i) {
        const QString m = i % 50 == 49 ? QStringLiteral(R"({"type":"pong"})")
                                       : QStringLiteral(R"({"type":"event","id":%1,"entity":"sensor.kitchen"})").arg(i);
        direct << m;
        if ((i % 997 == 500 && i % 50 != 49) || (i >= lostFrom && i < lostFrom + lostBurst)) {
            ++lost;
        } else if (rewrite && m.contains(QLatin1String("kitchen"))) {
            tunnel << QString(m).replace(QLatin1String("kitchen"), QLatin1String("k1tchen"));
            ++alteredExpected;
        } else {
            tunnel << (rewrite ? m : QStringLiteral("\uFEFF") + m);
            alteredExpected += rewrite ? 0 : 1;
        }
        if (i == extraAt)
            for (int k = 0; k < extraBurst; ++k)
                tunnel << QStringLiteral("relay notice %1").arg(k);
    }
    const auto run = makeRun(direct, tunnel);
    const MessageDiffResult r = MessageDiff(profile(R"({"name":"t","steps":[{"wait_ms":1}]})")).compare(*run);
    QMap<QString, int> kinds;
    for (const Finding &f : r.findings) {
        ++kinds[f.kind];
        if (f.kind == QLatin1String("message_altered") && mispairedAtMost == 0)
            QCOMPARE(f.detail.value(QStringLiteral("alteration")).toString(),
                     rewrite ? QStringLiteral("content") : QStringLiteral("bom_prefix"));
    }
    // Each altered message is paired with the one it was made from.
    int mispaired = 0;
    for (const AlignedRow &row : r.rows) {
        if (row.status != AlignedRow::Status::Altered)
            continue;
        const QByteArray t = run->tunnel.frames.at(row.tunnel).payload.toByteArray(),
                         d = run->direct.frames.at(row.direct).payload.toByteArray();
        if ((rewrite ? QByteArray(t).replace("k1tchen", "kitchen") : t.sliced(3)) != d) {
            ++mispaired;
        }
    }
    QVERIFY2(mispaired <= mispairedAtMost, qPrintable(QStringLiteral("%1 mispaired").arg(mispaired)));
    if (mispairedAtMost == 0) {
        QCOMPARE(kinds.value(QStringLiteral("message_altered")), alteredExpected);
        QCOMPARE(kinds.value(QStringLiteral("message_missing")), lost);
        QCOMPARE(kinds.value(QStringLiteral("message_extra")), extraBurst);
        QCOMPARE(kinds.value(QStringLiteral("message_duplicated")), 0);
    } else {
        QVERIFY(qAbs(kinds.value(QStringLiteral("message_altered")) - alteredExpected) <= mispairedAtMost);
    }
    checkRows(*run, r);
}

void tst_MessageDiff::alignerMatchesLcsOnRandomInput()
{
    // Against a plain dynamic-programming LCS on random sequences with many repeats: short
    // ones, then longer ones whose exact pass walks back through hundreds of edit steps.
    QRandomGenerator rng(42);
    for (int round = 0; round < 360; ++round) {
        const bool longer = round >= 300;
        std::vector<quint64> a(rng.bounded(longer ? 600 : 30)), b(rng.bounded(longer ? 600 : 30));
        const quint32 alphabet = longer ? 2 + rng.bounded(30) : 4;
        for (auto &x : a)
            x = rng.bounded(alphabet);
        for (auto &x : b)
            x = rng.bounded(alphabet);
        std::vector<std::vector<int>> dp(a.size() + 1, std::vector<int>(b.size() + 1, 0));
        for (std::size_t i = a.size(); i-- > 0;)
            for (std::size_t j = b.size(); j-- > 0;)
                dp[i][j] = a[i] == b[j] ? dp[i + 1][j + 1] + 1 : std::max(dp[i + 1][j], dp[i][j + 1]);
        const auto pairs = SequenceAligner::align(a, b);
        QCOMPARE(int(pairs.size()), dp[0][0]);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            QCOMPARE(a[pairs[k].first], b[pairs[k].second]);
            if (k > 0)
                QVERIFY(pairs[k].first > pairs[k - 1].first && pairs[k].second > pairs[k - 1].second);
        }
    }
}

void tst_MessageDiff::everyHintRuleIsReachable()
{
    QSet<QString> texts;
    const QStringList alterations{QStringLiteral("bom_prefix"), QStringLiteral("junk_prefix"),  QStringLiteral("text_to_binary"),
                                  QStringLiteral("truncated"),  QStringLiteral("invalid_json"), QStringLiteral("content")};
    HintContext c;
    for (const char *kind : {"message_missing", "message_duplicated", "message_reordered", "message_extra", "message_altered",
                             "close_truncated", "latency_regression"}) {
        c = HintContext();
        c.kind = QLatin1String(kind);
        c.latencyLimitMs = 50;
        for (const char *frame : {"ping", "pong", "close"}) {
            c.frame = QLatin1String(frame);
            texts << FindingHints::hint(c).english();
        }
        c.frame.clear();
        texts << FindingHints::hint(c).english();
        c.msBeforeDirectClose = 0.0;
        texts << FindingHints::hint(c).english();
        c.msBeforeDirectClose = 3.0;
        texts << FindingHints::hint(c).english();
        c.msBeforeDirectClose = -1;
        c.tunnelEndedBeforeIt = true;
        texts << FindingHints::hint(c).english();
        c.tunnelFailedByClient = true;
        texts << FindingHints::hint(c).english();
        c.tunnelFailedByClient = false;
        c.tunnelReopenMs = 276;
        texts << FindingHints::hint(c).english();
        c.tunnelReopenMs = -1;
        c.acrossReconnect = true;
        texts << FindingHints::hint(c).english();
        c.acrossReconnect = false;
        for (const QString &a : alterations) {
            c.alteration = a;
            texts << FindingHints::hint(c).english();
            c.replacementCharacters = true;
            texts << FindingHints::hint(c).english();
            c.replacementCharacters = false;
        }
        c.msBeforeDirectClose = 3.0;
        c.tunnelClosedClientSide = true;
        texts << FindingHints::hint(c).english();
        c.msBeforeDirectClose = 0.0;
        texts << FindingHints::hint(c).english();
        c.tunnelClosedClientSide = false;
        c.tunnelTcpEndedByClient = true;
        c.tunnelHeldOpenMs = 5100;
        texts << FindingHints::hint(c).english();
        c.msBeforeDirectClose = -1;
        c.tunnelClosedWithoutFrame = true;
        texts << FindingHints::hint(c).english();
        c.tunnelHeldOpenMs = -1;
        texts << FindingHints::hint(c).english();
        c.tunnelTcpEndedByClient = false;
        texts << FindingHints::hint(c).english();
        c.tunnelTcpEndedByPeer = true;
        texts << FindingHints::hint(c).english();
        c.tunnelIdleMs = 100200;
        texts << FindingHints::hint(c).english();
        c.latencyP95Ms = 80;
        texts << FindingHints::hint(c).english();
        c.latencyOverLimit = 3;
        texts << FindingHints::hint(c).english();
        c.latencyP95Ms = 10;
        texts << FindingHints::hint(c).english();
    }
    texts.remove(QString());
    QCOMPARE(int(texts.size()), FindingHints::ruleCount());
    QVERIFY(texts.contains(
        QStringLiteral("100.2 s after the last frame: typical of a proxy idle timeout; set a heartbeat below 100 s")));
}

void tst_MessageDiff::noLatencyMadeUpAcrossAReconnect()
{
    // The tunnel path reconnects after its first message; its script starts over on the new
    // connection, so its later reactions are timed from the new send. Compared with the
    // direct path's (timed from the first send) they would read as the tunnel being 1 ms
    // faster: such pairs are matched, and get no delta.
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    auto run = std::make_unique<RunRecord>();
    auto add = [](PathRecord &path, qint64 openUs, const QList<QPair<qint64, QByteArray>> &messages) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.status = 101;
        c.handshake.answerUs = openUs;
        c.firstFrameIndex = path.frames.count();
        path.frames.append(openUs, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
        path.frames.append(openUs, FrameType::Text, Direction::Out, "subscribe");
        for (const auto &[t, m] : messages)
            path.frames.append(t, FrameType::Text, Direction::In, m);
        path.connections << c;
    };
    add(run->direct, 0, {{1000, "m1"}, {2000, "m2"}, {3000, "m3"}, {4000, "m4"}});
    add(run->tunnel, 0, {{1500, "m1"}});
    add(run->tunnel, 300000, {{301000, "m2"}, {302000, "m3"}, {303000, "m4"}});
    run->tunnel.reconnectsUs << 300000;
    const MessageDiffResult r = MessageDiff(p).compare(*run);
    QCOMPARE(r.matched, qsizetype(4));
    QCOMPARE(r.deltasMs, std::vector<double>{0.5});
    int withDelta = 0;
    for (const AlignedRow &row : r.rows) {
        QCOMPARE(row.status, AlignedRow::Status::Matched);
        if (row.hasDelta()) {
            ++withDelta;
            QCOMPARE(row.deltaMs, 0.5f);
        }
    }
    QCOMPARE(withDelta, 1);
}

void tst_MessageDiff::slowUpgradeIsCompared()
{
    // Upgrade times are compared like message latency: the same thresholds, the slow phase named.
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    auto run = makeRun({QStringLiteral("a")}, {QStringLiteral("a")});
    for (HandshakeRecord *h : {&run->direct.connections[0].handshake, &run->tunnel.connections[0].handshake}) {
        h->startUs = 0;
        h->tcpConnectedUs = 100;
        h->upgradeSentUs = 150;
    }
    run->direct.connections[0].handshake.answerUs = 1300;
    run->tunnel.connections[0].handshake.answerUs = 201300;
    auto latency = [&p](const RunRecord &r) {
        QList<Finding> found;
        for (const Finding &f : RunComparer(p).compare(r).findings)
            if (f.kind == QLatin1String("latency_regression")
                && f.detail.value(QStringLiteral("phase")) == QLatin1String("handshake"))
                found << f;
        return found;
    };
    QList<Finding> found = latency(*run);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Warning);
    QCOMPARE(
        found.first().summary.english(),
        QStringLiteral("the tunnel's upgrade took 201.3 ms where the direct path's took 1.3 ms (+200.0 ms, most of it waiting "
                       "for the upgrade answer): above the 50 ms limit (compare.latency_warn_ms): every connection and "
                       "reconnect waits that much longer"));
    QCOMPARE(
        found.first().detail.value(QStringLiteral("added_ms_by_phase")).toObject().value(QStringLiteral("answer")).toDouble(),
        200.0);
    run->tunnel.connections[0].handshake.answerUs = 21300; // +20 ms: noted, within the limit
    found = latency(*run);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Finding::Severity::Info);
    run->tunnel.connections[0].handshake.answerUs = 5300; // +4 ms: nothing to say
    QVERIFY(latency(*run).isEmpty());
}

void tst_MessageDiff::closeAnsweredAsDataSoonerThanTheDirectClose()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const QString e = QStringLiteral(R"({"type":"event"})");
    auto run = makeRun({e, e, e}, {e, e, e});
    // Both paths: a ping answered in 0.2 ms, then our close at 10 ms.
    for (PathRecord *path : {&run->direct, &run->tunnel}) {
        path->frames.append(5000, FrameType::Ping, Direction::Out, "p1");
        path->frames.append(5200, FrameType::Pong, Direction::In, "p1");
        path->frames.append(10000, FrameType::Close, Direction::Out, FrameEncoder::closePayload(1000), 1, 1000);
        path->connections[0].close.initiatedBy = CloseRecord::Initiator::Client;
        path->connections[0].close.sentCode = 1000;
    }
    // The direct server takes 8 ms over its close; the tunnel's server answers our close,
    // which it got as a text message, in 0.5 ms and never closes.
    run->direct.frames.append(18000, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
    run->tunnel.frames.append(10500, FrameType::Text, Direction::In, R"({"type":"result","success":false})");
    CloseRecord &t = run->tunnel.connections[0].close;
    t.frameReceived = false;
    t.code = 1006;
    t.tcpEndedBy = CloseRecord::TcpEndedBy::Client;
    t.endedUs = 2010000;
    const RunComparison r = RunComparer(p).compare(*run);
    QStringList kinds;
    for (const Finding &f : r.findings)
        kinds << f.kind + QLatin1Char('/') + f.detail.value(QStringLiteral("frame")).toString();
    QCOMPARE(kinds, QStringList{QStringLiteral("message_altered/close")});
    QVERIFY2(r.findings.first().summary.english().contains(QStringLiteral("result")),
             qPrintable(r.findings.first().summary.english()));
}

void tst_MessageDiff::serverPingRacingOurCloseIsNotJudged()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const QString e = QStringLiteral(R"({"type":"event"})");
    // A 200 ms heartbeat. Both clients close at 400 ms; each server takes 50 ms to answer.
    // The direct server's second ping beat our close by 5 ms; the tunnel's server got our
    // close first. A race of timers, not a ping the tunnel swallowed.
    auto run = makeRun({e, e, e}, {e, e, e});
    auto play = [](PathRecord &path, const QList<qint64> &pings) {
        for (const qint64 t : pings)
            path.frames.append(t, FrameType::Ping, Direction::In, "");
        path.frames.append(400000, FrameType::Close, Direction::Out, FrameEncoder::closePayload(1000), 1, 1000);
        path.frames.append(450000, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
        path.connections[0].close.initiatedBy = CloseRecord::Initiator::Client;
        path.connections[0].close.endedUs = 450000;
    };
    play(run->direct, {200000, 395000});
    play(run->tunnel, {200000});
    auto pingFindings = [&p](const RunRecord &r) {
        QStringList kinds;
        for (const Finding &f : RunComparer(p).compare(r).findings)
            if (f.detail.value(QStringLiteral("frame")).toString() == QLatin1String("ping"))
                kinds << f.kind;
        return kinds;
    };
    QCOMPARE(pingFindings(*run), QStringList());
    // The same ping lost well before our close is the tunnel's doing.
    auto lost = makeRun({e, e, e}, {e, e, e});
    play(lost->direct, {200000, 300000});
    play(lost->tunnel, {200000});
    QCOMPARE(pingFindings(*lost), QStringList{QStringLiteral("message_missing")});
}

// A 200 ms heartbeat; the clients close at 455 ms. The server's second beat on the direct
// connection fired late (a loaded machine) and our close got there first; on the tunnel
// connection it came on time. The tunnel's extra ping is the server's, not the tunnel's own.
// A ping the tunnel adds early in the run, with the direct path up long after, still is.
void tst_MessageDiff::serverBeatLateOnTheDirectPathIsNoInjection()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const QString e = QStringLiteral(R"({"type":"event"})");
    auto late = makeRun({e, e, e}, {e, e, e});
    playPings(late->direct, {208000}, 455000);
    playPings(late->tunnel, {212000, 412000}, 458000);
    QCOMPARE(pingFindings(p, *late), QStringList());
    // Pings the tunnel sends right after the upgrade, between the server's beats.
    auto injected = makeRun({e, e, e}, {e, e, e});
    playPings(injected->direct, {208000, 408000, 608000}, 700000);
    playPings(injected->tunnel, {1800, 2000, 212000, 412000, 612000}, 702000);
    QCOMPARE(pingFindings(p, *injected), QStringList{QStringLiteral("message_extra 2")});
}

// Measured through a CONNECT proxy on a loaded machine: a 200 ms heartbeat, the last beat at
// 430.1 ms on the direct path and 434.1 ms on the tunnel path, the clients closing at 451.1 and
// 454.5 ms. The direct beat came 20 ms before its close (judged); the tunnel's, 4 ms later, came
// within 20 ms of the direct close (not judged). It is still the direct beat's partner: nothing
// was lost. The same beat with no partner at all is.
void tst_MessageDiff::lastBeatJudgedOnOnePathOnly()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const QString e = QStringLiteral(R"({"type":"event"})");
    auto both = makeRun({e, e, e}, {e, e, e});
    playPings(both->direct, {214079, 430141}, 451082);
    playPings(both->tunnel, {214090, 434080}, 454480);
    QCOMPARE(pingFindings(p, *both), QStringList());
    auto lost = makeRun({e, e, e}, {e, e, e});
    playPings(lost->direct, {214079, 430141}, 451082);
    playPings(lost->tunnel, {214090}, 454480);
    QCOMPARE(pingFindings(p, *lost), QStringList{QStringLiteral("message_missing 1")});
}

// Two captures made apart (a browser's HAR against a report) stop recording at different points
// of a stream: its last events in one and not the other are not a loss; a one-off message at
// the edge, or a stream message lost mid-stream, still is.
void tst_MessageDiff::streamEdgesOfCapturesMadeApart()
{
    const Profile p = profile(R"({"name":"t","steps":[{"wait_ms":1}]})");
    const auto event = [](int n) { return QStringLiteral(R"({"type":"event","n":%1})").arg(n); };
    const QString hello = QStringLiteral(R"({"type":"hello"})"), invalid = QStringLiteral(R"({"type":"auth_invalid"})");
    const auto findingsOf = [&](const QStringList &direct, const QStringList &tunnel, qsizetype *notComparable) {
        auto run = makeRun(direct, tunnel);
        run->sharedClock = false;
        const MessageDiffResult r = MessageDiff(p).compare(*run);
        *notComparable = r.notComparable;
        QStringList kinds;
        for (const Finding &f : r.findings)
            kinds << f.kind + QLatin1Char(':') + f.detail.value(QStringLiteral("message")).toString();
        return kinds;
    };
    qsizetype apart = 0;
    // The direct session went on one event longer; the tunnel capture began one event later.
    QCOMPARE(findingsOf({hello, event(1), event(2), event(3)}, {hello, event(1), event(2)}, &apart), QStringList());
    QCOMPARE(apart, 1);
    QCOMPARE(findingsOf({event(0), event(1), event(2)}, {event(1), event(2), event(3)}, &apart), QStringList());
    QCOMPARE(apart, 2);
    // A message of a kind neither capture has paired is judged at an edge too.
    QCOMPARE(findingsOf({hello, event(1), event(2), invalid}, {hello, event(1), event(2)}, &apart),
             QStringList{QStringLiteral("message_missing:auth_invalid")});
    QCOMPARE(apart, 0);
    // Mid-stream, a lost event is a loss.
    QCOMPARE(findingsOf({hello, event(1), event(2), event(3)}, {hello, event(1), event(3)}, &apart),
             QStringList{QStringLiteral("message_missing:event")});
    // Sharing a clock, the edges are judged by when each client closed, as before.
    auto run = makeRun({hello, event(1), event(2), event(3)}, {hello, event(1), event(2)});
    QCOMPARE(MessageDiff(p).compare(*run).findings.size(), 1);
}

QTEST_GUILESS_MAIN(tst_MessageDiff)
#include "tst_messagediff.moc"
