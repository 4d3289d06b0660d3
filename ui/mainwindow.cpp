#include "mainwindow.h"

#include "appearance.h"
#include "capturethread.h"
#include "chartpanel.h"
#include "closepayload.h"
#include "comparisonreport.h"
#include "elidedtextdelegate.h"
#include "filteredframemodel.h"
#include "findingsfilter.h"
#include "findingsmodel.h"
#include "framedetail.h"
#include "framefilterrunner.h"
#include "frametablemodel.h"
#include "language.h"
#include "monitorview.h"
#include "profileeditor.h"
#include "profileloader.h"
#include "reportformat.h"
#include "sessioncomposer.h"
#include "textsummary.h"
#include "themecolors.h"
#include "urlfield.h"
#include "websocketextensions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tunnelscope {

namespace {
// The Export menu's formats, HTML (the one a person reads) first.
QStringList exportFormats()
{
    QStringList names{QStringLiteral("html")};
    for (const ReportFormat::Info &f : ReportFormat::all())
        if (!names.contains(QLatin1String(f.name)))
            names << QLatin1String(f.name);
    return names;
}

QString formatTitle(const QString &format)
{
    const ReportFormat::Info *f = ReportFormat::named(format);
    return QStringLiteral("%1 (*.%2)").arg(QCoreApplication::translate("ReportFormat", f->title), QLatin1String(f->suffix));
}

// A run in the run picker: counted from 1, as the progress line, with its tunnel when several
// are compared and its identity when swept.
QString runLabel(const RunRecord &run)
{
    QString label = QString::number(run.index + 1);
    if (!run.tunnelName.isEmpty())
        label = MainWindow::tr("%1 via %2").arg(label, run.tunnelName);
    if (!run.identity.isEmpty())
        label = MainWindow::tr("%1 as %2").arg(label, run.identity);
    return label;
}

// With several tunnels: a column per tunnel, its verdict and findings, under the verdict line.
QString tunnelTable(const ComparisonReport &report, const ThemeColors &colors)
{
    if (report.tunnelResults().isEmpty())
        return QString();
    QString names, verdicts, counts;
    for (const ComparisonReport::TunnelResult &t : report.tunnelResults()) {
        const QString colour = (t.verdict == ComparisonReport::Verdict::Broken         ? colors.error()
                                    : t.verdict == ComparisonReport::Verdict::Degraded ? colors.warning()
                                                                                       : colors.ok())
                                   .name();
        names += QStringLiteral("<th>%1</th>").arg(t.name.toHtmlEscaped());
        verdicts += QStringLiteral("<td style=\"color:%1\"><b>%2</b></td>").arg(colour, ComparisonReport::verdictName(t.verdict));
        counts += QStringLiteral("<td>%1</td>")
                      .arg(MainWindow::tr("%1 critical, %2 warning in %3 run(s)").arg(t.critical).arg(t.warning).arg(t.runs));
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><th></th>%1</tr><tr><td>%2</td>%3</tr>"
                          "<tr><td></td>%4</tr></table>")
        .arg(names, MainWindow::tr("tunnel"), verdicts, counts);
}

QTableView *makeFrameView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setItemDelegate(new ElidedTextDelegate(view));
    return view;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tunnelscope"));
    setAcceptDrops(true);
    m_directModel = new FrameTableModel(false, this);
    m_tunnelModel = new FrameTableModel(true, this);
    m_directProxy = new FilteredFrameModel(m_directModel, this);
    m_tunnelProxy = new FilteredFrameModel(m_tunnelModel, this);
    m_filterRunner = new FrameFilterRunner(m_directProxy, m_tunnelProxy, this);
    connect(m_filterRunner, &FrameFilterRunner::progress, this, &MainWindow::showFilterProgress);
    m_findingsModel = new FindingsModel(this);
    buildActions();
    buildLayout();
    fillProfilePicker();
    m_refreshTimer.setInterval(80); // redraw on a timer (12.5 per second), never per frame
    connect(&m_refreshTimer, &QTimer::timeout, this, &MainWindow::onRefresh);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first time: most of the screen it opens on, whatever its size.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size() * 0.85);
        move(available.center() - rect().center());
    }
    for (QSplitter *s : findChildren<QSplitter *>())
        s->restoreState(settings.value(QStringLiteral("window/") + s->objectName()).toByteArray());
    for (QHeaderView *h : restoredHeaders())
        h->restoreState(
            settings.value(QStringLiteral("window/") + h->parent()->objectName() + QStringLiteral("Header")).toByteArray());
    setPlaying(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open profile…"), this, &MainWindow::openProfileDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Save profile as…"), this, &MainWindow::saveProfileDialog)->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("&Edit profile…"), this, [this] { editProfile(m_source); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addAction(tr("&New profile…"), this, [this] { editProfile(QString()); })->setShortcut(QKeySequence::New);
    file->addAction(tr("Open &capture…"), this, &MainWindow::openCaptureDialog)
        ->setToolTip(tr("A JSON report, a journal or Tunnelscope's HAR, read-only"));
    file->addAction(tr("Co&mpare captures…"), this, &MainWindow::compareCapturesDialog)
        ->setToolTip(tr("Two recorded sessions (a browser's HAR, a JSON report or a journal) diffed: A direct, B tunnel"));
    m_recentMenu = file->addMenu(tr("&Recent files"));
    fillRecentMenu();
    m_exportMenu = file->addMenu(tr("&Export report"));
    for (const QString &format : exportFormats()) {
        QAction *a = m_exportMenu->addAction(formatTitle(format), this, [this, format] { exportDialog(format); });
        if (format == QLatin1String("html"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), this,
                    [this] {
                        m_quitting = true;
                        close();
                    })
        ->setShortcut(QKeySequence::Quit);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_startAction = run->addAction(tr("&Start"), this, &MainWindow::start);
    m_startAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_startAction->setToolTip(tr("Play the profile on both paths (Ctrl+R)"));
    m_stopAction = run->addAction(tr("S&top"), this, &MainWindow::stop);
    m_stopAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    run->addAction(tr("&Rerun"), this, &MainWindow::rerun)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_interactiveAction = run->addAction(tr("&Interactive session"), this, &MainWindow::toggleInteractive);
    m_interactiveAction->setCheckable(true);
    m_interactiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_interactiveAction->setToolTip(tr("Connect both paths by hand and send what you like; save it as a profile"));
    run->addAction(tr("&Validate profile"), this, &MainWindow::validateProfile);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find frames…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    view->addAction(tr("&Next frame in the list"), this, [this] { stepMatch(1); })->setShortcut(QKeySequence::FindNext);
    view->addAction(tr("&Previous frame in the list"), this, [this] { stepMatch(-1); })->setShortcut(QKeySequence::FindPrevious);
    view->addAction(tr("Next &finding"), this, [this] { stepFinding(1); })->setShortcut(QKeySequence(Qt::Key_F8));
    view->addAction(tr("Previous f&inding"), this, [this] { stepFinding(-1); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *copy = view->addAction(tr("&Copy frame"), this, &MainWindow::copySelectedFrame);
    copy->setShortcut(QKeySequence::Copy);
    view->addAction(tr("&Session"), this, [this] { showMonitor(false); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(tr("&Monitor"), this, [this] { showMonitor(true); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    // Each language named in its own words; the choice speaks from the next start.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(LanguageSetting).toString();
    QList<std::pair<QString, QString>> spoken{{QString(), tr("Follow the &system")}};
    for (const QString &code : Language::available())
        spoken.append({code, Language::nativeName(code)});
    for (const auto &[code, title] : std::as_const(spoken)) {
        QAction *a = language->addAction(title, this, [this, code = code] {
            QSettings().setValue(LanguageSetting, code);
            statusBar()->showMessage(tr("The window speaks the language chosen from its next start."), 8000);
        });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(a);
    }
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *modes = new QActionGroup(appearance);
    const std::pair<Appearance::Mode, QString> choices[]{{Appearance::Mode::System, tr("Follow the &system")},
                                                         {Appearance::Mode::Light, tr("&Light")},
                                                         {Appearance::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, title] : choices) {
        QAction *a = appearance->addAction(title, this, [mode] { Appearance::choose(mode); });
        a->setCheckable(true);
        a->setChecked(mode == Appearance::saved());
        a->setObjectName(QStringLiteral("appearance-") + Appearance::settingName(mode));
        modes->addAction(a);
    }

    menuBar()->addMenu(tr("&Help"))->addAction(tr("&About Tunnelscope"), this, &MainWindow::showAbout);
}

void MainWindow::buildLayout()
{
    buildProfileBar();
    QWidget *frames = buildFramesPane();
    QWidget *detailBox = buildDetailPane();
    QWidget *findingsBox = buildFindingsPane();
    m_charts = new ChartPanel(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_charts->setAccessibleName(tr("Charts: reconnects, how connections ended, latency"));

    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->setObjectName(QStringLiteral("middleSplitter"));
    middle->addWidget(detailBox);
    middle->addWidget(findingsBox);
    middle->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(frames);
    main->addWidget(middle);
    main->addWidget(m_charts);
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 2);
    main->setStretchFactor(2, 3);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(main, tr("Session"));
    buildMonitor();
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Pick a profile, then Start (Ctrl+R)."));
}

// The profile bar: profile picker, the two URLs, validate, start, stop and progress.
void MainWindow::buildProfileBar()
{
    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileBar"));
    bar->setMovable(false);
    m_profilePicker = new QComboBox(bar);
    m_profilePicker->setObjectName(QStringLiteral("profilePicker"));
    m_profilePicker->setAccessibleName(tr("Profile"));
    m_profilePicker->setMinimumContentsLength(22);
    m_profilePicker->setToolTip(tr("Built-in profiles and recent files"));
    connect(m_profilePicker, &QComboBox::activated, this, [this](int i) {
        const QString source = m_profilePicker->itemData(i).toString();
        if (!source.isEmpty())
            loadProfile(source);
    });
    bar->addWidget(m_profilePicker);
    bar->addAction(tr("Open…"), this, &MainWindow::openProfileDialog);
    m_directUrl = new UrlField(bar);
    m_directUrl->setObjectName(QStringLiteral("directUrl"));
    m_directUrl->setAccessibleName(tr("Direct URL"));
    m_directUrl->setPlaceholderText(tr("direct ws:// URL (lab)"));
    m_tunnelUrl = new UrlField(bar);
    m_tunnelUrl->setObjectName(QStringLiteral("tunnelUrl"));
    m_tunnelUrl->setAccessibleName(tr("Tunnel URL"));
    m_tunnelUrl->setPlaceholderText(tr("tunnel ws:// URL (lab)"));
    // URLs are long: the fields share the toolbar's width, elide in the middle when they
    // still do not fit, and the whole URL is in the tooltip.
    for (QLineEdit *url : {m_directUrl, m_tunnelUrl}) {
        url->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        url->setMinimumWidth(220);
    }
    bar->addWidget(new QLabel(tr(" Direct "), bar));
    bar->addWidget(m_directUrl);
    bar->addWidget(new QLabel(tr(" Tunnel "), bar));
    bar->addWidget(m_tunnelUrl);
    bar->addAction(tr("Validate"), this, &MainWindow::validateProfile);
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    bar->addWidget(m_progress);
    m_progressLabel = new QLabel(bar);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    bar->addWidget(m_progressLabel);
}

// Frames: two lists in step, a filter, a legend.
QWidget *MainWindow::buildFramesPane()
{
    auto *frames = new QWidget(this);
    auto *framesLayout = new QVBoxLayout(frames);
    framesLayout->setContentsMargins(4, 4, 4, 0);
    auto *filterRow = new QHBoxLayout;
    m_runPicker = new QComboBox(frames);
    m_runPicker->setObjectName(QStringLiteral("runPicker"));
    m_runPicker->setAccessibleName(tr("Run shown"));
    // Grows with its items: "12 as ios-app" is read whole.
    m_runPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_runPicker, &QComboBox::currentIndexChanged, this, &MainWindow::onRunPicked);
    m_filter = new QLineEdit(frames);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Frame filter"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): text, /regex/, dir:in, type:close, is:finding, t:100..500, "
                                    "type == \"auth_invalid\""));
    m_filter->setToolTip(tr("<p>Terms side by side must all hold; <b>and</b>, <b>or</b>, <b>not</b> and parentheses "
                            "combine them.</p><table>"
                            "<tr><td><code>auth_invalid</code>, <code>\"two words\"</code></td><td>text, any case</td></tr>"
                            "<tr><td><code>/auth_(ok|invalid)/i</code></td><td>a regular expression</td></tr>"
                            "<tr><td><code>dir:in</code>, <code>dir:out</code></td><td>received, sent</td></tr>"
                            "<tr><td><code>type:close,ping</code></td><td>frame types</td></tr>"
                            "<tr><td><code>is:data</code>, <code>is:control</code>, <code>is:finding</code></td>"
                            "<td>data; pings, pongs, closes; what a finding or the diff points at</td></tr>"
                            "<tr><td><code>t:100..2500</code></td><td>milliseconds into the run</td></tr>"
                            "<tr><td><code>size:&gt;1000</code>, <code>conn:2</code>, <code>code:1006</code></td>"
                            "<td>bytes, connection, close code</td></tr>"
                            "<tr><td><code>type == \"auth_invalid\"</code>, <code>event.data.n &gt;= 10</code>, "
                            "<code>[0] == chat</code></td><td>a JSON field (also ~ for a regular expression)</td></tr>"
                            "</table>"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    m_typeFilter = new QComboBox(frames);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setAccessibleName(tr("Frame type"));
    m_typeFilter->setToolTip(tr("Only frames of this type"));
    m_typeFilter->addItem(tr("all types"), QString());
    for (const char *t : {"text", "binary", "ping", "pong", "close", "open", "error"})
        m_typeFilter->addItem(QLatin1String(t), QLatin1String(t));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    m_findingsOnly = new QToolButton(frames);
    m_findingsOnly->setObjectName(QStringLiteral("findingsOnly"));
    m_findingsOnly->setText(tr("Findings only"));
    m_findingsOnly->setToolTip(tr("Only the frames a finding or the diff points at (is:finding)"));
    m_findingsOnly->setCheckable(true);
    connect(m_findingsOnly, &QToolButton::toggled, this, &MainWindow::applyFilter);
    auto *previous = new QToolButton(frames);
    previous->setObjectName(QStringLiteral("previousMatch"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous frame in the list (Shift+F3)"));
    previous->setAccessibleName(tr("Previous frame"));
    connect(previous, &QToolButton::clicked, this, [this] { stepMatch(-1); });
    auto *next = new QToolButton(frames);
    next->setObjectName(QStringLiteral("nextMatch"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next frame in the list (F3)"));
    next->setAccessibleName(tr("Next frame"));
    connect(next, &QToolButton::clicked, this, [this] { stepMatch(1); });
    m_filterStatus = new QLabel(frames);
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_followLive = new QCheckBox(tr("Follow live"), frames);
    m_followLive->setObjectName(QStringLiteral("followLive"));
    m_followLive->setToolTip(tr("While playing, keep the newest frames in view; untick to look around"));
    m_followLive->setChecked(true);
    filterRow->addWidget(new QLabel(tr("Run"), frames));
    filterRow->addWidget(m_runPicker);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_typeFilter);
    filterRow->addWidget(m_findingsOnly);
    filterRow->addWidget(previous);
    filterRow->addWidget(next);
    filterRow->addWidget(m_filterStatus);
    filterRow->addWidget(m_followLive);
    m_composer = new SessionComposer(frames);
    m_composer->hide();
    connect(m_composer, &SessionComposer::connectRequested, this, &MainWindow::connectInteractive);
    connect(m_composer, &SessionComposer::disconnectRequested, this, [this] {
        if (m_capture && m_capture->isRunning() && m_sessionProfile) {
            m_sessionEndMs = m_elapsed.elapsed();
            m_capture->endInteractive();
        }
    });
    connect(m_composer, &SessionComposer::sendRequested, this,
            [this](const QJsonObject &step, SessionComposer::Target target) { sendInteractive(step, int(target)); });
    connect(m_composer, &SessionComposer::saveRequested, this, &MainWindow::saveSessionDialog);
    framesLayout->addWidget(m_composer);
    framesLayout->addLayout(filterRow);
    auto *lists = new QSplitter(Qt::Horizontal, frames);
    lists->setObjectName(QStringLiteral("listsSplitter"));
    m_directView = makeFrameView(lists);
    m_directView->setObjectName(QStringLiteral("directView"));
    m_directView->setAccessibleName(tr("Direct path frames"));
    m_directView->setModel(m_directProxy);
    m_tunnelView = makeFrameView(lists);
    m_tunnelView->setObjectName(QStringLiteral("tunnelView"));
    m_tunnelView->setAccessibleName(tr("Tunnel path frames"));
    m_tunnelView->setModel(m_tunnelProxy);
    // Columns as wide as their usual content in the font in use (a large font widens them),
    // so a long run's numbers are not cut.
    for (QTableView *v : {m_directView, m_tunnelView}) {
        // Opens and closes are shown in bold: measured so.
        QFont bold = v->font();
        bold.setBold(true);
        const QFontMetrics fm(bold);
        const int margins = 2 * (v->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, v) + 1) + 4;
        const std::pair<int, QString> widest[]{
            {FrameTableModel::Number, QStringLiteral("000000")},   {FrameTableModel::Time, QStringLiteral("000000.000")},
            {FrameTableModel::Delta, QStringLiteral("-0000.000")}, {FrameTableModel::Arrow, QStringLiteral("↓")},
            {FrameTableModel::Type, QStringLiteral("close 1000")}, {FrameTableModel::Size, QStringLiteral("000000")}};
        for (const auto &[column, sample] : widest)
            v->setColumnWidth(column, fm.horizontalAdvance(sample) + margins);
    }
    connect(m_directView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { onFrameSelected(false); });
    connect(m_tunnelView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { onFrameSelected(true); });
    // Scroll in step when the lists are aligned.
    connect(m_directView->verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int v) {
        if (m_directModel->isAligned())
            m_tunnelView->verticalScrollBar()->setValue(v);
    });
    connect(m_tunnelView->verticalScrollBar(), &QAbstractSlider::valueChanged, this, [this](int v) {
        if (m_tunnelModel->isAligned())
            m_directView->verticalScrollBar()->setValue(v);
    });
    framesLayout->addWidget(lists, 1);
    m_legend = new QLabel(legendHtml(), frames);
    m_legend->setObjectName(QStringLiteral("legend"));
    framesLayout->addWidget(m_legend);
    return frames;
}

// The selected frame in full, and a preview of an image it carries.
QWidget *MainWindow::buildDetailPane()
{
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setAccessibleName(tr("Frame detail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a frame to see it here: JSON pretty-printed, binary as hex, close codes explained."));
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel(detailBox);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->hide();
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_preview);
    return detailBox;
}

// The verdict and the findings, grouped as the reports group them, with filters.
QWidget *MainWindow::buildFindingsPane()
{
    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new QLabel(tr("No comparison yet."), findingsBox);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    // Never squeezed below its text (a tunnels' table, contrasts, notes): the findings give way.
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // Groups of findings, as the reports group them; a group of several expands to them.
    // Filters by severity and kind; a header click sorts (the groups come critical first).
    auto *filters = new QHBoxLayout;
    m_severityFilter = new QComboBox(findingsBox);
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->setAccessibleName(tr("Severity shown"));
    m_severityFilter->addItem(tr("All severities"));
    for (const Finding::Severity s : {Finding::Severity::Critical, Finding::Severity::Warning, Finding::Severity::Info})
        m_severityFilter->addItem(Finding::severityName(s), int(s));
    m_kindFilter = new QComboBox(findingsBox);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Finding kind shown"));
    m_kindFilter->addItem(tr("All kinds"));
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_kindFilter);
    filters->addStretch(1);
    m_findingsFilter = new FindingsFilter(this);
    m_findingsFilter->setSourceModel(m_findingsModel);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant s = m_severityFilter->currentData();
        m_findingsFilter->setSeverity(s.isValid() ? std::optional(Finding::Severity(s.toInt())) : std::nullopt);
    });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_findingsFilter->setKind(m_kindFilter->currentData().toString()); });
    m_findingsView = new QTreeView(findingsBox);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_findingsFilter);
    m_findingsView->setItemDelegate(new ElidedTextDelegate(m_findingsView));
    m_findingsView->setMinimumHeight(100);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(-1, Qt::AscendingOrder); // the model's order until asked
    // Sentences are never cut: they wrap, and the whole one is in the tooltip too.
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setRootIsDecorated(true);
    m_findingsView->header()->setStretchLastSection(true);
    sizeFindingColumns();
    connect(m_findingsView, &QTreeView::activated, this, &MainWindow::onFindingActivated);
    connect(m_findingsView, &QTreeView::clicked, this, &MainWindow::onFindingActivated);
    findingsLayout->addWidget(m_verdict);
    findingsLayout->addLayout(filters);
    findingsLayout->addWidget(m_findingsView, 1);
    return findingsBox;
}

void MainWindow::fillProfilePicker()
{
    m_profilePicker->clear();
    m_profilePicker->addItem(tr("Choose a profile…"), QString());
    for (const QString &name : ProfileLoader::builtinNames())
        m_profilePicker->addItem(tr("built-in: %1").arg(name), QStringLiteral("builtin:") + name);
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_profilePicker->addItem(tr("recent: %1").arg(QFileInfo(path).fileName()), path);
}

void MainWindow::rememberRecent(const QString &source)
{
    if (source.startsWith(QLatin1String("builtin:")))
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(source);
    recent.prepend(source);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
}

bool MainWindow::loadProfile(const QString &source)
{
    const ProfileLoader::Result loaded = ProfileLoader::load(source);
    if (!loaded.ok()) {
        m_detail->setPlainText(tr("The profile cannot be used:\n\n") + loaded.problems.join(QLatin1Char('\n')));
        statusBar()->showMessage(tr("%n problem(s) in %1", nullptr, int(loaded.problems.size())).arg(source));
        m_startAction->setEnabled(false);
        return false;
    }
    m_source = source;
    m_profile = loaded.profile;
    rememberRecent(source);
    const int index = m_profilePicker->findData(source);
    if (index < 0) {
        fillProfilePicker();
    }
    m_profilePicker->setCurrentIndex(std::max(0, m_profilePicker->findData(source)));
    m_directUrl->setText(m_profile->direct.url);
    m_tunnelUrl->setText(m_profile->tunnel.url);
    m_directUrl->setPlaceholderText(m_profile->lab.enabled ? tr("lab endpoint (automatic)") : tr("direct ws:// URL"));
    m_tunnelUrl->setPlaceholderText(m_profile->lab.enabled ? tr("lab fault tunnel (automatic)") : tr("tunnel ws:// URL"));
    setWindowTitle(tr("Tunnelscope — %1").arg(m_profile->name));
    m_detail->setPlainText(m_profile->name + QStringLiteral("\n\n") + m_profile->descriptionToRead());
    m_preview->hide();
    statusBar()->showMessage(tr("Loaded %1: %n step(s)", nullptr, int(m_profile->steps.size())).arg(source));
    m_startAction->setEnabled(true);
    return true;
}

void MainWindow::validateProfile()
{
    if (m_source.isEmpty())
        return;
    const ProfileLoader::Result r = ProfileLoader::load(m_source);
    m_detail->setPlainText(r.ok() ? tr("%1 is valid.").arg(m_source) : r.problems.join(QLatin1Char('\n')));
}

void MainWindow::openProfileDialog()
{
    QSettings settings;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open profile"), settings.value(QStringLiteral("lastProfileFolder")).toString(),
                                       tr("Tunnelscope profiles (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastProfileFolder"), QFileInfo(path).absolutePath());
    loadProfile(path);
}

void MainWindow::saveProfileDialog()
{
    if (!m_profile)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save profile"), m_profile->name + QStringLiteral(".json"),
                                                      tr("Tunnelscope profiles (*.json)"));
    if (path.isEmpty())
        return;
    QJsonObject o = m_profile->source;
    for (const auto &[key, edit] :
         {std::pair{QStringLiteral("direct"), m_directUrl}, std::pair{QStringLiteral("tunnel"), m_tunnelUrl}}) {
        if (edit->text().isEmpty())
            continue;
        QJsonObject p = o.value(key).toObject();
        p.insert(QStringLiteral("url"), edit->text());
        o.insert(key, p);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save profile"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    else if (m_profile->hasComments)
        statusBar()->showMessage(tr("Saved %1 as plain JSON: the comments of %2 are not in it").arg(path, m_profile->origin));
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

bool MainWindow::isRunning() const
{
    return m_capture && m_capture->isRunning();
}

void MainWindow::setPlaying(bool playing)
{
    m_startAction->setEnabled(!playing && m_profile.has_value());
    m_stopAction->setEnabled(playing);
    m_exportMenu->setEnabled(!playing && m_report);
    m_profilePicker->setEnabled(!playing);
    m_directUrl->setEnabled(!playing);
    m_tunnelUrl->setEnabled(!playing);
}

void MainWindow::start()
{
    if (m_source.isEmpty() || isRunning() || m_background.isBusy())
        return;
    // Read again: the file may have been edited since it was opened.
    if (!loadProfile(m_source))
        return;
    m_sessionProfile.reset();
    startPlaying();
}

void MainWindow::startPlaying()
{
    m_report.reset();
    m_recovered.reset();
    m_captures.reset();
    m_timelines.clear();
    m_finishedCharts.clear();
    m_findingsModel->setGroups({});
    m_directModel->clear();
    m_tunnelModel->clear();
    m_runPicker->clear();
    m_capture = std::make_unique<CaptureThread>(*m_profile);
    for (const QString &name : m_capture->missingSecrets()) {
        bool ok = false;
        const QString value
            = QInputDialog::getText(this, tr("Secret %1").arg(name),
                                    tr("Environment variable %1 is not set. Value of secret %2 (kept in memory only):")
                                        .arg(m_profile->secretEnv.value(name), name),
                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        m_capture->setSecretValue(name, value);
    }
    ScenarioRunner::Overrides overrides;
    overrides.directUrl = m_directUrl->text().trimmed();
    overrides.tunnelUrl = m_tunnelUrl->text().trimmed();
    const QStringList problems = m_capture->prepare(overrides);
    if (!problems.isEmpty()) {
        m_detail->setPlainText(tr("Nothing was connected:\n\n") + problems.join(QLatin1Char('\n')));
        m_capture.reset();
        return;
    }
    m_liveRedactor = SecretRedactor::forSession(m_capture->profile().asPlayed(), m_capture->secrets());
    if (overrides.directUrl.isEmpty())
        m_directUrl->setText(m_capture->directUrl().toString());
    if (overrides.tunnelUrl.isEmpty())
        m_tunnelUrl->setText(m_capture->tunnelUrl().toString());
    // The same line as the terminal's: run i/N, each path's state and frames, findings so far.
    connect(m_capture.get(), &CaptureThread::runStarted, this, &MainWindow::onRunStarted);
    connect(m_capture.get(), &CaptureThread::runFinished, this, &MainWindow::onRunFinished);
    connect(m_capture.get(), &CaptureThread::finished, this, &MainWindow::onPlayFinished);
    // A crash or a kill from here on loses nothing recorded: it can be reopened.
    if (QString journalError; !m_capture->startJournal(&journalError))
        statusBar()->showMessage(tr("Playing without a journal: %1").arg(journalError));
    m_progress->setRange(0, m_capture->profile().totalRuns());
    m_progress->setValue(0);
    m_verdict->setText(tr("Playing…"));
    m_elapsed.start();
    setPlaying(true);
    m_capture->start();
    m_refreshTimer.start();
}

void MainWindow::stop()
{
    if (isRunning())
        m_capture->stop();
}

void MainWindow::onRunStarted(int index)
{
    if (m_sessionProfile)
        m_composer->setConnected(true);
    const RunRecord *run = m_capture->liveRun();
    if (!run)
        return;
    m_directModel->setLive(&run->direct, &m_liveRedactor);
    m_tunnelModel->setLive(&run->tunnel, &m_liveRedactor);
    m_runPicker->blockSignals(true);
    m_runPicker->addItem(tr("%1 (playing)").arg(runLabel(*run)), index);
    m_runPicker->setCurrentIndex(m_runPicker->count() - 1);
    m_runPicker->blockSignals(false);
}

void MainWindow::onRunFinished(int index, const RunRecord *run)
{
    // The live models point into the copy of the run, which goes now.
    m_directModel->clear();
    m_tunnelModel->clear();
    m_finishedCharts.addRun(*run, m_capture->startedEpochMs(), nullptr);
    m_progress->setValue(index + 1);
    m_runPicker->setItemText(index, runLabel(*run));
}

void MainWindow::onRefresh()
{
    // New rows are filtered by the proxies as they are inserted; no re-filtering here.
    m_directModel->refresh();
    m_tunnelModel->refresh();
    if (m_followLive->isChecked() && m_capture && m_capture->isRunning()) {
        m_directView->scrollToBottom();
        m_tunnelView->scrollToBottom();
    }
    if (m_capture)
        m_progressLabel->setText(QLatin1Char(' ') + m_capture->progressText() + QLatin1Char(' '));
    if (m_charts->isVisible())
        updateChartsNow();
}

void MainWindow::updateChartsNow()
{
    ChartData data = m_finishedCharts;
    if (m_capture && m_capture->liveRun())
        data.addRun(*m_capture->liveRun(), m_capture->startedEpochMs(), nullptr);
    m_charts->setData(data);
}

void MainWindow::onPlayFinished()
{
    if (m_sessionProfile) {
        if (m_sessionEndMs < 0)
            m_sessionEndMs = m_elapsed.elapsed();
        m_composer->setConnected(false);
        // The lab's URLs went with the lab: the next session starts from what was typed.
        m_directUrl->setText(m_typedUrls[0]);
        m_tunnelUrl->setText(m_typedUrls[1]);
    }
    m_refreshTimer.stop();
    onRefresh();
    if (m_sessionProfile && m_sessionPaths != Profile::Paths::Both) {
        showOnePath();
        return;
    }
    m_verdict->setText(tr("Comparing the two paths…"));
    // Diffing long sessions takes a while: off the event loop, and stopped if the window goes.
    const CaptureThread *runner = m_capture.get();
    m_background.start([this, runner](std::stop_token stop) -> BackgroundTask::Deliver {
        auto report = std::make_shared<std::unique_ptr<ComparisonReport>>(std::make_unique<ComparisonReport>(
            runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets(), stop));
        if ((*report)->cancelled())
            return {};
        (*report)->setNotes(runner->notes());
        return [this, report] { showReport(report->release()); };
    });
}

bool MainWindow::openJournal(const QString &path)
{
    if (isRunning() || m_background.isBusy())
        return false;
    auto recovered = std::make_unique<CaptureJournal::Recovered>();
    QString error;
    if (!CaptureJournal::read(path, recovered.get(), &error) || recovered->runs.empty()) {
        m_detail->setPlainText(error.isEmpty() ? tr("%1 holds no run: the session stopped before its first one began.").arg(path)
                                               : error);
        return false;
    }
    m_report.reset();
    m_capture.reset();
    m_captures.reset();
    m_recovered = std::move(recovered);
    auto *report = new ComparisonReport(*m_recovered->profile, m_recovered->runs, m_recovered->startedEpochMs, {});
    report->setNotes(m_recovered->notes);
    showReport(report);
    setWindowTitle(tr("%1 (recovered) — Tunnelscope").arg(m_recovered->profile->name));
    return true;
}

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
constexpr int RecentFilesKept = 10;
const char *const CaptureFilter = QT_TRANSLATE_NOOP("tunnelscope::MainWindow", "Recorded sessions (*.json *.tsjournal *.har)");
} // namespace

void MainWindow::rememberFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    settings.setValue(RecentFilesKey, files.mid(0, RecentFilesKept));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &file : files)
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openFile(file); })->setToolTip(file);
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString &path)
{
    if (isRunning() || m_background.isBusy())
        return false;
    if (path.endsWith(QLatin1String(".json"))) {
        // A profile or a report: a report says its format.
        QFile file(path);
        const bool report = file.open(QIODevice::ReadOnly) && file.peek(4096).contains("\"tunnelscope-report/1\"");
        if (!report) {
            const bool loaded = loadProfile(path);
            if (loaded)
                rememberFile(path);
            return loaded;
        }
    }
    auto paired = std::make_unique<CapturePairing::Result>();
    QString error;
    if (!CapturePairing::open(path, paired.get(), &error)) {
        m_detail->setPlainText(error + tr("\n\nFile → Compare captures… diffs two recorded sessions: the direct one as A."));
        return false;
    }
    rememberFile(path);
    showCaptures(std::move(paired), tr("%1 (read-only) — Tunnelscope").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::compareCaptures(const QString &a, const QString &b)
{
    if (isRunning() || m_background.isBusy())
        return false;
    auto paired = std::make_unique<CapturePairing::Result>();
    QString error;
    if (!CapturePairing::pair({a, QStringLiteral("direct"), QString()}, {b, QStringLiteral("tunnel"), QString()}, QString(),
                              paired.get(), &error)) {
        m_detail->setPlainText(error);
        return false;
    }
    rememberFile(a);
    rememberFile(b);
    const QString title = tr("%1 (compared, read-only) — Tunnelscope").arg(paired->profile.name);
    showCaptures(std::move(paired), title);
    return true;
}

void MainWindow::showCaptures(std::unique_ptr<CapturePairing::Result> paired, const QString &title)
{
    m_report.reset();
    m_capture.reset();
    m_recovered.reset();
    m_captures = std::move(paired);
    auto *report = new ComparisonReport(m_captures->profile, m_captures->runs, m_captures->startedEpochMs, {});
    report->setNotes(m_captures->notes);
    showReport(report);
    setWindowTitle(title);
}

void MainWindow::openCaptureDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open capture"), settings.value(QStringLiteral("lastCaptureFolder")).toString(), tr(CaptureFilter));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastCaptureFolder"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::compareCapturesDialog()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastCaptureFolder")).toString();
    const QString a = QFileDialog::getOpenFileName(this, tr("Compare captures: A, the direct side"), folder, tr(CaptureFilter));
    if (a.isEmpty())
        return;
    const QString b = QFileDialog::getOpenFileName(this, tr("Compare captures: B, the tunnel side"), QFileInfo(a).absolutePath(),
                                                   tr(CaptureFilter));
    if (b.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastCaptureFolder"), QFileInfo(b).absolutePath());
    compareCaptures(a, b);
}

void MainWindow::offerRecovery()
{
    const QStringList journals = CaptureJournal::unfinished();
    if (journals.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover a session"),
                    tr("%n session(s) did not end (the app or the machine stopped while playing). "
                       "Open the newest, %1, to see what it recorded?",
                       nullptr, int(journals.size()))
                        .arg(QFileInfo(journals.first()).fileName()),
                    QMessageBox::NoButton, this);
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == open && openJournal(journals.first()))
        CaptureJournal::setAside(journals.first(), false);
    else if (box.clickedButton() == discard)
        CaptureJournal::setAside(journals.first(), true);
}

void MainWindow::showReport(ComparisonReport *report)
{
    m_report.reset(report);
    m_timelines.clear();
    ChartData charts;
    for (std::size_t i = 0; i < report->runs().size(); ++i) {
        m_timelines.push_back(PairedTimeline::build(*report->runs()[i], report->diff(qsizetype(i))));
        charts.addRun(*report->runs()[i], report->startedEpochMs(), &report->diff(qsizetype(i)),
                      report->runs()[i]->tunnelName == report->runs().front()->tunnelName);
    }
    QList<FindingsModel::Group> groups;
    for (const FindingGroup &g : report->groups()) {
        FindingsModel::Group row{g.severity,
                                 g.kind,
                                 (g.tunnel.isEmpty() ? QString() : tr("via %1: ").arg(g.tunnel))
                                     + (g.identity.isEmpty() ? QString() : tr("as %1: ").arg(g.identity))
                                     + report->redactor().redact(g.summary.localized()),
                                 g.runsTotal > 1 || g.count > 1 ? g.frequency().localized() : QString(),
                                 {}};
        for (const auto &[run, index] : g.members) {
            Finding f = report->findings(run)[index];
            f.summary = report->redactor().redact(f.summary);
            row.entries.append({int(run), f});
        }
        groups.append(row);
    }
    m_findingsModel->setGroups(groups);
    // The kinds of these findings, to filter by (the current choice kept when still there).
    const QString kind = m_kindFilter->currentData().toString();
    QStringList kinds;
    for (const FindingsModel::Group &g : groups)
        if (!kinds.contains(g.kind))
            kinds << g.kind;
    kinds.sort();
    const QSignalBlocker blocker(m_kindFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"));
    for (const QString &k : kinds)
        m_kindFilter->addItem(k, k);
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
    m_findingsFilter->setKind(m_kindFilter->currentData().toString());
    m_charts->setData(charts);
    showVerdict();
    m_runPicker->blockSignals(true);
    m_runPicker->clear();
    for (std::size_t i = 0; i < report->runs().size(); ++i)
        m_runPicker->addItem(runLabel(*report->runs()[i]), int(i));
    m_runPicker->blockSignals(false);
    showRun(0);
    setPlaying(false);
    statusBar()->showMessage(TextSummary::verdictLine(*report));
    Q_EMIT comparisonReady();
}

// The verdict pane, in the palette's colours (so again when the palette changes).
void MainWindow::showVerdict()
{
    if (!m_report)
        return;
    const ComparisonReport *report = m_report.get();
    const ThemeColors colors = ThemeColors::forPalette(palette());
    QString verdict = QStringLiteral("<b>%1</b>").arg(TextSummary::verdictLine(*report).toHtmlEscaped());
    verdict += tunnelTable(*report, colors);
    for (const TunnelContrast &c : report->tunnelContrasts())
        verdict += QStringLiteral("<br><b>%1</b>").arg(report->redactor().redact(c.sentence().localized()).toHtmlEscaped());
    for (const IdentityContrast &c : report->identityContrasts())
        verdict += QStringLiteral("<br><b>%1</b>").arg(report->redactor().redact(c.sentence().localized()).toHtmlEscaped());
    for (const Sentence &warning : report->tlsWarnings())
        verdict += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                       .arg(colors.warning().name(),
                            tr("Warning: %1").arg(report->redactor().redact(warning.localized())).toHtmlEscaped());
    for (const Sentence &note : report->notes())
        verdict += QStringLiteral("<br>%1").arg(tr("Note: %1").arg(report->redactor().redact(note.localized())).toHtmlEscaped());
    m_verdict->setText(verdict);
}

// The findings' short columns as wide as their titles and their widest usual text in the font
// in use, in the language in use ("时间（毫秒）" is wider than "t (ms)"); the summary takes the rest.
void MainWindow::sizeFindingColumns()
{
    const QFontMetrics metrics(m_findingsView->font());
    const QAbstractItemModel *model = m_findingsView->model();
    auto fit = [&](int column, const QStringList &samples, int extra) {
        int widest = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        for (const QString &s : samples)
            widest = std::max(widest, metrics.horizontalAdvance(s));
        m_findingsView->setColumnWidth(column, widest + extra + 2 * metrics.averageCharWidth());
    };
    QStringList severities;
    for (const Finding::Severity s : {Finding::Severity::Critical, Finding::Severity::Warning, Finding::Severity::Info})
        severities << FindingsModel::severityWord(s);
    fit(FindingsModel::Severity, severities,
        m_findingsView->indentation() + m_findingsView->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(FindingsModel::Kind, {QStringLiteral("message_duplicated"), QStringLiteral("reconnect_mismatch")}, 0);
    FindingGroup often; // the longest a frequency usually gets
    often.runsAffected = often.runsTotal = 20;
    often.count = 99;
    fit(FindingsModel::Run, {often.frequency().localized()}, 0);
    fit(FindingsModel::Time, {QStringLiteral("99999.999")}, 0);
}

// The legend under the frame lists: the rows' own colours, named.
QString MainWindow::legendHtml() const
{
    const ThemeColors colors = ThemeColors::forPalette(palette());
    const auto swatch = [&](ThemeColors::Row row, const QString &name) {
        return QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span> ")
            .arg(colors.rowBackground(row).name(), colors.rowText(row).name(), name.toHtmlEscaped());
    };
    return swatch(ThemeColors::Row::Lost, tr("missing / extra")) + swatch(ThemeColors::Row::Duplicated, tr("duplicated"))
        + swatch(ThemeColors::Row::Altered, tr("altered")) + swatch(ThemeColors::Row::Reordered, tr("reordered"))
        + QStringLiteral("<span style='color:%1'>&nbsp;%2&nbsp;</span> ").arg(colors.error().name(), tr("error / violation"))
        + tr("· ↓ received ↑ sent · Δ: tunnel minus direct").toHtmlEscaped();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_legend->setText(legendHtml());
        showVerdict();
        if (!m_filterError.isEmpty())
            m_filter->setStyleSheet(filterErrorStyle());
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::filterErrorStyle() const
{
    return QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(ThemeColors::forPalette(palette()).error().name());
}

void MainWindow::onRunPicked(int index)
{
    if (m_report)
        showRun(index);
}

void MainWindow::showRun(int index)
{
    if (!m_report || index < 0 || index >= int(m_timelines.size()))
        return;
    const RunRecord &run = *m_report->runs()[std::size_t(index)];
    m_directModel->setAligned(&run.direct, &run.tunnel, &m_timelines[std::size_t(index)], &m_report->redactor());
    m_tunnelModel->setAligned(&run.tunnel, &run.direct, &m_timelines[std::size_t(index)], &m_report->redactor());
    if (m_runPicker->currentIndex() != index)
        m_runPicker->setCurrentIndex(index);
    applyFilter();
}

void MainWindow::applyFilter()
{
    // The bar's parts as one expression: what was typed, the type picked, findings only.
    QStringList terms;
    if (!m_filter->text().trimmed().isEmpty())
        terms << QStringLiteral("(%1)").arg(m_filter->text());
    if (const QString type = m_typeFilter->currentData().toString(); !type.isEmpty())
        terms << QStringLiteral("type:") + type;
    if (m_findingsOnly->isChecked())
        terms << QStringLiteral("is:finding");
    QString problem;
    const FrameFilter filter = FrameFilter::parse(terms.join(QLatin1Char(' ')), &problem);
    // A mistake is shown at the field, in words; the lists keep the last filter that read.
    m_filterError = problem;
    if (!problem.isEmpty()) {
        // The typed text is wrapped in "(": columns are the user's, one to the left.
        static const QRegularExpression column(QStringLiteral("^column (\\d+): "));
        const QRegularExpressionMatch m = column.match(problem);
        const QString where = m.hasMatch() ? tr("column %1: ").arg(m.captured(1).toInt() - 1) : QString();
        const QString what = m.hasMatch() ? problem.mid(m.capturedLength()) : problem;
        m_filterStatus->setText(tr("Filter: %1%2").arg(where, what).toHtmlEscaped());
        m_filterStatus->setToolTip(m_filterStatus->text());
        m_filter->setStyleSheet(filterErrorStyle());
        return;
    }
    m_filter->setStyleSheet(QString());
    m_filterStatus->setToolTip(QString());
    m_filterRunner->setFilter(filter);
}

void MainWindow::showFilterProgress(qsizetype matches, qsizetype scanned, qsizetype total)
{
    if (!m_filterError.isEmpty())
        return;
    const QLocale locale;
    if (m_filterRunner->filter().isEmpty())
        m_filterStatus->clear();
    else if (scanned < total)
        m_filterStatus->setText(
            tr("%1 so far, %2% read").arg(locale.toString(qint64(matches))).arg(100 * scanned / std::max<qsizetype>(1, total)));
    else
        m_filterStatus->setText(tr("%1 of %2").arg(locale.toString(qint64(matches)), locale.toString(qint64(total))));
}

ProfileEditor *MainWindow::editProfile(const QString &source)
{
    // One editor window; it keeps its own undo history while it lives.
    if (!m_editor) {
        m_editor = new ProfileEditor(this);
        connect(m_editor, &ProfileEditor::saved, this, [this](const QString &path) {
            rememberRecent(path);
            if (path == m_source && !isRunning())
                loadProfile(path);
        });
    }
    if (!m_editor->isDirty()) {
        if (source.isEmpty())
            m_editor->newProfile();
        else if (!m_editor->open(source))
            statusBar()->showMessage(m_editor->problems().join(QLatin1Char(' ')), 8000);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

void MainWindow::toggleInteractive()
{
    m_composer->setVisible(!m_composer->isVisible());
    m_interactiveAction->setChecked(m_composer->isVisible());
    if (m_composer->isVisible())
        m_composer->setFocus();
}

void MainWindow::connectInteractive()
{
    if (isRunning() || m_background.isBusy())
        return;
    m_typedUrls[0] = m_directUrl->text().trimmed();
    m_typedUrls[1] = m_tunnelUrl->text().trimmed();
    QString problem;
    QJsonObject profile = m_composer->connectionProfile(m_typedUrls[0], m_typedUrls[1], &problem);
    if (!problem.isEmpty()) {
        m_detail->setPlainText(tr("Nothing was connected:\n\n") + problem);
        return;
    }
    // A session has no script: each path holds its connection for the steps sent by hand.
    profile.insert(QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("wait_ms"), 0}}});
    ProfileLoader::Result loaded
        = ProfileLoader::parse(QJsonDocument(profile).toJson(QJsonDocument::Compact), tr("the interactive session"));
    if (!loaded.profile) {
        m_detail->setPlainText(tr("Nothing was connected:\n\n") + loaded.problems.join(QLatin1Char('\n')));
        return;
    }
    loaded.profile->steps.clear();
    loaded.profile->interactive = true;
    const SessionComposer::Target paths = m_composer->paths();
    loaded.profile->paths = paths == SessionComposer::Target::Direct ? Profile::Paths::DirectOnly
        : paths == SessionComposer::Target::Tunnel                   ? Profile::Paths::TunnelOnly
                                                                     : Profile::Paths::Both;
    m_sessionPaths = loaded.profile->paths;
    m_profile = std::move(*loaded.profile);
    m_sessionProfile = profile;
    m_sent.clear();
    m_sessionEndMs = -1;
    setWindowTitle(tr("Interactive session — Tunnelscope"));
    startPlaying();
    if (!m_capture)
        return;
    if (m_profile->paths == Profile::Paths::Both)
        statusBar()->showMessage(tr("Interactive session: send to %1 and %2; Disconnect closes both paths and compares them.")
                                     .arg(m_capture->directUrl().toString(), m_capture->tunnelUrl().toString()));
    else
        statusBar()->showMessage(
            tr("Interactive session on %1 alone: Disconnect closes it; nothing is compared.")
                .arg((m_profile->paths == Profile::Paths::DirectOnly ? m_capture->directUrl() : m_capture->tunnelUrl())
                         .toString()));
}

// A session opened on one path alone: its frames, charts and journal, and no comparison (there
// is nothing to compare it with, so no verdict and no report to export).
void MainWindow::showOnePath()
{
    const bool direct = m_sessionPaths == Profile::Paths::DirectOnly;
    const RunRecord *run = m_capture->runs().empty() ? nullptr : m_capture->runs().front().get();
    const PathRecord *path = run ? (direct ? &run->direct : &run->tunnel) : nullptr;
    (direct ? m_directModel : m_tunnelModel)->setLive(path, &m_liveRedactor);
    (direct ? m_tunnelModel : m_directModel)->clear();
    m_directModel->refresh();
    m_tunnelModel->refresh();
    const qsizetype frames = path ? path->frames.count() : 0;
    const QString line = direct
        ? tr("Only the direct path was connected: %n frame(s) recorded, nothing compared.", nullptr, int(frames))
        : tr("Only the tunnel path was connected: %n frame(s) recorded, nothing compared.", nullptr, int(frames));
    m_verdict->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(line.toHtmlEscaped(), tr("Connect both paths to compare them.").toHtmlEscaped()));
    statusBar()->showMessage(line);
    setPlaying(false);
}

void MainWindow::sendInteractive(const QJsonObject &step, int target)
{
    if (!m_capture || !m_capture->isRunning() || !m_sessionProfile)
        return;
    const auto to = SessionComposer::Target(target);
    QStringList problems;
    const StepSpec spec = ProfileLoader::readStep(step, *m_profile, &problems);
    if (!problems.isEmpty()) {
        statusBar()->showMessage(tr("Not sent: %1").arg(problems.join(QLatin1Char(' '))), 8000);
        return;
    }
    m_capture->play(spec, to != SessionComposer::Target::Tunnel, to != SessionComposer::Target::Direct);
    m_sent.append(SentStep{m_elapsed.elapsed(), step, target});
}

QJsonObject MainWindow::sessionAsProfile(QStringList *notes) const
{
    if (!m_sessionProfile)
        return {};
    QJsonObject profile = *m_sessionProfile;
    QJsonArray steps;
    // The time from connecting to the first send, then each send with the wait before the next
    // (the last one's: until the session was ended), then the close the session ended with.
    const qint64 first = m_sent.isEmpty() ? m_sessionEndMs : m_sent.first().atMs;
    if (first > 0)
        steps.append(QJsonObject{{QStringLiteral("wait_ms"), first}});
    int oneSided = 0;
    for (qsizetype i = 0; i < m_sent.size(); ++i) {
        QJsonObject step = m_sent.at(i).step;
        const qint64 next = i + 1 < m_sent.size() ? m_sent.at(i + 1).atMs : m_sessionEndMs;
        if (next > m_sent.at(i).atMs)
            step.insert(QStringLiteral("wait_ms"), next - m_sent.at(i).atMs);
        steps.append(step);
        oneSided += m_sent.at(i).target != int(SessionComposer::Target::Both);
    }
    steps.append(QJsonObject{{QStringLiteral("close"), 1000}, {QStringLiteral("await_close_ms"), 2000}});
    profile.insert(QStringLiteral("steps"), steps);
    if (notes && oneSided > 0 && m_sessionPaths == Profile::Paths::Both)
        *notes << tr("%n step(s) went to one path only; a profile plays every step on both paths.", nullptr, oneSided);
    if (notes && m_sessionPaths != Profile::Paths::Both)
        *notes << tr("The session was on one path alone; the profile plays both and compares them.");
    return profile;
}

QString MainWindow::saveSession(const QString &path) const
{
    const QJsonObject profile = sessionAsProfile();
    if (profile.isEmpty())
        return tr("There is no session to save: connect, send, then save.");
    const QByteArray text = QJsonDocument(profile).toJson(QJsonDocument::Indented);
    const ProfileLoader::Result checked = ProfileLoader::parse(text, path);
    if (!checked.profile)
        return checked.problems.join(QLatin1Char('\n'));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return QString();
}

void MainWindow::saveSessionDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the session as a profile"),
                                                      QStringLiteral("interactive.json"), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QStringList notes;
    sessionAsProfile(&notes);
    const QString error = saveSession(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save the session as a profile"), error);
        return;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1 (run it with: tunnelscope run %1). %2").arg(path, notes.join(QLatin1Char(' '))), 8000);
}

void MainWindow::stepMatch(int step)
{
    QTableView *view = m_tunnelView->hasFocus() ? m_tunnelView : m_directView;
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return;
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : (step > 0 ? -1 : rows);
    const int row = ((current + step) % rows + rows) % rows;
    const QModelIndex target = view->model()->index(row, FrameTableModel::Preview);
    view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    view->setCurrentIndex(target);
    view->selectRow(row);
    // Looking around a live list: stop following it.
    if (m_capture && m_capture->isRunning())
        m_followLive->setChecked(false);
}

void MainWindow::stepFinding(int step)
{
    QAbstractItemModel *model = m_findingsView->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_findingsView->currentIndex();
    const int from
        = current.isValid() ? current.parent().isValid() ? current.parent().row() : current.row() : (step > 0 ? -1 : rows);
    const QModelIndex target = model->index(((from + step) % rows + rows) % rows, 0);
    m_findingsView->setCurrentIndex(target);
    m_findingsView->scrollTo(target);
    onFindingActivated(target);
}

void MainWindow::rerun()
{
    if (m_capture && m_capture->isRunning()) {
        // Start again once this play has wound down.
        connect(m_capture.get(), &CaptureThread::finished, this, &MainWindow::start, Qt::SingleShotConnection);
        stop();
        return;
    }
    start();
}

void MainWindow::onFrameSelected(bool tunnel)
{
    QTableView *view = tunnel ? m_tunnelView : m_directView;
    QTableView *other = tunnel ? m_directView : m_tunnelView;
    const FilteredFrameModel *proxy = tunnel ? m_tunnelProxy : m_directProxy;
    const FrameTableModel *model = tunnel ? m_tunnelModel : m_directModel;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int row = proxy->mapToSource(current).row();
    // Selecting a frame selects its counterpart.
    if (!m_syncingSelection && model->isAligned()) {
        m_syncingSelection = true;
        other->selectRow(current.row());
        m_syncingSelection = false;
    }
    const qsizetype frame = model->frameAt(row);
    if (frame < 0) {
        m_detail->setPlainText(tr("Nothing on this path here: the other path received a message this one did not."));
        m_preview->hide();
        return;
    }
    // While playing, the frame comes from the run in progress.
    const RunRecord *run = m_report ? m_report->runs()[std::size_t(m_runPicker->currentIndex())].get()
                                    : (m_capture ? m_capture->liveRun() : nullptr);
    if (!run)
        return;
    const SecretRedactor &redactor = m_report ? m_report->redactor() : m_liveRedactor;
    const PathRecord &path = run->path(tunnel);
    QString text = tr("%1 path, frame %2\n").arg(tunnel ? tr("Tunnel") : tr("Direct")).arg(frame)
        + FrameDetail::describe(path.frames.at(frame), redactor);
    const QString status = model->statusAt(row);
    if (!status.isEmpty())
        text += tr("\n\nDiff: %1").arg(status);
    const HandshakeRecord h = path.firstHandshake();
    const CloseRecord c = path.lastClose();
    if (!h.proxy.isEmpty())
        text += tr("\n\n— Proxy —\n%1: %2")
                    .arg(redactor.redact(h.proxy),
                         h.proxyStatusLine.isEmpty() ? tr("no answer") : QString::fromUtf8(h.proxyStatusLine));
    text += tr("\n\n— Connection —\nUpgrade: %1\nEnded: %2")
                .arg(h.ok ? tr("%1 in %2 ms").arg(QString::fromLatin1(h.statusLine)).arg(h.durationMs(), 0, 'f', 2)
                          : tr("failed: %1").arg(redactor.redact(h.error)),
                     path.everConnected()
                         ? (c.frameReceived ? tr("close %1 (%2), %3 initiated")
                                                  .arg(c.code)
                                                  .arg(ClosePayload::describe(c.code), CloseRecord::initiatorName(c.initiatedBy))
                                : c.endedUs < 0 ? c.tcpEnd
                                                : tr("1006, no close frame (%1)").arg(c.tcpEnd))
                         : QStringLiteral("—"));
    if (const QByteArray agreed = WebSocketExtensions::joined(h.headers); !agreed.isEmpty())
        text += tr("\nExtensions: %1").arg(QString::fromLatin1(agreed));
    else if (const QByteArray offered = WebSocketExtensions::joined(h.requestHeaders); !offered.isEmpty())
        text += tr("\nExtensions: offered %1, none agreed").arg(QString::fromLatin1(offered));
    m_detail->setPlainText(text);
    showPreview(path.frames.at(frame));
}

void MainWindow::showPreview(const Frame &frame)
{
    // Decoded by Qt's image plug-ins under their allocation limit: the bytes come from a
    // server we do not trust; an image that does not decode is only described in the text.
    QString format;
    const QByteArray bytes = FrameDetail::previewImage(frame, &format);
    QImage image;
    if (!bytes.isEmpty())
        image.loadFromData(bytes, format.toLatin1().constData());
    if (image.isNull()) {
        m_preview->clear();
        m_preview->hide();
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(image.width() > 320 || image.height() > 240
                                                ? image.scaled(320, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                                : image));
    m_preview->setToolTip(tr("Preview image: %1 × %2 %3").arg(image.width()).arg(image.height()).arg(format.toUpper()));
    m_preview->show();
}

void MainWindow::onFindingActivated(const QModelIndex &index)
{
    if (!index.isValid() || !m_report)
        return;
    // From the pane (through its filter) or given as the model's own index.
    const QModelIndex source = index.model() == m_findingsFilter ? m_findingsFilter->mapToSource(index) : index;
    const FindingsModel::Entry &e = m_findingsModel->entryAt(source.siblingAtColumn(0));
    showRun(e.run);
    const bool tunnel = e.finding.tunnelSeq >= 0;
    const qsizetype frame = tunnel ? e.finding.tunnelSeq : e.finding.directSeq;
    if (frame < 0)
        return;
    FrameTableModel *model = tunnel ? m_tunnelModel : m_directModel;
    FilteredFrameModel *proxy = tunnel ? m_tunnelProxy : m_directProxy;
    QTableView *view = tunnel ? m_tunnelView : m_directView;
    const QModelIndex target = proxy->mapFromSource(model->index(model->rowOfFrame(frame), 0));
    if (target.isValid()) {
        view->scrollTo(target, QAbstractItemView::PositionAtCenter);
        view->setCurrentIndex(target);
        view->selectRow(target.row());
    }
}

void MainWindow::copySelectedFrame()
{
    for (const auto &[view, proxy, model, tunnel] : {std::tuple{m_directView, m_directProxy, m_directModel, false},
                                                     std::tuple{m_tunnelView, m_tunnelProxy, m_tunnelModel, true}}) {
        if (!view->hasFocus() || !view->currentIndex().isValid() || !m_report)
            continue;
        const qsizetype frame = model->frameAt(proxy->mapToSource(view->currentIndex()).row());
        if (frame < 0)
            return;
        const RunRecord &run = *m_report->runs()[std::size_t(m_runPicker->currentIndex())];
        const Frame copied = run.path(tunnel).frames.at(frame);
        QApplication::clipboard()->setText(FrameDetail::describe(copied, m_report->redactor()));
        // Say what is true of this frame: whether the copy had anything to hide.
        statusBar()->showMessage(m_report->redactor().finds(copied.payload)
                                     ? tr("Frame %1 copied, its secrets redacted").arg(frame)
                                     : tr("Frame %1 copied").arg(frame),
                                 3000);
    }
}

QString MainWindow::exportReport(const QString &path, const QString &format) const
{
    if (!m_report)
        return tr("nothing to export yet: play the profile first");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    if (!ReportFormat::write(format, *m_report, &file))
        return tr("unknown format %1").arg(format);
    if (!file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return QString();
}

void MainWindow::exportDialog(const QString &format)
{
    if (!m_report || m_background.isBusy())
        return;
    QSettings settings;
    const QString suffix = QLatin1String(ReportFormat::named(format)->suffix);
    const QString suggested = QDir(settings.value(QStringLiteral("lastExportFolder"), QDir::homePath()).toString())
                                  .filePath(m_profile->name + QStringLiteral("-report.") + suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, formatTitle(format));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastExportFolder"), QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exporting %1…").arg(path));
    // Large sessions take a moment to write: off the event loop.
    m_background.start([this, path, format](std::stop_token) -> BackgroundTask::Deliver {
        const QString error = exportReport(path, format);
        return [this, path, error] { statusBar()->showMessage(error.isEmpty() ? tr("Wrote %1").arg(path) : error); };
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tunnelscope"),
                       tr("<h3>Tunnelscope %1</h3><p>Finds out what a tunnel or reverse proxy does to WebSocket traffic: "
                          "the same scenario on a direct and a tunnelled path, every frame timestamped on one clock, "
                          "the two sequences compared.</p><p>Qt %2</p>")
                           .arg(QStringLiteral(TUNNELSCOPE_VERSION), QString::fromLatin1(qVersion())));
}

QList<QHeaderView *> MainWindow::restoredHeaders() const
{
    return {m_findingsView->header(), m_directView->horizontalHeader(), m_tunnelView->horizontalHeader()};
}

void MainWindow::buildMonitor()
{
    m_monitor = new MonitorView(this);
    m_monitor->setObjectName(QStringLiteral("monitor"));
    m_monitor->setCurrentProfileSource([this] { return m_source; });
    m_tabs->addTab(m_monitor, tr("Monitor"));
    connect(m_monitor, &MonitorView::openJournalRequested, this, [this](const QString &path) {
        if (isRunning()) {
            statusBar()->showMessage(tr("Stop the session first to open a play of the watch."));
            return;
        }
        showMonitor(false);
        openJournal(path);
    });
    connect(m_monitor, &MonitorView::verdictChanged, this,
            [this](const QString &profile, const QString &previous, const QString &verdict, const QString &) {
                onVerdictChanged(profile, previous, verdict);
            });
    connect(m_monitor, &MonitorView::watchingChanged, this, [this](bool watching) {
        if (watching)
            buildTray();
        if (m_tray)
            m_tray->setVisible(watching);
    });
}

void MainWindow::showMonitor(bool monitor)
{
    m_tabs->setCurrentWidget(monitor ? static_cast<QWidget *>(m_monitor) : m_tabs->widget(0));
}

void MainWindow::buildTray()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Tunnelscope: watching"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Tunnelscope"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Stop watching"), m_monitor, &MonitorView::stopWatching);
    menu->addAction(tr("Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
        }
    });
}

void MainWindow::onVerdictChanged(const QString &profile, const QString &previous, const QString &verdict)
{
    const QString text = tr("%1: %2 → %3").arg(profile, previous, verdict);
    statusBar()->showMessage(tr("Watch: %1").arg(text));
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("Tunnelscope: verdict changed"), text,
                            verdict == QLatin1String("broken") ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Watching goes on in the tray when the window is closed (Quit ends it).
    if (!m_quitting && m_monitor->isWatching() && m_tray && m_tray->isVisible()) {
        hide();
        m_tray->showMessage(tr("Tunnelscope"), tr("Still watching. Quit from this icon's menu."));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (QSplitter *s : findChildren<QSplitter *>())
        settings.setValue(QStringLiteral("window/") + s->objectName(), s->saveState());
    for (QHeaderView *h : restoredHeaders())
        settings.setValue(QStringLiteral("window/") + h->parent()->objectName() + QStringLiteral("Header"), h->saveState());
    if (isRunning())
        m_capture->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // One profile or capture, or two captures to compare.
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
        const QString path = u.toLocalFile();
        return u.isLocalFile()
            && (path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".tsjournal"))
                || path.endsWith(QLatin1String(".har")));
    });
    if (files && (urls.size() == 1 || urls.size() == 2))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 2)
        compareCaptures(urls.at(0).toLocalFile(), urls.at(1).toLocalFile());
    else if (urls.size() == 1)
        openFile(urls.first().toLocalFile());
}

} // namespace tunnelscope
