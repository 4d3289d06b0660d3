#pragma once

#include "watchstatistics.h"

#include <QColor>
#include <QMap>
#include <QWidget>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QValueAxis;
QT_END_NAMESPACE

namespace tunnelscope {

class WatchThread;

// The window's Monitor: watch profiles on a schedule with the engine of `tunnelscope watch`
// (on its own thread), and read the long-term picture: runs up per path, the latency the tunnel
// adds, runs with findings over hours and days (local time; drag to zoom, right-click to zoom
// out), the statistics of a window (5 min to everything kept), and the finding groups ranked
// with their rate and interval, first and last seen. Double-clicking a group opens the latest
// play that had it.
class MonitorView : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorView(QWidget *parent = nullptr);
    ~MonitorView() override;

    // What "Add current profile" adds: the window's profile source, if any.
    void setCurrentProfileSource(std::function<QString()> source) { m_currentSource = std::move(source); }
    void addProfile(const QString &source);
    QStringList profileSources() const;
    // Where the watch keeps its journals (RunArchive::defaultDirectory() unless set).
    void setDirectory(const QString &directory) { m_directory = directory; }
    void setEvery(const QString &duration);

    // Starts watching the listed profiles; false with the problems shown in the status line.
    bool startWatching();
    // The play under way finishes its run; watchingChanged(false) follows.
    void stopWatching();
    bool isWatching() const;

    // Shows these statistics (the watch's, or any: a test's synthetic day) as of `nowEpochSeconds`
    // (0: now).
    void showStatistics(std::shared_ptr<const WatchStatistics> statistics, double nowEpochSeconds = 0);
    // The window shown, by how far back it reaches: 5 minutes, 1 hour, 1 day, 7 days, or 0 for
    // everything kept.
    void setWindow(qint64 ms);

    // What is shown, for tests: points in a series (up.direct, up.tunnel, delta.p50,
    // delta.p95, broken, degraded, reconnects.direct, reconnects.tunnel, closes.tunnel), the
    // group table's rows, the statistics text.
    int pointCount(const QString &series) const;
    int groupRows() const;
    QString groupCell(int row, int column) const;
    QString summaryText() const;
    QString statusText() const;
    // Opens the journal behind a group row (as a double-click does).
    void activateGroup(int row);
    // Opens the kept play of the shown profile nearest to a time (as a click on a point does).
    void openPlayNear(double epochSeconds);

Q_SIGNALS:
    void openJournalRequested(const QString &path);
    // A profile's verdict differs from its previous play's.
    void verdictChanged(const QString &profile, const QString &previous, const QString &verdict, const QString &journalPath);
    void watchingChanged(bool watching);

protected:
    // The charts' keys: ← → pan, + − zoom, 0 resets.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildControls();
    QWidget *buildCharts();
    QWidget *buildDetails();
    struct SeriesSpec
    {
        QString key; // pointCount()'s name
        QString legend;
        enum class Ink { Direct, Tunnel, Warning } ink;
    };
    using Ink = SeriesSpec::Ink;
    void applyColors();
    void applyFonts();
    QChartView *addChart(const QString &title, const QString &yTitle, const QList<SeriesSpec> &series);
    void render();
    void renderCharts(double from, double now);
    void renderGroups(const QList<WatchStatistics::RankedGroup> &groups);
    void onJudged(const QString &profile, const QString &verdict, const QString &journalPath);
    qint64 windowMs() const;

    std::function<QString()> m_currentSource;
    QString m_directory;
    QListWidget *m_profiles;
    QComboBox *m_every;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QComboBox *m_profilePicker;
    QComboBox *m_window;
    QPlainTextEdit *m_summary;
    QTableWidget *m_groups;
    QList<QChart *> m_charts;
    QMap<QString, QLineSeries *> m_series; // by pointCount()'s names
    QMap<QString, Ink> m_inks;
    std::unique_ptr<WatchThread> m_watch;
    std::shared_ptr<const WatchStatistics> m_statistics;
    double m_now = 0;
    QMap<QString, QString> m_lastVerdict; // per profile
    int m_plays = 0;
};

} // namespace tunnelscope
