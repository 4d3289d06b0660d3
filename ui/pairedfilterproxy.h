#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace tunnelscope {

class FrameTableModel;

// Filters a frame list by text (or a regular expression) and frame type. In the aligned view a
// row is kept when either path's frame on it matches, so both lists keep the same rows and
// stay in step.
class PairedFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    PairedFilterProxy(FrameTableModel *source, FrameTableModel *other, QObject *parent = nullptr);

    void setCriteria(const QRegularExpression &text, const QString &type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matches(const FrameTableModel *model, int row) const;

    FrameTableModel *m_model;
    FrameTableModel *m_other;
    QRegularExpression m_text;
    QString m_type;
    bool m_active = false;
};

} // namespace tunnelscope
