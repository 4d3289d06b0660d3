#pragma once

#include <QFont>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tunnelscope {

// The words on a chart a step smaller than the widget's font: ticks, axis titles and legends.
// A chart is about 200 px high, and a CJK font's taller lines left no room for them (Qt Charts
// then cuts a tick or a title to "…"). The run's charts and the monitor's share it.
class ChartFonts
{
public:
    static QFont smallerThan(const QFont &widgetFont);
    static void apply(QChart *chart, const QFont &widgetFont);
};

} // namespace tunnelscope
