#include "watchtally.h"

#include "comparisonreport.h"
#include "runclock.h"

#include <algorithm>

namespace tunnelscope {

namespace {

template<typename Key> void addCounts(QMap<Key, quint64> *into, const QMap<Key, quint64> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        (*into)[it.key()] += it.value();
}

void tallyPath(const PathRecord &record, WatchTally::PathTally *path)
{
    path->up += WatchTally::pathUp(record) ? 1 : 0;
    for (const ConnectionRecord &c : record.connections) {
        if (c.handshake.ok && c.handshake.startUs >= 0 && c.handshake.answerUs >= 0)
            path->handshakeMs.add(RunClock::toMs(c.handshake.answerUs - c.handshake.startUs));
        if (c.handshake.ok)
            ++path->closes[WatchTally::closeCodeLabel(c.close.code)];
    }
    for (const PingSample &ping : record.pings)
        if (ping.rttUs >= 0)
            path->pingRttMs.add(RunClock::toMs(ping.rttUs));
    path->reconnects += quint64(record.reconnects());
}

} // namespace

void WatchTally::merge(const WatchTally &other)
{
    plays += other.plays;
    runs += other.runs;
    addCounts(&verdicts, other.verdicts);
    addCounts(&runsAs, other.runsAs);
    for (int k = 0; k < 2; ++k) {
        PathTally &p = paths[k];
        const PathTally &o = other.paths[k];
        p.up += o.up;
        p.handshakeMs.merge(o.handshakeMs);
        p.pingRttMs.merge(o.pingRttMs);
        p.deltaMs.merge(o.deltaMs);
        addCounts(&p.closes, o.closes);
        p.reconnects += o.reconnects;
        addCounts(&p.delivered, o.delivered);
    }
    addCounts(&expected, other.expected);
    for (auto g = other.groups.cbegin(); g != other.groups.cend(); ++g) {
        GroupTally &mine = groups[g.key()];
        mine.runs += g->runs;
        mine.count += g->count;
    }
}

WatchTally WatchTally::ofReport(const ComparisonReport &report)
{
    WatchTally t;
    t.plays = 1;
    for (std::size_t i = 0; i < report.runs().size(); ++i) {
        const RunRecord &run = *report.runs()[i];
        if (run.interrupted)
            continue; // cut by a stop: never counted, never judged
        ++t.runs;
        ++t.verdicts[runVerdict(report.findings(qsizetype(i)))];
        if (!run.identity.isEmpty())
            ++t.runsAs[run.identity];
        tallyPath(run.direct, &t.paths[0]);
        tallyPath(run.tunnel, &t.paths[1]);
        for (const double ms : report.diff(qsizetype(i)).deltasMs)
            t.paths[1].deltaMs.add(ms);
    }
    for (const Delivery &d : report.delivery()) {
        // Split by identity when swept: "auth_invalid as ios-app".
        const QString message = d.identity.isEmpty() ? d.message : QStringLiteral("%1 as %2").arg(d.message, d.identity);
        t.expected[message] += quint64(d.runs);
        t.paths[0].delivered[message] += quint64(d.paths.value(QStringLiteral("direct")));
        t.paths[1].delivered[message] += quint64(d.paths.value(QStringLiteral("tunnel")));
    }
    for (const FindingGroup &g : report.groups())
        t.groups[g.key] = {quint64(g.runsAffected), quint64(g.count)};
    return t;
}

QString WatchTally::runVerdict(const QList<Finding> &findings)
{
    QString verdict = QStringLiteral("clean");
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Critical)
            return QStringLiteral("broken");
        if (f.severity == Finding::Severity::Warning)
            verdict = QStringLiteral("degraded");
    }
    return verdict;
}

bool WatchTally::pathUp(const PathRecord &record)
{
    return record.everConnected()
        && std::all_of(record.steps.cbegin(), record.steps.cend(), [](const StepOutcome &s) { return s.ok; });
}

QString WatchTally::closeCodeLabel(int code)
{
    return code >= 1000 && code <= 4999 ? QString::number(code) : QStringLiteral("invalid");
}

} // namespace tunnelscope
