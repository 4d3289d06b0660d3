#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace tunnelscope {

class FrameTableModel;

// One frame list as the filter leaves it: every row of its FrameTableModel, or only the rows
// a FrameFilterRunner hands it, which it adds in batches as they are found, so a list of a
// million frames shows its first matches at once and never stalls the window. Rows are kept
// in source order; a row maps back by binary search.
class FilteredFrameModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit FilteredFrameModel(FrameTableModel *source, QObject *parent = nullptr);

    // No filter: every source row, following the source as it grows.
    void showAll();
    // A filter starts: no row until appendRows() brings the first it keeps.
    void showNone();
    // Source rows the filter keeps, ascending and after every row already held.
    void appendRows(const std::vector<int> &rows);
    bool isShowingAll() const { return m_all; }
    FrameTableModel *frames() const { return m_source; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

private:
    void onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    FrameTableModel *m_source;
    bool m_all = true;
    bool m_inserting = false;
    std::vector<int> m_rows; // filtering: the source rows kept
};

} // namespace tunnelscope
