#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace tunnelscope {

// Small self-contained SVG charts for reports: no script, no external resource, every
// label escaped. Plain data in, markup out, so the drawing can change without the data.
class SvgChart
{
public:
    struct Series
    {
        QString name;
        QString color;
        QList<QPointF> points;
        bool steps = false;    // draw as a step line instead of dots
    };

    // Grouped bars: one group per category, one bar per series value.
    static QString bars(const QString &title, const QStringList &categories, const QList<Series> &series,
                        int width = 560, int height = 240);
    // Points or step lines over a numeric x axis.
    static QString plot(const QString &title, const QString &xLabel, const QString &yLabel,
                        const QList<Series> &series, int width = 560, int height = 240);
    // At most `maxPoints` points, keeping each bucket's extremes (a spike stays visible).
    static QList<QPointF> decimate(const QList<QPointF> &points, int maxPoints);

private:
    static QString head(const QString &title, int width, int height, double top);
    static QString legend(const QList<Series> &series, int x, int y);
    static QString number(double v);
};

} // namespace tunnelscope
