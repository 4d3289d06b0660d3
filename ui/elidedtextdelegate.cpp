#include "elidedtextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

namespace tunnelscope {

bool ElidedTextDelegate::isCut(const QStyleOptionViewItem &option, const QModelIndex &index, const QWidget *view) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return false;
    const QStyle *style = view ? view->style() : QApplication::style();
    // The style draws the text inside this rectangle, less a margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view).adjusted(margin, 0, -margin, 0);
    int widest = 0;
    for (const QString &line : opt.text.split(QLatin1Char('\n')))
        widest = std::max(widest, opt.fontMetrics.horizontalAdvance(line));
    return widest > room.width();
}

bool ElidedTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()
        && isCut(option, index, view)) {
        QString text = index.data(Qt::DisplayRole).toString();
        if (text.size() > MaxTooltipCharacters)
            text = text.left(MaxTooltipCharacters) + QChar(0x2026);
        QToolTip::showText(event->globalPos(), QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped()),
                           view->viewport(), option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace tunnelscope
