#include "chartfonts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <algorithm>

namespace tunnelscope {

QFont ChartFonts::smallerThan(const QFont &widgetFont)
{
    QFont small = widgetFont;
    small.setPointSizeF(std::max(7.0, widgetFont.pointSizeF() * 0.85));
    return small;
}

void ChartFonts::apply(QChart *chart, const QFont &widgetFont)
{
    const QFont small = smallerThan(widgetFont);
    chart->legend()->setFont(small);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
}

} // namespace tunnelscope
