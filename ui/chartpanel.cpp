#include "chartpanel.h"

#include "axisscale.h"
#include "chartdata.h"
#include "chartfonts.h"
#include "closepayload.h"
#include "svgchart.h"
#include "themecolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QValueAxis>
#include <cmath>

namespace tunnelscope {

namespace {
// A step line from cumulative points: up at each event, flat in between.
QList<QPointF> steps(const QList<QPointF> &points, double until)
{
    QList<QPointF> out{QPointF(0, 0)};
    for (const QPointF &p : points) {
        out << QPointF(p.x(), out.last().y()) << p;
    }
    out << QPointF(std::max(until, out.last().x()), out.last().y());
    return out;
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QChart *reconnects = buildReconnectsChart();
    QChart *closes = buildClosesChart();
    QChart *latency = buildLatencyChart();

    for (QChart *chart : {reconnects, closes, latency}) {
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setShowToolTips(true);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    // The latency chart has the most to show (three series, many points): the most room.
    m_pages[int(Chart::Reconnects)]
        = addChart(reconnects, tr("No data yet: the reconnects of each path appear here as the profile plays."), 2);
    m_pages[int(Chart::Closes)] = addChart(closes, tr("No data yet: how each connection ended appears here once one has."), 2);
    m_pages[int(Chart::Latency)]
        = addChart(latency, tr("No data yet: ping round trips and the latency the tunnel adds to each message appear here."), 3);
    m_charts[int(Chart::Reconnects)] = reconnects;
    m_charts[int(Chart::Closes)] = closes;
    m_charts[int(Chart::Latency)] = latency;
    applyColors();
    applyFonts();
    setData(ChartData());
    m_updates = 0;
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

// The charts in the palette's colours, each path in its own colour on all three.
// Ticks, axis titles and legends a step smaller than the window's font: a chart is about 200 px
// high, and a CJK font's taller lines left no room for them (Qt Charts then shows "…").
void ChartPanel::applyFonts()
{
    for (QChart *chart : m_charts)
        ChartFonts::apply(chart, font());
}

void ChartPanel::applyColors()
{
    const ThemeColors colors = ThemeColors::forPalette(palette());
    for (QChart *chart : m_charts)
        colors.applyTo(chart, palette());
    m_reconnectsDirect->setPen(QPen(colors.direct(), 2));
    m_reconnectsTunnel->setPen(QPen(colors.tunnel(), 2));
    m_closeDirect->setColor(colors.direct());
    m_closeTunnel->setColor(colors.tunnel());
    for (auto [s, color] :
         {std::pair{m_rttDirect, colors.direct()}, std::pair{m_rttTunnel, colors.tunnel()}, std::pair{m_delta, colors.delta()}}) {
        s->setColor(color);
        s->setBorderColor(color);
    }
}

QColor ChartPanel::seriesColor(const QString &series) const
{
    if (series == QLatin1String("reconnects.direct"))
        return m_reconnectsDirect->pen().color();
    if (series == QLatin1String("reconnects.tunnel"))
        return m_reconnectsTunnel->pen().color();
    if (series == QLatin1String("closes.direct"))
        return m_closeDirect->color();
    if (series == QLatin1String("closes.tunnel"))
        return m_closeTunnel->color();
    if (series == QLatin1String("rtt.direct"))
        return m_rttDirect->color();
    if (series == QLatin1String("rtt.tunnel"))
        return m_rttTunnel->color();
    return series == QLatin1String("delta") ? m_delta->color() : QColor();
}

// Reconnects per path, as steps over time.
QChart *ChartPanel::buildReconnectsChart()
{
    auto *reconnects = new QChart;
    reconnects->setTitle(tr("Reconnects over time"));
    m_reconnectsDirect = new QLineSeries;
    m_reconnectsDirect->setName(tr("direct"));
    m_reconnectsTunnel = new QLineSeries;
    m_reconnectsTunnel->setName(tr("tunnel"));
    reconnects->addSeries(m_reconnectsDirect);
    reconnects->addSeries(m_reconnectsTunnel);
    m_reconnectX = new QValueAxis;
    m_reconnectX->setTitleText(tr("time (s)"));
    m_reconnectY = new QValueAxis;
    reconnects->addAxis(m_reconnectX, Qt::AlignBottom);
    reconnects->addAxis(m_reconnectY, Qt::AlignLeft);
    for (auto *s : {m_reconnectsDirect, m_reconnectsTunnel}) {
        s->attachAxis(m_reconnectX);
        s->attachAxis(m_reconnectY);
    }
    return reconnects;
}

// How each path's connections ended: a bar per close code.
QChart *ChartPanel::buildClosesChart()
{
    auto *closes = new QChart;
    closes->setTitle(tr("How connections ended"));
    m_closeDirect = new QBarSet(tr("direct"));
    m_closeTunnel = new QBarSet(tr("tunnel"));
    m_closeSeries = new QBarSeries;
    m_closeSeries->append(m_closeDirect);
    m_closeSeries->append(m_closeTunnel);
    closes->addSeries(m_closeSeries);
    m_closeAxis = new QBarCategoryAxis;
    m_closeCount = new QValueAxis;
    closes->addAxis(m_closeAxis, Qt::AlignBottom);
    closes->addAxis(m_closeCount, Qt::AlignLeft);
    m_closeSeries->attachAxis(m_closeAxis);
    m_closeSeries->attachAxis(m_closeCount);
    return closes;
}

// Ping round trips per path and the latency the tunnel adds to each message.
QChart *ChartPanel::buildLatencyChart()
{
    auto *latency = new QChart;
    latency->setTitle(tr("Latency over time (ms)"));
    // Short names, so the legend fits beside each other; the shapes tell the series apart
    // without their colours (the report draws the same).
    m_rttDirect = new QScatterSeries;
    m_rttDirect->setName(tr("direct RTT"));
    m_rttDirect->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_rttTunnel = new QScatterSeries;
    m_rttTunnel->setName(tr("tunnel RTT"));
    m_rttTunnel->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_delta = new QScatterSeries;
    m_delta->setName(tr("tunnel − direct"));
    m_delta->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_latencyX = new QValueAxis;
    m_latencyX->setTitleText(tr("time (s)"));
    m_latencyY = new QValueAxis;
    latency->addAxis(m_latencyX, Qt::AlignBottom);
    latency->addAxis(m_latencyY, Qt::AlignLeft);
    for (QScatterSeries *s : {m_rttDirect, m_rttTunnel, m_delta}) {
        s->setMarkerSize(8);
        latency->addSeries(s);
        s->attachAxis(m_latencyX);
        s->attachAxis(m_latencyY);
    }
    return latency;
}

QStackedWidget *ChartPanel::addChart(QChart *chart, const QString &placeholder, int stretch)
{
    auto *pages = new QStackedWidget(this);
    auto *empty
        = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(chart->title().toHtmlEscaped(), placeholder.toHtmlEscaped()), pages);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(12);
    empty->setFrameShape(QFrame::StyledPanel);
    empty->setEnabled(false); // drawn in the muted colours of the style
    pages->addWidget(empty);
    auto *view = new QChartView(chart, pages);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    pages->addWidget(view);
    layout()->addWidget(pages);
    static_cast<QHBoxLayout *>(layout())->setStretchFactor(pages, stretch);
    return pages;
}

void ChartPanel::applyScale(QValueAxis *axis, const AxisScale &scale)
{
    // Fixed ticks while the range changes: with dynamic ticks, a range a thousand times wider
    // than the last one is laid out first at the old interval (a grid line and a label per
    // tick: seconds for a latency axis going from 0–2 ms to ±1 s).
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(scale.min(), scale.max());
    axis->setTickAnchor(scale.min());
    axis->setTickInterval(scale.step());
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(scale.decimals()));
}

QStringList ChartPanel::labelsOf(const QValueAxis *axis)
{
    // As the axis draws them: its label format at each tick from the anchor.
    QStringList out;
    const QByteArray format = axis->labelFormat().toLatin1();
    const int n = qRound((axis->max() - axis->tickAnchor()) / axis->tickInterval());
    for (int i = 0; i <= n; ++i)
        out << QString::asprintf(format.constData(), axis->tickAnchor() + i * axis->tickInterval());
    return out;
}

void ChartPanel::setData(const ChartData &data)
{
    ++m_updates;
    const double maxX = data.endSeconds();
    m_reconnectsDirect->replace(SvgChart::decimate(steps(data.direct().reconnects, maxX), MaxPointsPerSeries));
    m_reconnectsTunnel->replace(SvgChart::decimate(steps(data.tunnel().reconnects, maxX), MaxPointsPerSeries));
    double maxReconnects = 0;
    for (const QList<QPointF> *s : {&data.direct().reconnects, &data.tunnel().reconnects})
        if (!s->isEmpty())
            maxReconnects = std::max(maxReconnects, s->last().y());
    applyScale(m_reconnectX, SvgChart::timeScale(maxX));
    applyScale(m_reconnectY, SvgChart::valueScale(0, maxReconnects, true));
    m_pages[int(Chart::Reconnects)]->setCurrentIndex(data.hasRuns() ? 1 : 0);

    QStringList categories;
    QList<qreal> direct, tunnel;
    double maxCount = 0;
    for (int code : data.closeCodeKeys()) {
        categories << QStringLiteral("%1 %2").arg(QString::number(code), ClosePayload::meaning(quint16(code)).localized());
        direct << data.direct().closeCodes.value(code);
        tunnel << data.tunnel().closeCodes.value(code);
        maxCount = std::max({maxCount, direct.last(), tunnel.last()});
    }
    if (m_closeAxis->categories() != categories) {
        m_closeAxis->clear();
        m_closeAxis->append(categories);
    }
    m_closeDirect->remove(0, m_closeDirect->count());
    m_closeDirect->append(direct);
    m_closeTunnel->remove(0, m_closeTunnel->count());
    m_closeTunnel->append(tunnel);
    applyScale(m_closeCount, SvgChart::valueScale(0, maxCount, true));
    m_pages[int(Chart::Closes)]->setCurrentIndex(categories.isEmpty() ? 0 : 1);

    double maxY = 0, minY = 0;
    auto put = [&](QScatterSeries *s, const QList<QPointF> &points) {
        const QList<QPointF> shown = SvgChart::decimate(points, MaxPointsPerSeries);
        for (const QPointF &p : shown) {
            maxY = std::max(maxY, p.y());
            minY = std::min(minY, p.y());
        }
        s->replace(shown);
    };
    put(m_rttDirect, data.direct().pingRtt);
    put(m_rttTunnel, data.tunnel().pingRtt);
    put(m_delta, data.delta());
    applyScale(m_latencyX, SvgChart::timeScale(maxX));
    applyScale(m_latencyY, SvgChart::valueScale(minY, maxY, false));
    m_pages[int(Chart::Latency)]->setCurrentIndex(data.hasLatency() ? 1 : 0);
}

bool ChartPanel::showsPlaceholder(Chart chart) const
{
    return m_pages[int(chart)]->currentIndex() == 0;
}

QChart *ChartPanel::chart(Chart chart) const
{
    return m_charts[int(chart)];
}

QStringList ChartPanel::tickLabels(const QString &axis) const
{
    const std::pair<const char *, const QValueAxis *> axes[] = {
        {"reconnects.x", m_reconnectX}, {"reconnects.y", m_reconnectY}, {"closes.y", m_closeCount},
        {"latency.x", m_latencyX},      {"latency.y", m_latencyY},
    };
    for (const auto &entry : axes)
        if (axis == QLatin1String(entry.first))
            return labelsOf(entry.second);
    return {};
}

int ChartPanel::pointCount(const QString &series) const
{
    const std::pair<const char *, qsizetype> counts[] = {
        {"reconnects.direct", m_reconnectsDirect->count()},
        {"reconnects.tunnel", m_reconnectsTunnel->count()},
        {"closes.direct", m_closeDirect->count()},
        {"closes.tunnel", m_closeTunnel->count()},
        {"rtt.direct", m_rttDirect->count()},
        {"rtt.tunnel", m_rttTunnel->count()},
        {"delta", m_delta->count()},
    };
    for (const auto &[name, count] : counts)
        if (series == QLatin1String(name))
            return int(count);
    return -1;
}

} // namespace tunnelscope
