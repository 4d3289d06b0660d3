#include "closestname.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tunnelscope {

int ClosestName::distance(const QString &a, const QString &b)
{
    // Optimal string alignment: three rows of the Damerau-Levenshtein table are enough.
    const qsizetype n = b.size();
    std::vector<int> before(n + 1), previous(n + 1), current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[n];
}

QString ClosestName::among(const QString &word, const QStringList &candidates)
{
    const int allowed = std::max(1, int(word.size() / 3));
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        // The distance is at least the difference in length: skip what cannot win.
        if (std::abs(int(candidate.size() - word.size())) >= bestDistance)
            continue;
        const int d = distance(word.toLower(), candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace tunnelscope
