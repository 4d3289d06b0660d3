#include "identitycontrast.h"

#include "contrastshares.h"

#include <QSet>

namespace tunnelscope {

Sentence IdentityContrast::sentence() const
{
    // "auth_invalid lost in 7/7 runs as ios-app, 0/7 as browser"
    QList<Sentence> parts;
    for (const Share &s : std::as_const(this->shares))
        parts << (parts.isEmpty() ? Sentence::translate("IdentityContrast", "%1/%2 runs as %3")
                                  : Sentence::translate("IdentityContrast", "%1/%2 as %3"))
                     .arg(s.affected, s.runs, s.identity);
    return path == QLatin1String("tunnel")
        ? Sentence::translate("IdentityContrast", "%1 in %2: the tunnel treats these clients differently")
              .arg(subject, Sentence::listed(parts))
        : Sentence::translate("IdentityContrast", "%1 in %2: the tunnel %3 treats these clients differently")
              .arg(subject, Sentence::listed(parts), path);
}

QList<IdentityContrast> IdentityContrast::of(const QList<Delivery> &delivery, const QList<FindingGroup> &groups,
                                             const QMap<QString, int> &judgedAs)
{
    QList<IdentityContrast> found;
    if (judgedAs.size() < 2)
        return found;
    // Delivery: per message and path, the runs each identity lost it in.
    QMap<std::pair<QString, QString>, QList<Share>> lost;
    for (const Delivery &d : delivery)
        for (auto it = d.paths.begin(); it != d.paths.end(); ++it)
            if (it.key() != QLatin1String("direct") && d.runs > 0)
                lost[{d.message, it.key()}].append({d.identity, d.runs - it.value(), d.runs});
    QSet<QString> messagesContrasted;
    for (auto it = lost.begin(); it != lost.end(); ++it) {
        if (it.value().size() < 2 || !ContrastShares::someHitSomeSpared(it.value()))
            continue;
        IdentityContrast c;
        c.message = it.key().first;
        c.path = it.key().second;
        c.subject = Sentence::translate("IdentityContrast", "%1 lost").arg(c.message);
        c.shares = it.value();
        ContrastShares::mostAffectedFirst(&c.shares);
        messagesContrasted.insert(c.message);
        found.append(c);
    }
    // Findings: a group that came as some identities and never as others. A message whose
    // delivery already contrasts is said once, by its delivery.
    QMap<QString, qsizetype> byCause;
    QList<IdentityContrast> byGroup;
    for (const FindingGroup &g : groups) {
        if (g.severity == Finding::Severity::Info || g.identity.isEmpty() || messagesContrasted.contains(g.message))
            continue;
        auto it = byCause.find(g.cause);
        if (it == byCause.end()) {
            IdentityContrast c;
            c.kind = g.kind;
            c.subject = g.summary;
            c.path = g.path.isEmpty() ? QStringLiteral("tunnel") : g.path;
            for (auto j = judgedAs.begin(); j != judgedAs.end(); ++j)
                c.shares.append({j.key(), 0, j.value()});
            it = byCause.insert(g.cause, byGroup.size());
            byGroup.append(c);
        }
        for (Share &s : byGroup[*it].shares)
            if (s.identity == g.identity)
                s.affected = g.runsAffected;
    }
    for (IdentityContrast &c : byGroup) {
        if (!ContrastShares::someHitSomeSpared(c.shares))
            continue;
        ContrastShares::mostAffectedFirst(&c.shares);
        found.append(c);
    }
    return found;
}

} // namespace tunnelscope
