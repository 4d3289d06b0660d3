#include "pairedfilterproxy.h"

#include "frametablemodel.h"

namespace tunnelscope {

PairedFilterProxy::PairedFilterProxy(FrameTableModel *source, FrameTableModel *other, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(source), m_other(other)
{
    setSourceModel(source);
}

void PairedFilterProxy::setCriteria(const QRegularExpression &text, const QString &type)
{
    m_text = text;
    m_type = type;
    m_active = !text.pattern().isEmpty() || !type.isEmpty();
    invalidateFilter();
}

bool PairedFilterProxy::matches(const FrameTableModel *model, int row) const
{
    if (row >= model->rowCount() || model->frameAt(row) < 0)
        return false;
    if (!m_type.isEmpty() && !model->index(row, FrameTableModel::Type).data().toString().startsWith(m_type))
        return false;
    return m_text.pattern().isEmpty() || m_text.match(model->index(row, FrameTableModel::Preview).data().toString()).hasMatch();
}

bool PairedFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    if (!m_active)
        return true;
    if (matches(m_model, sourceRow))
        return true;
    return m_model->isAligned() && m_other->isAligned() && matches(m_other, sourceRow);
}

} // namespace tunnelscope
