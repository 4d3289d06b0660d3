#pragma once

#include "finding.h"
#include "language.h"

#include <QAbstractItemModel>
#include <QLocale>

namespace tunnelscope {

// The findings of every run, grouped as the reports group them (kind, message and cause,
// critical first): a group per top-level row, its single findings below it when it has more
// than one. Columns: severity, kind, run (or how often), time, what happened.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // "critical", "warning", "info" in the language in use.
    static QString severityWord(Finding::Severity severity);
    enum Column { Severity, Kind, Run, Time, Summary, ColumnCount };
    // What a column sorts by: the severity's rank, the run and time as numbers, text as text.
    static constexpr int SortRole = Qt::UserRole + 1;
    struct Entry
    {
        int run;
        Finding finding;
    };
    struct Group
    {
        Finding::Severity severity = Finding::Severity::Warning;
        QString kind;
        QString summary;
        QString frequency;    // "every run (3/3), 40 times"; empty for a single finding in one run
        QList<Entry> entries; // at least one
    };

    explicit FindingsModel(QObject *parent = nullptr) : QAbstractItemModel(parent) { }

    void setGroups(QList<Group> groups);
    // The finding a row stands for: a single finding, or a group's first.
    const Entry &entryAt(const QModelIndex &index) const;
    const Entry &entryAt(int groupRow) const { return m_groups[groupRow].entries.first(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A top-level index's internal id is 0; a finding's is its group's row + 1.
    static constexpr quintptr TopLevel = 0;

    QList<Group> m_groups;
    const QLocale m_numbers = Language::cellNumbers();
};

} // namespace tunnelscope
