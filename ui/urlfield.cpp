#include "urlfield.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace tunnelscope {

namespace {
// QLineEdit's own horizontal padding inside its contents rectangle.
constexpr int HorizontalMargin = 2;
} // namespace

UrlField::UrlField(QWidget *parent) : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &QWidget::setToolTip);
}

QRect UrlField::textRect() const
{
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect contents = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    return contents.marginsRemoved(textMargins()).adjusted(HorizontalMargin, 0, -HorizontalMargin, 0);
}

QString UrlField::displayedText() const
{
    const QString whole = text();
    const int room = textRect().width();
    const QFontMetrics metrics = fontMetrics();
    if (hasFocus() || whole.isEmpty() || metrics.horizontalAdvance(whole) <= room)
        return whole;
    // The scheme and host whole (which server), then as much of the end as fits (which
    // endpoint, which session); the middle of the path goes first.
    const qsizetype hostEnds = whole.indexOf(QLatin1Char('/'), whole.indexOf(QLatin1String("://")) + 3);
    constexpr int MinTail = 12;
    if (hostEnds > 0) {
        const QString head = whole.left(hostEnds + 1) + QChar(0x2026);
        const int tailRoom = room - metrics.horizontalAdvance(head);
        if (tailRoom >= metrics.horizontalAdvance(whole.right(MinTail))) {
            // The longest tail that fits (a tail's width grows with its length).
            qsizetype fits = MinTail, tooLong = whole.size() - hostEnds;
            while (tooLong - fits > 1) {
                const qsizetype mid = (fits + tooLong) / 2;
                (metrics.horizontalAdvance(whole.right(mid)) <= tailRoom ? fits : tooLong) = mid;
            }
            return head + whole.right(fits);
        }
    }
    return metrics.elidedText(whole, Qt::ElideMiddle, room);
}

void UrlField::paintEvent(QPaintEvent *event)
{
    const QString shown = displayedText();
    if (shown == text()) {
        QLineEdit::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOptionFrame option;
    initStyleOption(&option);
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Text));
    painter.drawText(textRect(), Qt::AlignVCenter | Qt::AlignLeft, shown);
}

} // namespace tunnelscope
