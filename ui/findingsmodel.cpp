#include "findingsmodel.h"
#include "themecolors.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace tunnelscope {

void FindingsModel::setGroups(QList<Group> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

const FindingsModel::Entry &FindingsModel::entryAt(const QModelIndex &index) const
{
    if (index.internalId() == TopLevel)
        return m_groups[index.row()].entries.first();
    return m_groups[int(index.internalId() - 1)].entries[index.row()];
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent))
        return QModelIndex();
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : TopLevel);
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    // A group of one shows no child: the row is the finding.
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    const qsizetype n = m_groups[parent.row()].entries.size();
    return n > 1 ? int(n) : 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Severity:
        return tr("Severity");
    case Kind:
        return tr("Kind");
    case Run:
        return tr("Run");
    case Time:
        return tr("t (ms)");
    case Summary:
        return tr("What happened");
    default:
        return QVariant();
    }
}

QString FindingsModel::severityWord(Finding::Severity severity)
{
    return Finding::severityWord(severity).localized();
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const bool group = index.internalId() == TopLevel;
    const Group &g = m_groups[group ? index.row() : int(index.internalId() - 1)];
    const Entry &e = entryAt(index);
    const Finding::Severity severity = group ? g.severity : e.finding.severity;
    const QString summary = group ? g.summary : e.finding.summary.localized();
    if (role == Qt::DecorationRole && index.column() == Severity) {
        const QStyle::StandardPixmap icon = severity == Finding::Severity::Critical ? QStyle::SP_MessageBoxCritical
            : severity == Finding::Severity::Warning                                ? QStyle::SP_MessageBoxWarning
                                                                                    : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::ToolTipRole)
        return group && !g.frequency.isEmpty() ? QStringLiteral("%1\n[%2]").arg(summary, g.frequency) : summary;
    if (role == Qt::ForegroundRole && index.column() == Severity && severity == Finding::Severity::Critical)
        return ThemeColors::current().error();
    if (role == SortRole) {
        switch (index.column()) {
        case Severity:
            return int(severity);
        case Run:
            return e.run;
        case Time:
            return e.finding.tMs;
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Severity:
        return severityWord(severity);
    case Kind:
        return group ? g.kind : e.finding.kind;
    case Run:
        return group && !g.frequency.isEmpty() ? QVariant(g.frequency) : QVariant(e.run + 1); // counted from 1
    case Time:
        return e.finding.tMs >= 0 ? QVariant(m_numbers.toString(e.finding.tMs, 'f', 3)) : QVariant();
    case Summary:
        return summary;
    default:
        return QVariant();
    }
}

} // namespace tunnelscope
