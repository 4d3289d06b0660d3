#include "tunnelcontrast.h"

#include "contrastshares.h"

#include <QSet>

namespace tunnelscope {

QStringList TunnelContrast::atFault() const
{
    QStringList names;
    for (const Share &s : shares)
        if (s.affected > 0)
            names << s.tunnel;
    return names;
}

Sentence TunnelContrast::sentence() const
{
    // "auth_invalid lost in 3/3 runs through vendor-relay, 0/3 through nginx: vendor-relay is at fault"
    QList<Sentence> parts;
    for (const Share &s : shares)
        parts << (parts.isEmpty() ? Sentence::translate("TunnelContrast", "%1/%2 runs through %3")
                                  : Sentence::translate("TunnelContrast", "%1/%2 through %3"))
                     .arg(s.affected, s.runs, s.tunnel);
    const QStringList faulty = atFault();
    const Sentence who = faulty.size() == 1 ? Sentence::translate("TunnelContrast", "%1 is at fault").arg(faulty.first())
                                            : Sentence::translate("TunnelContrast", "%1 and %2 are at fault")
                                                  .arg(faulty.first(faulty.size() - 1).join(QStringLiteral(", ")), faulty.last());
    return Sentence::translate("TunnelContrast", "%1 in %2: %3").arg(subject, Sentence::listed(parts), who);
}

QList<TunnelContrast> TunnelContrast::of(const QList<Delivery> &delivery, const QList<FindingGroup> &groups,
                                         const QMap<QString, int> &judgedThrough)
{
    QList<TunnelContrast> found;
    if (judgedThrough.size() < 2)
        return found;
    // Delivery, all identities together: per message, the runs each tunnel lost it in.
    QMap<QString, QMap<QString, Share>> lost;
    for (const Delivery &d : delivery)
        for (auto it = judgedThrough.begin(); it != judgedThrough.end(); ++it) {
            Share &s = lost[d.message][it.key()];
            s.tunnel = it.key();
            s.runs += d.runs;
            s.affected += d.runs - d.paths.value(it.key());
        }
    QSet<QString> messagesContrasted;
    for (auto it = lost.begin(); it != lost.end(); ++it) {
        TunnelContrast c;
        c.message = it.key();
        c.subject = Sentence::translate("TunnelContrast", "%1 lost").arg(c.message);
        c.shares = it.value().values();
        if (!ContrastShares::someHitSomeSpared(c.shares))
            continue;
        ContrastShares::mostAffectedFirst(&c.shares);
        messagesContrasted.insert(c.message);
        found.append(c);
    }
    // Findings: a group that came through some tunnels and never through the others.
    QMap<QString, qsizetype> byCause;
    QList<TunnelContrast> byGroup;
    for (const FindingGroup &g : groups) {
        if (g.severity == Finding::Severity::Info || g.tunnel.isEmpty() || messagesContrasted.contains(g.message))
            continue;
        const QString cause = g.cause + QLatin1Char('\n') + g.identity;
        auto it = byCause.find(cause);
        if (it == byCause.end()) {
            TunnelContrast c;
            c.kind = g.kind;
            c.subject = g.summary;
            for (auto j = judgedThrough.begin(); j != judgedThrough.end(); ++j)
                c.shares.append({j.key(), 0, j.value()});
            it = byCause.insert(cause, byGroup.size());
            byGroup.append(c);
        }
        for (Share &s : byGroup[*it].shares)
            if (s.tunnel == g.tunnel)
                s.affected += g.runsAffected;
    }
    for (TunnelContrast &c : byGroup) {
        if (!ContrastShares::someHitSomeSpared(c.shares))
            continue;
        ContrastShares::mostAffectedFirst(&c.shares);
        found.append(c);
    }
    return found;
}

} // namespace tunnelscope
