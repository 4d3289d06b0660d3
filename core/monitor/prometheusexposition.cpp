#include "prometheusexposition.h"

#include <QLocale>

#include <cmath>

namespace tunnelscope {

void PrometheusExposition::family(const QString &name, const QString &type, const QString &help)
{
    // HELP text escapes backslash and line feed only.
    QString h = help;
    h.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(name, h, type).toUtf8();
}

void PrometheusExposition::sample(const QString &name, const Labels &labels, double value)
{
    QString line = name;
    if (!labels.isEmpty()) {
        QStringList parts;
        for (const auto &[key, v] : labels)
            parts << QStringLiteral("%1=\"%2\"").arg(key, escapeLabelValue(v));
        line += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    line += QLatin1Char(' ') + formatValue(value) + QLatin1Char('\n');
    m_text += line.toUtf8();
}

QString PrometheusExposition::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString PrometheusExposition::formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // Whole numbers (counters, most gauges) without an exponent; the rest round-trips.
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    // Plain decimals where they are short (bucket bounds read "0.0005", as Go's client writes them).
    const double magnitude = std::fabs(value);
    const char format = magnitude >= 1e-4 && magnitude < 1e15 ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

} // namespace tunnelscope
