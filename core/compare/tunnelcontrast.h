#pragma once

#include "findinggroups.h"
#include "sentence.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tunnelscope {

// With several tunnels against the same direct path: what some tunnels did and the others did
// not, which names the tunnel at fault. "auth_invalid lost in 3/3 runs through vendor-relay,
// 0/3 through nginx: vendor-relay is at fault".
struct TunnelContrast
{
    struct Share
    {
        QString tunnel;
        int affected = 0; // runs in which it lost the message, or had the finding
        int runs = 0;     // runs judged through it (that saw the message directly)
    };

    QString message;     // the message lost, when about delivery; empty for a finding
    QString kind;        // the finding's kind, when about a finding
    Sentence subject;    // what happened: "auth_invalid lost", or a finding's sentence
    QList<Share> shares; // the most affected first

    // The tunnels that did it, as they are named.
    QStringList atFault() const;
    Sentence sentence() const;

    // From a report's delivery and groups; `judgedThrough` counts the judged runs per tunnel.
    static QList<TunnelContrast> of(const QList<Delivery> &delivery, const QList<FindingGroup> &groups,
                                    const QMap<QString, int> &judgedThrough);
};

} // namespace tunnelscope
