#pragma once

#include "axisscale.h"

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
    // How a series' points are drawn (the window's scatter series use the same shapes, so a
    // series is told apart without its colour).
    enum class Marker { Circle, Square, Triangle };
    struct Series
    {
        QString name;
        QString color;
        QList<QPointF> points;
        bool steps = false; // draw as a step line instead of markers
        Marker marker = Marker::Circle;
    };

    // Grouped bars of counts: one group per category, one bar per series value.
    static QString bars(const QString &title, const QStringList &categories, const QList<Series> &series, int width = 560,
                        int height = 240);
    // Points or step lines over time from 0 to `untilSeconds` (or the last point, if later);
    // `countsOnY`: whole numbers on the y axis.
    static QString plot(const QString &title, const QString &xLabel, const QString &yLabel, const QList<Series> &series,
                        double untilSeconds, bool countsOnY = false, int width = 560, int height = 240);
    // At most `maxPoints` points, keeping each bucket's extremes (a spike stays visible).
    static QList<QPointF> decimate(const QList<QPointF> &points, int maxPoints);

    // The scales both the report and the window use for the same data: time from 0 in
    // seconds; values from 0 (or below, for negative values).
    static AxisScale timeScale(double maxSeconds);
    static AxisScale valueScale(double minValue, double maxValue, bool counts);

private:
    static QString head(const QString &title, int width, int height, const AxisScale &y);
    static QString legend(const QList<Series> &series, int x, int y);
    static QString marker(Marker shape, double x, double y, const QString &color);
};

} // namespace tunnelscope
