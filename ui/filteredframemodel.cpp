#include "filteredframemodel.h"

#include "frametablemodel.h"

#include <algorithm>

namespace tunnelscope {

FilteredFrameModel::FilteredFrameModel(FrameTableModel *source, QObject *parent) : QAbstractProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, &FilteredFrameModel::onSourceRowsAboutToBeInserted);
    connect(source, &QAbstractItemModel::rowsInserted, this, &FilteredFrameModel::onSourceRowsInserted);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &FilteredFrameModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_rows.clear(); // a filter in force starts over (FrameFilterRunner follows the reset)
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, &FilteredFrameModel::onSourceDataChanged);
}

void FilteredFrameModel::showAll()
{
    beginResetModel();
    m_all = true;
    m_rows = {};
    endResetModel();
}

void FilteredFrameModel::showNone()
{
    beginResetModel();
    m_all = false;
    m_rows.clear();
    endResetModel();
}

void FilteredFrameModel::appendRows(const std::vector<int> &rows)
{
    if (m_all || rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.cbegin(), rows.cend());
    endInsertRows();
}

QModelIndex FilteredFrameModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid())
        return QModelIndex();
    const int row = m_all ? proxyIndex.row() : m_rows[std::size_t(proxyIndex.row())];
    return m_source->index(row, proxyIndex.column());
}

QModelIndex FilteredFrameModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return QModelIndex();
    if (m_all)
        return index(sourceIndex.row(), sourceIndex.column());
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (it == m_rows.cend() || *it != sourceIndex.row())
        return QModelIndex();
    return index(int(it - m_rows.cbegin()), sourceIndex.column());
}

QModelIndex FilteredFrameModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex FilteredFrameModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int FilteredFrameModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_all ? m_source->rowCount() : int(m_rows.size());
}

int FilteredFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

void FilteredFrameModel::onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    // Filtering, new rows wait for the runner to judge them.
    if (m_all && !parent.isValid()) {
        m_inserting = true;
        beginInsertRows(QModelIndex(), first, last);
    }
}

void FilteredFrameModel::onSourceRowsInserted()
{
    if (m_inserting) {
        m_inserting = false;
        endInsertRows();
    }
}

void FilteredFrameModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_all) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    // Only rows held; the span between the first and the last held.
    const auto low = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row());
    const auto high = std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottomRight.row());
    if (low < high)
        Q_EMIT dataChanged(index(int(low - m_rows.cbegin()), topLeft.column()),
                           index(int(high - m_rows.cbegin()) - 1, bottomRight.column()), roles);
}

} // namespace tunnelscope
