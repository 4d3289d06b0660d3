#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// Writes Prometheus's text exposition format, version 0.0.4, or OpenMetrics 1.0.0 (what
// Prometheus asks for first): each family's HELP and TYPE once, then its samples, label values
// escaped as the format asks (backslash, double quote, line feed), numbers as Go's ParseFloat
// reads them (+Inf, -Inf, NaN). OpenMetrics names a counter's family without its `_total`
// (the samples keep it) and ends with `# EOF`.
class PrometheusExposition
{
public:
    using Labels = QList<QPair<QString, QString>>;
    enum class Format { Text, OpenMetrics };

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";
    static constexpr const char *OpenMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    explicit PrometheusExposition(Format format = Format::Text) : m_format(format) { }

    // The format an HTTP Accept header prefers (OpenMetrics only when it is asked for above
    // the text format), as Prometheus negotiates it.
    static Format negotiate(const QByteArray &accept);
    static const char *contentType(Format format);

    void family(const QString &name, const QString &type, const QString &help);
    void sample(const QString &name, const Labels &labels, double value);
    QByteArray text() const { return m_format == Format::OpenMetrics ? m_text + "# EOF\n" : m_text; }

    static QString escapeLabelValue(const QString &value);
    static QString formatValue(double value);

private:
    Format m_format;
    QByteArray m_text;
};

} // namespace tunnelscope
