#include "findinggroups.h"

#include <QRegularExpression>
#include <algorithm>

namespace tunnelscope {

Sentence FindingGroup::frequency() const
{
    const Sentence runs = consistent() && runsTotal > 1
        ? Sentence::translate("FindingGroups", "every run (%1/%2)").arg(runsAffected, runsTotal)
        : Sentence::translate("FindingGroups", "%1/%2 run(s)", "runs affected out of the runs judged")
              .arg(runsAffected, runsTotal);
    return count > runsAffected
        ? Sentence::translate("FindingGroups", "%1, %n time(s)", "how often in those runs", count).arg(runs)
        : runs;
}

QString FindingGroups::groupKey(const Finding &f)
{
    // The cause without its numbers and ids: "ended at 153 ms" and "ended at 394 ms" say the
    // same, and so do two prompts' ids ("GET /history/d7cf3840…").
    static const QRegularExpression ids(QStringLiteral("\\b(?=[0-9a-f]*\\d)[0-9a-f]{6,}\\b"));
    static const QRegularExpression numbers(QStringLiteral("[-+]?\\d+(?:[.,]\\d+)?"));
    // "1 ping" and "2 pings" say the same too.
    static const QRegularExpression counted(QStringLiteral("(# \\w+?)s\\b"));
    QString cause = f.summary.english();
    cause.replace(ids, QStringLiteral("#"));
    cause.replace(numbers, QStringLiteral("#"));
    cause.replace(counted, QStringLiteral("\\1"));
    return f.kind + QLatin1Char('\n') + QString::number(int(f.severity)) + QLatin1Char('\n') + f.path + QLatin1Char('\n') + cause;
}

QList<FindingGroup> FindingGroups::group(const QList<QList<Finding>> &findings, const QList<bool> &judged,
                                         const QStringList &identities, const QStringList &tunnels)
{
    QMap<QString, int> judgedAs; // runs judged per identity ("" without a sweep)
    for (qsizetype r = 0; r < findings.size(); ++r)
        if (judged.value(r)) {
            ++judgedAs[identities.value(r) + QLatin1Char('\n') + tunnels.value(r)];
            // The direct path's findings are counted once per run: with its first tunnel.
            if (!tunnels.value(r).isEmpty() && tunnels.value(r) == tunnels.value(0))
                ++judgedAs[identities.value(r) + QLatin1Char('\n')];
        }
    QList<FindingGroup> groups;
    QMap<QString, qsizetype> byKey;
    QList<QSet<qsizetype>> runsOf;
    for (qsizetype r = 0; r < findings.size(); ++r) {
        if (!judged.value(r))
            continue;
        for (qsizetype i = 0; i < findings[r].size(); ++i) {
            const Finding &f = findings[r][i];
            const QString identity = identities.value(r);
            // With several tunnels, a tunnel's finding is that tunnel's (its group's path is the
            // tunnel's name); a direct path's is the run's, said once.
            const bool direct = f.path == QLatin1String("direct");
            if (direct && tunnels.value(r) != tunnels.value(0))
                continue;
            const QString tunnel = direct ? QString() : tunnels.value(r);
            const QString split = identity + QLatin1Char('\n') + tunnel;
            const QString cause = groupKey(f);
            const QString key = cause + QLatin1Char('\n') + split;
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                FindingGroup g;
                g.kind = f.kind;
                g.severity = f.severity;
                g.path = tunnel.isEmpty() ? f.path : tunnel;
                g.message = f.detail.value(QStringLiteral("message")).toString();
                g.identity = identity;
                g.tunnel = tunnel;
                g.summary = f.summary;
                g.cause = cause;
                g.key = key;
                g.runsTotal = judgedAs.value(split);
                it = byKey.insert(key, groups.size());
                groups.append(g);
                runsOf.append(QSet<qsizetype>());
            }
            FindingGroup &g = groups[*it];
            ++g.count;
            g.members.append({r, i});
            runsOf[*it].insert(r);
            g.runsAffected = int(runsOf[*it].size());
        }
    }
    // Critical first, then the runs affected, then how often; the first seen first on ties.
    std::stable_sort(groups.begin(), groups.end(), [](const FindingGroup &a, const FindingGroup &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.runsAffected != b.runsAffected)
            return a.runsAffected > b.runsAffected;
        return a.count > b.count;
    });
    return groups;
}

QList<Delivery> FindingGroups::delivery(const QList<std::pair<QSet<QString>, QSet<QString>>> &received, const QList<bool> &judged,
                                        const QStringList &identities, const QStringList &tunnels)
{
    QMap<std::pair<QString, QString>, Delivery> byMessage; // by message, then identity
    const QString firstTunnel = tunnels.value(0);
    for (qsizetype r = 0; r < received.size(); ++r) {
        if (!judged.value(r))
            continue;
        const auto &[direct, tunnel] = received[r];
        const QString name = tunnels.value(r).isEmpty() ? QStringLiteral("tunnel") : tunnels.value(r);
        // The direct path is the same in each of a run's records: counted with the first.
        const bool countsDirect = tunnels.value(r) == firstTunnel;
        for (const QString &message : direct) {
            Delivery &d = byMessage[{message, identities.value(r)}];
            d.message = message;
            d.identity = identities.value(r);
            if (countsDirect) {
                ++d.runs;
                ++d.paths[QStringLiteral("direct")];
            }
            d.paths[name] += tunnel.contains(message) ? 1 : 0;
        }
    }
    return byMessage.values();
}

} // namespace tunnelscope
