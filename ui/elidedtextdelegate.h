#pragma once

#include <QStyledItemDelegate>

namespace tunnelscope {

// Draws an item as QStyledItemDelegate does and, when its text is cut to fit its column and
// the model gives no tooltip of its own, shows the whole text in one (escaped: whatever a server
// sent is shown, never rendered). So no list of the window cuts a text without a way to read it.
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether the item's text is wider than the room its cell gives it.
    bool isCut(const QStyleOptionViewItem &option, const QModelIndex &index, const QWidget *view) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static constexpr int MaxTooltipCharacters = 2000;
};

} // namespace tunnelscope
