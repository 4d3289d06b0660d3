#pragma once

#include "watchstatistics.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace tunnelscope {

class ComparisonReport;

// A watch's directory read back over a window of time (`tunnelscope report DIR --since 24h`):
// every journal that ended within the window is read, judged again as `run` judges it, and
// tallied into the same statistics the watch keeps; the worst plays of each profile are
// remembered by their journal so a report can link to them.
class WatchDirectory
{
    Q_DECLARE_TR_FUNCTIONS(WatchDirectory)

public:
    struct Play
    {
        QString journal;
        double finishedSeconds = 0;
        QString verdict;
        int critical = 0;
        int warning = 0;
    };
    struct Unreadable
    {
        QString journal;
        QString error;
    };

    static constexpr int WorstPlaysKept = 5;

    // `sinceMs`: 0 reads everything.
    WatchDirectory(QString directory, qint64 sinceMs, double nowEpochSeconds);

    // Reads the journals; false with `error` when the directory holds none in the window.
    bool read(QString *error);

    const WatchStatistics &statistics() const { return m_statistics; }
    const QString &directory() const { return m_directory; }
    qint64 sinceMs() const { return m_sinceMs; }
    double nowSeconds() const { return m_now; }
    // The start of the window: now − since, or the first play read.
    double fromSeconds() const;
    // Worst first: most critical findings, then most warnings, then latest.
    QList<Play> worstPlays(const QString &profile) const { return m_worst.value(profile); }
    const QList<Unreadable> &unreadable() const { return m_unreadable; }
    int playsRead() const { return m_read; }

    // Rebuilds one play's report from its journal for `use` (a linked HTML report, say).
    static bool withReport(const QString &journal, const std::function<void(const ComparisonReport &)> &use, QString *error);

    // For scripts: the window, then per profile its summary, worst plays and a time series.
    QJsonObject json() const;
    // For people: per profile, what WatchSummary says about the window.
    QString text(int maxGroups) const;
    // Steps that put a window of this length into about 120 points, in whole minutes.
    double stepSeconds() const;

private:
    void keepIfWorse(const QString &profile, const Play &play);

    QString m_directory;
    qint64 m_sinceMs;
    double m_now;
    WatchStatistics m_statistics;
    QMap<QString, QList<Play>> m_worst;
    QList<Unreadable> m_unreadable;
    int m_read = 0;
};

} // namespace tunnelscope
