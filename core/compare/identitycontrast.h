#pragma once

#include "findinggroups.h"
#include "sentence.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tunnelscope {

// Where the tunnel treated the swept client identities differently: a critical message it
// delivered as some identities and lost as others, or a finding that came as some and never as
// the others. The sentence a person acts on: "auth_invalid lost in 7/7 runs as ios-app, 0/7 as
// browser: the tunnel treats these clients differently".
struct IdentityContrast
{
    struct Share
    {
        QString identity;
        int affected = 0; // runs in which it was lost, or had the finding
        int runs = 0;     // runs judged as this identity (that saw the message directly)
    };

    QString message;     // the message lost, when about delivery; empty for a finding
    QString kind;        // the finding's kind, when about a finding
    Sentence subject;    // what happened, as a person reads it: "auth_invalid lost", a finding's sentence
    QString path;        // the path that did it: "tunnel" or a tunnel's name
    QList<Share> shares; // the most affected first

    Sentence sentence() const;

    // From the delivery and the groups of one report, split by identity. `judgedAs` counts the
    // judged runs per identity.
    static QList<IdentityContrast> of(const QList<Delivery> &delivery, const QList<FindingGroup> &groups,
                                      const QMap<QString, int> &judgedAs);
};

} // namespace tunnelscope
