#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// Writes Prometheus's text exposition format, version 0.0.4: each family's HELP and TYPE
// once, then its samples, label values escaped as the format asks (backslash, double quote,
// line feed), numbers as Go's ParseFloat reads them (+Inf, -Inf, NaN).
class PrometheusExposition
{
public:
    using Labels = QList<QPair<QString, QString>>;

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

    void family(const QString &name, const QString &type, const QString &help);
    void sample(const QString &name, const Labels &labels, double value);
    QByteArray text() const { return m_text; }

    static QString escapeLabelValue(const QString &value);
    static QString formatValue(double value);

private:
    QByteArray m_text;
};

} // namespace tunnelscope
