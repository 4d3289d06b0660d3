#include "findingsmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace tunnelscope {

void FindingsModel::setFindings(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Severity: return tr("Severity");
    case Kind: return tr("Kind");
    case Run: return tr("Run");
    case Time: return tr("t (ms)");
    case Summary: return tr("What happened");
    default: return QVariant();
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry &e = m_entries[index.row()];
    const Finding &f = e.finding;
    if (role == Qt::DecorationRole && index.column() == Severity) {
        const QStyle::StandardPixmap icon = f.severity == Finding::Severity::Critical ? QStyle::SP_MessageBoxCritical
            : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::ToolTipRole)
        return f.summary;
    if (role == Qt::ForegroundRole && index.column() == Severity && f.severity == Finding::Severity::Critical)
        return QColor(0xb3261e);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Severity: return Finding::severityName(f.severity);
    case Kind: return f.kind;
    case Run: return e.run;
    case Time: return f.tMs >= 0 ? QVariant(QString::number(f.tMs, 'f', 3)) : QVariant();
    case Summary: return f.summary;
    default: return QVariant();
    }
}

} // namespace tunnelscope
