#pragma once

#include "finding.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tunnelscope {

// The findings pane's view of FindingsModel: groups filtered by severity and kind (a group's
// single findings go with it), sortable by any column, each by what it means (severity by
// rank, time and run as numbers), and in the model's own order (critical first) until a
// header is clicked.
class FindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilter(QObject *parent = nullptr);

    void setSeverity(std::optional<Finding::Severity> severity);
    void setKind(const QString &kind); // empty: every kind

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Finding::Severity> m_severity;
    QString m_kind;
};

} // namespace tunnelscope
