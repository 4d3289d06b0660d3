#include "chartpanel.h"

#include "chartdata.h"
#include "closepayload.h"
#include "svgchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace tunnelscope {

namespace {
const QColor DirectColor(0x1f77b4), TunnelColor(0xd62728), DeltaColor(0x9467bd);

double axisTop(double v)
{
    return v <= 0 ? 1 : v * 1.1;
}

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

    auto *reconnects = new QChart;
    reconnects->setTitle(tr("Reconnects over time"));
    m_reconnectsDirect = new QLineSeries;
    m_reconnectsDirect->setName(tr("direct"));
    m_reconnectsDirect->setColor(DirectColor);
    m_reconnectsTunnel = new QLineSeries;
    m_reconnectsTunnel->setName(tr("tunnel"));
    m_reconnectsTunnel->setColor(TunnelColor);
    reconnects->addSeries(m_reconnectsDirect);
    reconnects->addSeries(m_reconnectsTunnel);
    m_reconnectX = new QValueAxis;
    m_reconnectX->setTitleText(tr("s"));
    m_reconnectY = new QValueAxis;
    m_reconnectY->setLabelFormat(QStringLiteral("%d"));
    m_reconnectY->setTickType(QValueAxis::TicksDynamic);
    m_reconnectY->setTickAnchor(0);
    reconnects->addAxis(m_reconnectX, Qt::AlignBottom);
    reconnects->addAxis(m_reconnectY, Qt::AlignLeft);
    for (auto *s : {m_reconnectsDirect, m_reconnectsTunnel}) {
        s->attachAxis(m_reconnectX);
        s->attachAxis(m_reconnectY);
    }

    auto *closes = new QChart;
    closes->setTitle(tr("How connections ended"));
    m_closeDirect = new QBarSet(tr("direct"));
    m_closeDirect->setColor(DirectColor);
    m_closeTunnel = new QBarSet(tr("tunnel"));
    m_closeTunnel->setColor(TunnelColor);
    m_closeSeries = new QBarSeries;
    m_closeSeries->append(m_closeDirect);
    m_closeSeries->append(m_closeTunnel);
    closes->addSeries(m_closeSeries);
    m_closeAxis = new QBarCategoryAxis;
    m_closeCount = new QValueAxis;
    m_closeCount->setLabelFormat(QStringLiteral("%d"));
    m_closeCount->setTickType(QValueAxis::TicksDynamic);
    m_closeCount->setTickAnchor(0);
    closes->addAxis(m_closeAxis, Qt::AlignBottom);
    closes->addAxis(m_closeCount, Qt::AlignLeft);
    m_closeSeries->attachAxis(m_closeAxis);
    m_closeSeries->attachAxis(m_closeCount);

    auto *latency = new QChart;
    latency->setTitle(tr("Latency over time (ms)"));
    m_rttDirect = new QScatterSeries;
    m_rttDirect->setName(tr("direct ping RTT"));
    m_rttTunnel = new QScatterSeries;
    m_rttTunnel->setName(tr("tunnel ping RTT"));
    m_delta = new QScatterSeries;
    m_delta->setName(tr("tunnel − direct per message"));
    m_latencyX = new QValueAxis;
    m_latencyX->setTitleText(tr("s"));
    m_latencyY = new QValueAxis;
    latency->addAxis(m_latencyX, Qt::AlignBottom);
    latency->addAxis(m_latencyY, Qt::AlignLeft);
    const QList<QPair<QScatterSeries *, QColor>> scatter{{m_rttDirect, DirectColor}, {m_rttTunnel, TunnelColor}, {m_delta, DeltaColor}};
    for (const auto &[s, color] : scatter) {
        s->setColor(color);
        s->setBorderColor(color);
        s->setMarkerSize(5);
        latency->addSeries(s);
        s->attachAxis(m_latencyX);
        s->attachAxis(m_latencyY);
    }

    for (QChart *chart : {reconnects, closes, latency}) {
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        layout->addWidget(makeView(chart));
    }
}

QChartView *ChartPanel::makeView(QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

void ChartPanel::setData(const ChartData &data)
{
    ++m_updates;
    double maxX = 1;
    for (const QList<QPointF> *s : {&data.direct().reconnects, &data.tunnel().reconnects, &data.direct().pingRtt,
                                    &data.tunnel().pingRtt, &data.delta()})
        if (!s->isEmpty())
            maxX = std::max(maxX, s->last().x());
    m_reconnectsDirect->replace(SvgChart::decimate(steps(data.direct().reconnects, maxX), MaxPointsPerSeries));
    m_reconnectsTunnel->replace(SvgChart::decimate(steps(data.tunnel().reconnects, maxX), MaxPointsPerSeries));
    double maxReconnects = 0;
    for (const QList<QPointF> *s : {&data.direct().reconnects, &data.tunnel().reconnects})
        if (!s->isEmpty())
            maxReconnects = std::max(maxReconnects, s->last().y());
    m_reconnectX->setRange(0, maxX);
    m_reconnectY->setRange(0, std::max(1.0, maxReconnects + 1));
    m_reconnectY->setTickInterval(std::max(1.0, std::ceil((maxReconnects + 1) / 5)));

    QStringList categories;
    QList<qreal> direct, tunnel;
    double maxCount = 1;
    for (int code : data.closeCodeKeys()) {
        categories << QStringLiteral("%1 %2").arg(code).arg(ClosePayload::describe(quint16(code)));
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
    m_closeCount->setRange(0, maxCount);
    m_closeCount->setTickInterval(std::max(1.0, std::ceil(maxCount / 5)));

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
    m_latencyX->setRange(0, maxX);
    m_latencyY->setRange(minY < 0 ? minY * 1.1 : 0.0, axisTop(maxY));
}

int ChartPanel::pointCount(const QString &series) const
{
    const std::pair<const char *, qsizetype> counts[] = {
        {"reconnects.direct", m_reconnectsDirect->count()}, {"reconnects.tunnel", m_reconnectsTunnel->count()},
        {"closes.direct", m_closeDirect->count()},          {"closes.tunnel", m_closeTunnel->count()},
        {"rtt.direct", m_rttDirect->count()},               {"rtt.tunnel", m_rttTunnel->count()},
        {"delta", m_delta->count()},
    };
    for (const auto &[name, count] : counts)
        if (series == QLatin1String(name))
            return int(count);
    return -1;
}

} // namespace tunnelscope
