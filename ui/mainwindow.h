#pragma once

#include "backgroundtask.h"
#include "capturejournal.h"
#include "capturepairing.h"
#include "chartdata.h"
#include "pairedtimeline.h"
#include "profile.h"
#include "secretredactor.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QHeaderView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QTreeView;
class QMenu;
class QSystemTrayIcon;
class QTabWidget;
class QToolButton;

namespace tunnelscope {

class ChartPanel;
class ComparisonReport;
class FindingsFilter;
class FindingsModel;
class FrameTableModel;
class FilteredFrameModel;
class SessionComposer;
class ProfileEditor;
class FrameFilterRunner;
struct Frame;
class CaptureThread;
class MonitorView;

// The desktop window: pick or open a profile, play it on both paths, watch the two frame
// lists and the charts live, then read the findings and the aligned paths side by side, and
// export the comparison report. The network work stays on the event loop; the comparison and
// the exports run on a worker thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Where View → Language keeps its choice (empty: the system's language).
    static inline const QString LanguageSetting = QStringLiteral("view/language");
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool loadProfile(const QString &source);
    // Shows what a journal of a session that did not end holds (crash, kill); false with
    // the reason in the detail pane when it cannot be read.
    bool openJournal(const QString &path);
    // Shows a recorded session read-only: a JSON report, a journal or Tunnelscope's HAR (both
    // of its paths), or a profile when the file is one. False with the reason in the detail
    // pane when it cannot be read; a browser's HAR has one side and asks for compareCaptures.
    bool openFile(const QString &path);
    // Shows two recorded sessions compared, A as the direct side and B as the tunnel side
    // (as `tunnelscope compare A B`).
    bool compareCaptures(const QString &a, const QString &b);
    // Asks whether to open sessions that did not end, when there are any.
    void offerRecovery();
    void start();
    void stop();
    bool isRunning() const;
    // The comparison of the last finished play, or null while playing / before.
    const ComparisonReport *report() const { return m_report.get(); }
    // Writes the report in a format: html, json, csv, junit or har. Empty on success.
    QString exportReport(const QString &path, const QString &format) const;
    // The interactive session as a profile: how it connected, each step sent with the wait
    // before the next, and a close. Empty before a session connected.
    QJsonObject sessionAsProfile(QStringList *notes = nullptr) const;
    // Writes sessionAsProfile() to `path`, checked as `validate` checks it. Empty on success.
    QString saveSession(const QString &path) const;
    SessionComposer *composer() const { return m_composer; }
    // The profile editor, open on `source` (a file or builtin:NAME; empty: a new profile).
    ProfileEditor *editProfile(const QString &source);

    FrameTableModel *directModel() const { return m_directModel; }
    FrameTableModel *tunnelModel() const { return m_tunnelModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    ChartPanel *charts() const { return m_charts; }
    MonitorView *monitor() const { return m_monitor; }
    // Shows the Monitor tab (true) or the session (false).
    void showMonitor(bool monitor);

Q_SIGNALS:
    void comparisonReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void openCaptureDialog();
    void compareCapturesDialog();
    // Shows what CapturePairing made, read-only.
    void showCaptures(std::unique_ptr<CapturePairing::Result> paired, const QString &title);
    // Files opened, newest first (File → Recent files), kept in the settings.
    void rememberFile(const QString &path);
    void fillRecentMenu();
    void buildLayout();
    void buildProfileBar();
    QWidget *buildFramesPane();
    QWidget *buildDetailPane();
    QWidget *buildFindingsPane();
    void buildMonitor();
    // A tray icon while watching, where the desktop has a tray: the window can be closed to it.
    void buildTray();
    void onVerdictChanged(const QString &profile, const QString &previous, const QString &verdict);
    void onRunStarted(int index);
    void onRunFinished(int index, const RunRecord *run);
    void onPlayFinished();
    void onRefresh();
    void onRunPicked(int index);
    void onFrameSelected(bool tunnel);
    void showPreview(const Frame &frame);
    void showReport(ComparisonReport *report);
    void showVerdict();
    void showOnePath();
    QString legendHtml() const;
    void sizeFindingColumns();
    QString filterErrorStyle() const;
    void onFindingActivated(const QModelIndex &index);
    void applyFilter();
    void showFilterProgress(qsizetype matches, qsizetype scanned, qsizetype total);
    // The next (or previous) row the filter kept, in the list with the focus (the direct one
    // otherwise), wrapping round.
    void stepMatch(int step);
    void stepFinding(int step);
    void rerun();
    // The interactive session (Run → Interactive session): connect by hand, send, save.
    void toggleInteractive();
    void connectInteractive();
    void sendInteractive(const QJsonObject &step, int target);
    void saveSessionDialog();
    // Plays m_profile (a file's, read again by start(), or the interactive session's).
    void startPlaying();
    void validateProfile();
    void openProfileDialog();
    void saveProfileDialog();
    void exportDialog(const QString &format);
    void copySelectedFrame();
    void showAbout();
    void rememberRecent(const QString &source);
    void fillProfilePicker();
    void showRun(int index);
    void updateChartsNow();
    void setPlaying(bool playing);

    // Profile bar.
    QComboBox *m_profilePicker;
    QLineEdit *m_directUrl;
    QLineEdit *m_tunnelUrl;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QAction *m_startAction;
    QAction *m_interactiveAction;
    QAction *m_stopAction;
    QMenu *m_exportMenu;
    // Frames.
    QComboBox *m_runPicker;
    QLineEdit *m_filter;
    QComboBox *m_typeFilter;
    QToolButton *m_findingsOnly;
    QCheckBox *m_followLive;
    QLabel *m_filterStatus;
    QTableView *m_directView;
    QTableView *m_tunnelView;
    FrameTableModel *m_directModel;
    FrameTableModel *m_tunnelModel;
    FilteredFrameModel *m_directProxy;
    FilteredFrameModel *m_tunnelProxy;
    FrameFilterRunner *m_filterRunner;
    QString m_filterError; // the filter as typed does not parse: the lists keep the last one that did
    QPlainTextEdit *m_detail;
    QLabel *m_preview; // an image a frame carries (ComfyUI previews)
    // Findings and charts.
    // The headers whose column widths and order are kept between sessions.
    QList<QHeaderView *> restoredHeaders() const;
    QTreeView *m_findingsView;
    FindingsFilter *m_findingsFilter;
    QComboBox *m_severityFilter;
    QComboBox *m_kindFilter;
    FindingsModel *m_findingsModel;
    ChartPanel *m_charts;
    QLabel *m_verdict;
    QLabel *m_legend = nullptr;
    QTabWidget *m_tabs;
    MonitorView *m_monitor;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_quitting = false; // Quit was chosen: closing is not hiding to the tray

    QString m_source;
    std::optional<Profile> m_profile;
    std::unique_ptr<CaptureThread> m_capture; // the play: runner, lab and journal on their thread
    std::unique_ptr<ComparisonReport> m_report;
    std::unique_ptr<CaptureJournal::Recovered> m_recovered; // what m_report shows after openJournal
    std::unique_ptr<CapturePairing::Result> m_captures;     // what m_report shows after openFile or compareCaptures
    QMenu *m_recentMenu = nullptr;
    // The interactive session: what connects it, and each step sent, when and to which paths.
    SessionComposer *m_composer;
    ProfileEditor *m_editor = nullptr;
    struct SentStep
    {
        qint64 atMs; // since the paths were asked to connect
        QJsonObject step;
        int target; // SessionComposer::Target
    };
    std::optional<QJsonObject> m_sessionProfile; // set while a session is the play, and after it
    Profile::Paths m_sessionPaths = Profile::Paths::Both;
    QList<SentStep> m_sent;
    qint64 m_sessionEndMs = -1;
    QString m_typedUrls[2]; // the URL fields as typed when the session connected
    std::vector<PairedTimeline> m_timelines;
    ChartData m_finishedCharts;    // finished runs, without the per-message deltas
    SecretRedactor m_liveRedactor; // the play's secrets, for what is shown while it runs
    QTimer m_refreshTimer;
    QElapsedTimer m_elapsed;
    bool m_syncingSelection = false;
    // Declared last, so destroyed first: a comparison still running reads the play's runs,
    // and it is stopped and waited for before anything it reads goes.
    BackgroundTask m_background;
};

} // namespace tunnelscope
