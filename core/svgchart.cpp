#include "svgchart.h"

#include <algorithm>
#include <cmath>

namespace tunnelscope {

namespace {
constexpr int Left = 56, Right = 16, Top = 34, Bottom = 58;

double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v)
            return m * p;
    return 10 * p;
}
} // namespace

QString SvgChart::number(double v)
{
    if (std::fabs(v) >= 100 || v == std::floor(v))
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 3);
}

// The opening tag, the title, and the horizontal grid with its y labels.
QString SvgChart::head(const QString &title, int width, int height, double top)
{
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    QString out = QStringLiteral("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" xmlns=\"http://www.w3.org/2000/svg\">"
                                 "<title>%3</title><text x=\"%4\" y=\"18\" class=\"tt\">%3</text>")
                      .arg(width).arg(height).arg(title.toHtmlEscaped()).arg(Left);
    for (int i = 0; i <= 4; ++i) {
        const double y = Top + plotH - plotH * i / 4.0;
        out += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" class=\"gl\"/><text x=\"%4\" y=\"%5\" class=\"ax\" text-anchor=\"end\">%6</text>")
                   .arg(Left).arg(Left + plotW).arg(y).arg(Left - 6).arg(y + 4).arg(number(top * i / 4.0));
    }
    return out;
}

QString SvgChart::legend(const QList<Series> &series, int x, int y)
{
    QString out;
    for (const Series &s : series) {
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" class=\"lg\">%6</text>")
                   .arg(x).arg(y - 9).arg(s.color).arg(x + 14).arg(y).arg(s.name.toHtmlEscaped());
        x += 24 + int(s.name.size()) * 7;
    }
    return out;
}

QString SvgChart::bars(const QString &title, const QStringList &categories, const QList<Series> &series,
                       int width, int height)
{
    double maxValue = 0;
    for (const Series &s : series)
        for (const QPointF &p : s.points)
            maxValue = std::max(maxValue, p.y());
    const double top = niceCeiling(maxValue);
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    QString out = head(title, width, height, top);
    if (categories.isEmpty()) {
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">no data</text>").arg(Left + plotW / 2).arg(Top + plotH / 2);
    } else {
        const double groupW = double(plotW) / categories.size();
        const double barW = std::clamp((groupW * 0.7) / std::max<qsizetype>(1, series.size()), 2.0, 48.0);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const double gx = Left + groupW * c + (groupW - barW * series.size()) / 2;
            for (qsizetype s = 0; s < series.size(); ++s) {
                const double v = c < series[s].points.size() ? series[s].points[c].y() : 0;
                const double h = plotH * v / top;
                out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title></rect>")
                           .arg(gx + barW * s).arg(Top + plotH - h).arg(barW - 1).arg(h).arg(series[s].color)
                           .arg(series[s].name.toHtmlEscaped() + QStringLiteral(", ") + categories[c].toHtmlEscaped(), number(v));
            }
            out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">%3</text>")
                       .arg(Left + groupW * c + groupW / 2).arg(Top + plotH + 16).arg(categories[c].toHtmlEscaped());
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
            if (points[i].y() < points[lo].y()) lo = i;
            if (points[i].y() > points[hi].y()) hi = i;
        }
        out << points[std::min(lo, hi)];
        if (lo != hi)
            out << points[std::max(lo, hi)];
    }
    return out;
}

QString SvgChart::plot(const QString &title, const QString &xLabel, const QString &yLabel,
                       const QList<Series> &series, int width, int height)
{
    double minX = 1e300, maxX = -1e300, maxY = 0;
    for (const Series &s : series)
        for (const QPointF &p : s.points) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    const bool empty = minX > maxX;
    if (empty) {
        minX = 0;
        maxX = 1;
    }
    if (minX > 0)
        minX = 0;   // time axes start at the beginning
    if (!empty)
        maxX = niceCeiling(maxX);
    if (maxX - minX < 1e-9)
        maxX = minX + 1;
    const double top = niceCeiling(maxY);
    const int plotW = width - Left - Right, plotH = height - Top - Bottom;
    auto px = [&](double x) { return Left + plotW * (x - minX) / (maxX - minX); };
    auto py = [&](double y) { return Top + plotH - plotH * y / top; };
    QString out = head(title, width, height, top);
    for (int i = 0; i <= 4; ++i) {
        const double x = minX + (maxX - minX) * i / 4.0;
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">%3</text>").arg(px(x)).arg(Top + plotH + 16).arg(number(x));
    }
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"end\">%3</text>").arg(Left + plotW).arg(Top + plotH + 30).arg(xLabel.toHtmlEscaped());
    out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\">%3</text>").arg(Left + 4).arg(Top - 4).arg(yLabel.toHtmlEscaped());
    if (empty)
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"ax\" text-anchor=\"middle\">no data</text>").arg(Left + plotW / 2).arg(Top + plotH / 2);
    for (const Series &s : series) {
        if (s.points.isEmpty())
            continue;
        const QList<QPointF> pts = decimate(s.points, 2000);
        if (s.steps) {
            QString d;
            double lastY = 0;
            d += QStringLiteral("M%1,%2").arg(px(minX)).arg(py(0));
            for (const QPointF &p : pts) {
                d += QStringLiteral(" H%1 V%2").arg(px(p.x())).arg(py(p.y()));
                lastY = p.y();
            }
            d += QStringLiteral(" H%1").arg(px(maxX));
            Q_UNUSED(lastY);
            out += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\"/>").arg(d, s.color);
        } else {
            for (const QPointF &p : pts)
                out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2.5\" fill=\"%3\"/>").arg(px(p.x()), 0, 'f', 1).arg(py(p.y()), 0, 'f', 1).arg(s.color);
        }
    }
    out += legend(series, Left, height - 8);
    return out + QStringLiteral("</svg>");
}

} // namespace tunnelscope
