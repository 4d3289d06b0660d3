#include "durationtext.h"

#include <QRegularExpression>

namespace tunnelscope {

namespace {

struct Unit
{
    const char *suffix;
    qint64 ms;
};

// Longest suffix first, so "ms" is not read as "m" followed by junk.
constexpr Unit Units[] = {{"ms", 1}, {"s", 1000}, {"m", 60 * 1000}, {"h", 3600 * 1000}, {"d", 24 * 3600 * 1000}};

} // namespace

std::optional<qint64> DurationText::parseMs(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,9})(ms|s|m|h|d)?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString suffix = m.captured(2).isEmpty() ? QStringLiteral("s") : m.captured(2);
    for (const Unit &u : Units)
        if (suffix == QLatin1String(u.suffix))
            return n * u.ms;
    return std::nullopt;
}

QString DurationText::format(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    for (auto u = std::rbegin(Units); u != std::rend(Units); ++u)
        if (ms % u->ms == 0)
            return QString::number(ms / u->ms) + QLatin1String(u->suffix);
    return QString::number(ms) + QStringLiteral("ms");
}

} // namespace tunnelscope
