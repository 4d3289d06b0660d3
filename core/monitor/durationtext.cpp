#include "durationtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace tunnelscope {

namespace {

struct Unit
{
    const char *suffix;
    qint64 ms;
    struct
    {
        const char *source, *comment;
    } words; // said to a person: "%n second(s)", context DurationText
};

// Longest suffix first, so "ms" is not read as "m" followed by junk.
constexpr Unit Units[] = {{"ms", 1, QT_TRANSLATE_N_NOOP3("DurationText", "%n ms", "milliseconds")},
                          {"s", 1000, {QT_TRANSLATE_N_NOOP("DurationText", "%n second(s)"), nullptr}},
                          {"m", 60 * 1000, {QT_TRANSLATE_N_NOOP("DurationText", "%n minute(s)"), nullptr}},
                          {"h", 3600 * 1000, {QT_TRANSLATE_N_NOOP("DurationText", "%n hour(s)"), nullptr}},
                          {"d", 24 * 3600 * 1000, {QT_TRANSLATE_N_NOOP("DurationText", "%n day(s)"), nullptr}}};

// The largest unit `ms` is a whole number of; seconds for 0.
const Unit &exactUnit(qint64 ms)
{
    if (ms == 0)
        return Units[1];
    for (auto u = std::rbegin(Units); u != std::rend(Units); ++u)
        if (ms % u->ms == 0)
            return *u;
    return Units[0];
}

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
    const Unit &u = exactUnit(ms);
    return QString::number(ms / u.ms) + QLatin1String(u.suffix);
}

QString DurationText::spoken(qint64 ms)
{
    const Unit &u = exactUnit(ms);
    const qint64 n = std::min<qint64>(ms / u.ms, std::numeric_limits<int>::max());
    return QCoreApplication::translate("DurationText", u.words.source, u.words.comment, int(n));
}

} // namespace tunnelscope
