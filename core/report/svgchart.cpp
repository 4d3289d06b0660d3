#include "svgchart.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

namespace {
constexpr int Left = 56, Right = 16, Top = 34, Bottom = 58;
constexpr int MaxSteps = 5;
} // namespace

AxisScale SvgChart::timeScale(double maxSeconds)
{
    return AxisScale::fit(0, std::max(maxSeconds, 0.0), MaxSteps);
}

AxisScale SvgChart::valueScale(double minValue, double maxValue, bool counts)
{
    return AxisScale::fit(std::min(minValue, 0.0), std::max(maxValue, counts ? 1.0 : 0.0), MaxSteps, counts);
}

// The opening tag, the title, and the horizontal grid with its y labels.
QString SvgChart::head(const QString &title, int width, int height, const AxisScale &y)
{
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    QString out = QStringLiteral("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                                 "xmlns=\"http://www.w3.org/2000/svg\">"
                                 "<title>%3</title><text x=\"%4\" y=\"18\" class=\"tt\">%3</text>")
                      .arg(width)
                      .arg(height)
                      .arg(title.toHtmlEscaped())
                      .arg(Left);
    for (const double v : y.ticks()) {
        const double py = Top + plotH - plotH * (v - y.min()) / (y.max() - y.min());
        out += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" class=\"gl\"/><text x=\"%4\" y=\"%5\" class=\"ax\" "
                              "text-anchor=\"end\">%6</text>")
                   .arg(Left)
                   .arg(Left + plotW)
                   .arg(py)
                   .arg(Left - 6)
                   .arg(py + 4)
                   .arg(y.label(v));
    }
    return out;
}

QString SvgChart::marker(Marker shape, double x, double y, const QString &color)
{
    switch (shape) {
    case Marker::Square:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"5\" height=\"5\" fill=\"%3\"/>")
            .arg(x - 2.5, 0, 'f', 1)
            .arg(y - 2.5, 0, 'f', 1)
            .arg(color);
    case Marker::Triangle:
        return QStringLiteral("<path d=\"M%1,%2 l3,5.2 h-6 z\" fill=\"%3\"/>")
            .arg(x, 0, 'f', 1)
            .arg(y - 3.5, 0, 'f', 1)
            .arg(color);
    case Marker::Circle:
        break;
    }
    return QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"/>").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1).arg(color);
}

QString SvgChart::legend(const QList<Series> &series, int x, int y)
{
    QString out;
    for (const Series &s : series) {
        out += (s.steps ? QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"3\" fill=\"%3\"/>")
                              .arg(x)
                              .arg(y - 5)
                              .arg(s.color)
                        : marker(s.marker, x + 5, y - 4, s.color))
            + QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"lg\">%3</text>").arg(x + 14).arg(y).arg(s.name.toHtmlEscaped());
        x += 24 + int(s.name.size()) * 7;
    }
    return out;
}

QString SvgChart::bars(const QString &title, const QStringList &categories, const QList<Series> &series, int width, int height)
{
    double maxValue = 0;
    for (const Series &s : series)
        for (const QPointF &p : s.points)
            maxValue = std::max(maxValue, p.y());
    const AxisScale y = valueScale(0, maxValue, true);
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    QString out = head(title, width, height, y);
    if (categories.isEmpty()) {
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">no data</text>")
                   .arg(Left + plotW / 2)
                   .arg(Top + plotH / 2);
    } else {
        const double groupW = double(plotW) / categories.size();
        const double barW = std::clamp((groupW * 0.7) / std::max<qsizetype>(1, series.size()), 2.0, 48.0);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const double gx = Left + groupW * c + (groupW - barW * series.size()) / 2;
            for (qsizetype s = 0; s < series.size(); ++s) {
                const double v = c < series[s].points.size() ? series[s].points[c].y() : 0;
                const double h = plotH * v / y.max();
                out += QStringLiteral(
                           "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title></rect>")
                           .arg(gx + barW * s)
                           .arg(Top + plotH - h)
                           .arg(barW - 1)
                           .arg(h)
                           .arg(series[s].color)
                           .arg(series[s].name.toHtmlEscaped() + QStringLiteral(", ") + categories[c].toHtmlEscaped(),
                                y.label(v));
            }
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">%3</text>")
                       .arg(Left + groupW * c + groupW / 2)
                       .arg(Top + plotH + 16)
                       .arg(categories[c].toHtmlEscaped());
        }
    }
    out += legend(series, Left, height - 8);
    return out + QStringLiteral("</svg>");
}

QList<QPointF> SvgChart::decimate(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 4)
        return points;
    QList<QPointF> out;
    const qsizetype buckets = maxPoints / 2;
    const double per = double(points.size()) / buckets;
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype from = qsizetype(b * per), to = std::min(points.size(), qsizetype((b + 1) * per));
        if (from >= to)
            continue;
        qsizetype lo = from, hi = from;
        for (qsizetype i = from; i < to; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        out << points[std::min(lo, hi)];
        if (lo != hi)
            out << points[std::max(lo, hi)];
    }
    return out;
}

QString SvgChart::plot(const QString &title, const QString &xLabel, const QString &yLabel, const QList<Series> &series,
                       double untilSeconds, bool countsOnY, int width, int height)
{
    double maxX = std::max(untilSeconds, 0.0), minY = 0, maxY = 0;
    // A step line with no steps is a count that stayed 0: drawn, once there is a time span.
    bool empty = std::none_of(series.cbegin(), series.cend(), [maxX](const Series &s) { return s.steps && maxX > 0; });
    for (const Series &s : series)
        for (const QPointF &p : s.points) {
            empty = false;
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    const AxisScale x = timeScale(maxX), y = valueScale(minY, maxY, countsOnY);
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    auto px = [&](double v) { return Left + plotW * (v - x.min()) / (x.max() - x.min()); };
    auto py = [&](double v) { return Top + plotH - plotH * (v - y.min()) / (y.max() - y.min()); };
    QString out = head(title, width, height, y);
    for (const double v : x.ticks())
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">%3</text>")
                   .arg(px(v))
                   .arg(Top + plotH + 16)
                   .arg(x.label(v));
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"end\">%3</text>")
               .arg(Left + plotW)
               .arg(Top + plotH + 30)
               .arg(xLabel.toHtmlEscaped());
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\">%3</text>")
               .arg(Left + 4)
               .arg(Top - 4)
               .arg(yLabel.toHtmlEscaped());
    if (empty)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">no data</text>")
                   .arg(Left + plotW / 2)
                   .arg(Top + plotH / 2);
    for (const Series &s : series) {
        if (s.points.isEmpty() && !s.steps)
            continue;
        const QList<QPointF> pts = decimate(s.points, 2000);
        if (s.steps) {
            QString d = QStringLiteral("M%1,%2").arg(px(0)).arg(py(0));
            for (const QPointF &p : pts)
                d += QStringLiteral(" H%1 V%2").arg(px(p.x())).arg(py(p.y()));
            d += QStringLiteral(" H%1").arg(px(maxX));
            out += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"/>").arg(d, s.color);
        } else {
            for (const QPointF &p : pts)
                out += marker(s.marker, px(p.x()), py(p.y()), s.color);
        }
    }
    out += legend(series, Left, height - 8);
    return out + QStringLiteral("</svg>");
}

} // namespace tunnelscope
