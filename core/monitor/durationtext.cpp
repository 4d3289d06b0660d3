#include "durationtext.h"

#include <QRegularExpression>

#include <limits>

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

QString DurationText::spoken(qint64 ms)
{
    constexpr qint64 Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;
    const auto n = [ms](qint64 unit) { return int(std::min<qint64>(ms / unit, std::numeric_limits<int>::max())); };
    if (ms != 0 && ms % Day == 0)
        return tr("%n day(s)", nullptr, n(Day));
    if (ms != 0 && ms % Hour == 0)
        return tr("%n hour(s)", nullptr, n(Hour));
    if (ms != 0 && ms % Minute == 0)
        return tr("%n minute(s)", nullptr, n(Minute));
    if (ms % Second == 0)
        return tr("%n second(s)", nullptr, n(Second));
    return tr("%n ms", "milliseconds", n(1));
}

} // namespace tunnelscope
