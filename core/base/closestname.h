#pragma once

#include <QString>
#include <QStringList>

namespace tunnelscope {

// The known name a mistyped one most likely meant, for "did you mean" hints: the closest by
// edit distance (a swap of two neighbours counts as one edit), if it is close enough.
class ClosestName
{
public:
    // Empty when no candidate is within a third of the word's length (at least one edit).
    static QString among(const QString &word, const QStringList &candidates);
    // Insertions, deletions, substitutions and swaps of neighbours needed to turn a into b.
    static int distance(const QString &a, const QString &b);
};

} // namespace tunnelscope
