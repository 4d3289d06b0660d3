#include "prometheusexposition.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tunnelscope {

PrometheusExposition::Format PrometheusExposition::negotiate(const QByteArray &accept)
{
    // "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"
    double openMetrics = -1, text = -1;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        double q = 1;
        for (const QByteArray &parameter : parts.mid(1))
            if (const QByteArray p = parameter.trimmed(); p.startsWith("q="))
                q = p.mid(2).toDouble();
        if (type == "application/openmetrics-text")
            openMetrics = std::max(openMetrics, q);
        else if (type == "text/plain" || type == "*/*" || type == "text/*")
            text = std::max(text, q);
    }
    return openMetrics > 0 && openMetrics > text ? Format::OpenMetrics : Format::Text;
}

const char *PrometheusExposition::contentType(Format format)
{
    return format == Format::OpenMetrics ? OpenMetricsContentType : ContentType;
}

void PrometheusExposition::family(const QString &name, const QString &type, const QString &help)
{
    // HELP text escapes backslash and line feed (and, in OpenMetrics, the double quote).
    QString h = help;
    h.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QString familyName = name;
    if (m_format == Format::OpenMetrics) {
        h.replace(QLatin1Char('"'), QLatin1String("\\\""));
        if (type == QLatin1String("counter") && familyName.endsWith(QLatin1String("_total")))
            familyName.chop(6);
    }
    m_text += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(familyName, h, type).toUtf8();
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
