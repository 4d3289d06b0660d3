#include "findingsfilter.h"

#include "findingsmodel.h"

namespace tunnelscope {

FindingsFilter::FindingsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
}

void FindingsFilter::setSeverity(std::optional<Finding::Severity> severity)
{
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilter::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // a group's single findings: shown with their group
    const QModelIndex row = sourceModel()->index(sourceRow, FindingsModel::Severity);
    if (m_severity && row.data(FindingsModel::SortRole).toInt() != int(*m_severity))
        return false;
    return m_kind.isEmpty() || sourceModel()->index(sourceRow, FindingsModel::Kind).data().toString() == m_kind;
}

bool FindingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(FindingsModel::SortRole), b = right.data(FindingsModel::SortRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace tunnelscope
