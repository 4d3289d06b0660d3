#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QStackedWidget;
class QValueAxis;
QT_END_NAMESPACE

namespace tunnelscope {

class AxisScale;
class ChartData;

// The three live charts: reconnects over time, how connections ended (close codes per path),
// latency over time (ping round trips per path, tunnel − direct per message). Fed with plain
// ChartData; each series' points are replaced in one call, long series decimated. The axes
// use the HTML report's scales (SvgChart), so both show the same ticks; a chart with nothing
// to show yet says so instead of drawing an empty frame.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { Reconnects, Closes, Latency };

    explicit ChartPanel(QWidget *parent = nullptr);

    void setData(const ChartData &data);
    // Points currently shown in a series: reconnects.direct|tunnel, closes.direct|tunnel,
    // rtt.direct|tunnel, delta.
    int pointCount(const QString &series) const;
    // Whether a chart shows its "no data yet" placeholder instead of the chart.
    bool showsPlaceholder(Chart chart) const;
    QChart *chart(Chart chart) const;
    // The tick labels an axis shows: "reconnects.x|y", "closes.y", "latency.x|y".
    QStringList tickLabels(const QString &axis) const;
    // A series' colour now, named as for pointCount().
    QColor seriesColor(const QString &series) const;
    // How many times the charts were redrawn (for the responsiveness benchmark).
    int updateCount() const { return m_updates; }

    static constexpr int MaxPointsPerSeries = 4000;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void applyFonts();
    QStackedWidget *addChart(QChart *chart, const QString &placeholder, int stretch);
    QChart *buildReconnectsChart();
    QChart *buildClosesChart();
    QChart *buildLatencyChart();
    static void applyScale(QValueAxis *axis, const AxisScale &scale);
    static QStringList labelsOf(const QValueAxis *axis);

    QStackedWidget *m_pages[3] = {};
    QChart *m_charts[3] = {};
    QLineSeries *m_reconnectsDirect;
    QLineSeries *m_reconnectsTunnel;
    QScatterSeries *m_rttDirect;
    QScatterSeries *m_rttTunnel;
    QScatterSeries *m_delta;
    QBarSeries *m_closeSeries;
    QBarSet *m_closeDirect;
    QBarSet *m_closeTunnel;
    QBarCategoryAxis *m_closeAxis;
    QValueAxis *m_closeCount;
    QValueAxis *m_reconnectX, *m_reconnectY, *m_latencyX, *m_latencyY;
    int m_updates = 0;
};

} // namespace tunnelscope
