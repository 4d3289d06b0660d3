#pragma once

#include "finding.h"

#include <QAbstractTableModel>

namespace tunnelscope {

// The findings of every run, newest run last: severity, kind, run, time, what happened.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Kind, Run, Time, Summary, ColumnCount };
    struct Entry
    {
        int run;
        Finding finding;
    };

    explicit FindingsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setFindings(QList<Entry> entries);
    const Entry &entryAt(int row) const { return m_entries[row]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace tunnelscope
