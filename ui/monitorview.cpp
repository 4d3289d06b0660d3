#include "monitorview.h"

#include "chartfonts.h"
#include "durationtext.h"
#include "finding.h"
#include "profileloader.h"
#include "runarchive.h"
#include "watchsummary.h"
#include "watchthread.h"

#include "elidedtextdelegate.h"
#include "themecolors.h"
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace tunnelscope {

namespace {

// The windows offered: how far back each reaches (0: everything kept).
constexpr qint64 Windows[] = {5 * 60 * 1000, 3600 * 1000, WatchStatistics::DayMs, 7 * WatchStatistics::DayMs, 0};

// Steps that give a window of `spanSeconds` at most about 360 points: whole minutes, and whole
// hours past a day (what the statistics keep for longer).
double stepFor(double spanSeconds)
{
    const double step = std::max(60.0, std::ceil(spanSeconds / 360 / 60) * 60);
    return spanSeconds > 24 * 3600 ? std::ceil(step / 3600) * 3600 : step;
}

// Connections that ended other than with 1000 (normal) or 1001 (going away).
quint64 abnormalCloses(const WatchTally::PathTally &path)
{
    quint64 n = 0;
    for (auto c = path.closes.cbegin(); c != path.closes.cend(); ++c)
        if (c.key() != QLatin1String("1000") && c.key() != QLatin1String("1001"))
            n += c.value();
    return n;
}

} // namespace

MonitorView::MonitorView(QWidget *parent) : QWidget(parent), m_directory(RunArchive::defaultDirectory())
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("monitorSplitter"));
    split->addWidget(buildCharts());
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    applyColors();
    applyFonts();
    render();
}

void MonitorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void MonitorView::applyFonts()
{
    for (QChart *chart : std::as_const(m_charts))
        ChartFonts::apply(chart, font());
}

// The charts in the palette's colours: a path in the same colour as on the run's charts.
void MonitorView::applyColors()
{
    const ThemeColors colors = ThemeColors::forPalette(palette());
    for (QChart *chart : std::as_const(m_charts))
        colors.applyTo(chart, palette());
    for (auto s = m_series.cbegin(); s != m_series.cend(); ++s) {
        const Ink ink = m_inks.value(s.key());
        s.value()->setPen(QPen(ink == Ink::Direct       ? colors.direct()
                                   : ink == Ink::Tunnel ? colors.tunnel()
                                                        : colors.warning(),
                               2));
    }
}

MonitorView::~MonitorView() = default;

QWidget *MonitorView::buildControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_profiles = new QListWidget(box);
    m_profiles->setItemDelegate(new ElidedTextDelegate(m_profiles));
    m_profiles->setObjectName(QStringLiteral("watchedProfiles"));
    m_profiles->setMaximumHeight(72);
    m_profiles->setToolTip(tr("The profiles to watch, each on its own schedule"));
    auto *buttons = new QVBoxLayout;
    auto *addCurrent = new QPushButton(tr("Add current profile"), box);
    connect(addCurrent, &QPushButton::clicked, this, [this] {
        if (m_currentSource && !m_currentSource().isEmpty())
            addProfile(m_currentSource());
    });
    auto *addFile = new QPushButton(tr("Add file…"), box);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Watch a profile"), QString(), tr("Profiles (*.json)"));
        if (!file.isEmpty())
            addProfile(file);
    });
    auto *remove = new QPushButton(tr("Remove"), box);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_profiles->currentItem(); });
    for (QPushButton *b : {addCurrent, addFile, remove})
        buttons->addWidget(b);
    m_every = new QComboBox(box);
    m_every->setEditable(true);
    m_every->addItems({QStringLiteral("10s"), QStringLiteral("30s"), QStringLiteral("1m"), QStringLiteral("5m")});
    m_every->setCurrentText(QStringLiteral("30s"));
    m_every->setToolTip(tr("From one play's start to the next (500ms, 30s, 5m, 1h; 0: back to back)"));
    m_start = new QPushButton(tr("Start watching"), box);
    connect(m_start, &QPushButton::clicked, this, &MonitorView::startWatching);
    m_stop = new QPushButton(tr("Stop"), box);
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &MonitorView::stopWatching);
    m_status = new QLabel(tr("Add profiles, then Start watching."), box);
    m_status->setWordWrap(true);
    auto *every = new QLabel(tr("every"), box);
    every->setBuddy(m_every);
    row->addWidget(m_profiles, 2);
    row->addLayout(buttons);
    row->addWidget(every);
    row->addWidget(m_every);
    row->addWidget(m_start);
    row->addWidget(m_stop);
    row->addWidget(m_status, 3);
    return box;
}

QChartView *MonitorView::addChart(const QString &title, const QString &yTitle, const QList<SeriesSpec> &series)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd HH:mm"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setTitleText(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const SeriesSpec &spec : series) {
        auto *s = new QLineSeries;
        s->setName(spec.legend);
        // A point of a step opens the play of that profile nearest to it in time.
        connect(s, &QLineSeries::clicked, this, [this](const QPointF &point) { openPlayNear(point.x() / 1000.0); });
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        m_series.insert(spec.key, s);
        m_inks.insert(spec.key, spec.ink);
    }
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    // Drag across to zoom in on a stretch of time; right-click zooms out again.
    view->setRubberBand(QChartView::HorizontalRubberBand);
    view->setMinimumHeight(200);
    view->setFocusPolicy(Qt::StrongFocus);
    view->installEventFilter(this);
    view->setToolTip(tr("Drag to zoom in, right-click to zoom out; with the keyboard: ← → pan, + − zoom, 0 resets. "
                        "Click a point to open the play nearest to it."));
    m_charts.append(chart);
    return view;
}

QWidget *MonitorView::buildCharts()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    m_profilePicker = new QComboBox(box);
    m_profilePicker->setObjectName(QStringLiteral("monitorProfile"));
    m_profilePicker->setMinimumContentsLength(24);
    connect(m_profilePicker, &QComboBox::currentTextChanged, this, &MonitorView::render);
    m_window = new QComboBox(box);
    for (const qint64 ms : Windows)
        m_window->addItem(ms > 0 ? DurationText::spoken(ms) : tr("everything kept"), ms);
    m_window->setCurrentIndex(m_window->findData(WatchStatistics::DayMs));
    connect(m_window, &QComboBox::currentIndexChanged, this, &MonitorView::render);
    auto *reset = new QPushButton(tr("Reset zoom"), box);
    connect(reset, &QPushButton::clicked, this, [this] {
        for (QChart *c : std::as_const(m_charts))
            c->zoomReset();
    });
    auto *profileLabel = new QLabel(tr("Profile"), box);
    profileLabel->setBuddy(m_profilePicker);
    auto *windowLabel = new QLabel(tr("Window"), box);
    windowLabel->setBuddy(m_window);
    pick->addWidget(profileLabel);
    pick->addWidget(m_profilePicker);
    pick->addWidget(windowLabel);
    pick->addWidget(m_window);
    pick->addWidget(reset);
    pick->addStretch(1);
    column->addLayout(pick);
    auto *charts = new QHBoxLayout;
    charts->addWidget(addChart(
        tr("Runs up, per path"), tr("%"),
        {{QStringLiteral("up.direct"), tr("direct"), Ink::Direct}, {QStringLiteral("up.tunnel"), tr("tunnel"), Ink::Tunnel}}));
    charts->addWidget(addChart(
        tr("Tunnel − direct per message"), tr("ms"),
        {{QStringLiteral("delta.p50"), tr("p50"), Ink::Direct}, {QStringLiteral("delta.p95"), tr("p95"), Ink::Warning}}));
    charts->addWidget(addChart(
        tr("Runs with findings"), tr("runs"),
        {{QStringLiteral("broken"), tr("broken"), Ink::Tunnel}, {QStringLiteral("degraded"), tr("degraded"), Ink::Warning}}));
    // Reconnects per path, and the tunnel's connections that ended other than 1000/1001.
    charts->addWidget(addChart(tr("Reconnects, abnormal closes"), tr("count"),
                               {{QStringLiteral("reconnects.direct"), tr("direct"), Ink::Direct},
                                {QStringLiteral("reconnects.tunnel"), tr("tunnel"), Ink::Tunnel},
                                {QStringLiteral("closes.tunnel"), tr("tunnel ≠1000"), Ink::Warning}}));
    column->addLayout(charts, 1);
    return box;
}

QWidget *MonitorView::buildDetails()
{
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("monitorDetails"));
    m_summary = new QPlainTextEdit(split);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_groups = new QTableWidget(0, 5, split);
    m_groups->setItemDelegate(new ElidedTextDelegate(m_groups));
    m_groups->setObjectName(QStringLiteral("monitorGroups"));
    m_groups->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Runs"), tr("First seen"), tr("Last seen")});
    m_groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setWordWrap(false);
    m_groups->setToolTip(tr("Double-click a finding to open the latest play that had it"));
    connect(m_groups, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { activateGroup(row); });
    split->addWidget(m_summary);
    split->addWidget(m_groups);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({500, 750});
    return split;
}

bool MonitorView::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QChartView *>(watched);
    if (!view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    QChart *chart = view->chart();
    const qreal step = chart->plotArea().width() / 8;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Left:
        chart->scroll(-step, 0);
        return true;
    case Qt::Key_Right:
        chart->scroll(step, 0);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart->zoom(1.5);
        return true;
    case Qt::Key_Minus:
        chart->zoom(1 / 1.5);
        return true;
    case Qt::Key_0:
        chart->zoomReset();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void MonitorView::openPlayNear(double epochSeconds)
{
    // The kept journal of this profile that ended nearest to the time clicked.
    const QString folder = RunArchive::folderName(m_profilePicker->currentText());
    QString nearest;
    double best = std::numeric_limits<double>::max();
    for (const RunArchive::Stored &stored : RunArchive::list(m_directory + QLatin1Char('/') + folder)) {
        const double distance = std::fabs(double(stored.modified.toMSecsSinceEpoch()) / 1000.0 - epochSeconds);
        if (distance < best) {
            best = distance;
            nearest = stored.path;
        }
    }
    if (nearest.isEmpty())
        m_status->setText(tr("No play of %1 is kept in %2.").arg(m_profilePicker->currentText(), m_directory));
    else
        Q_EMIT openJournalRequested(nearest);
}

void MonitorView::addProfile(const QString &source)
{
    const ProfileLoader::Result loaded = ProfileLoader::load(source);
    if (!loaded.ok()) {
        m_status->setText(tr("%1 cannot be watched: %2").arg(source, loaded.problems.value(0)));
        return;
    }
    if (profileSources().contains(source))
        return;
    auto *item = new QListWidgetItem(loaded.profile->name, m_profiles);
    item->setData(Qt::UserRole, source);
    item->setToolTip(source);
}

QStringList MonitorView::profileSources() const
{
    QStringList out;
    for (int i = 0; i < m_profiles->count(); ++i)
        out << m_profiles->item(i)->data(Qt::UserRole).toString();
    return out;
}

void MonitorView::setEvery(const QString &duration)
{
    m_every->setCurrentText(duration);
}

bool MonitorView::startWatching()
{
    if (m_watch)
        return false;
    const std::optional<qint64> every = DurationText::parseMs(m_every->currentText());
    if (!every) {
        m_status->setText(tr("\"%1\" is not a duration: write it as 10s, 30s, 5m or 1h").arg(m_every->currentText()));
        return false;
    }
    std::vector<Profile> profiles;
    for (const QString &source : profileSources()) {
        const ProfileLoader::Result loaded = ProfileLoader::load(source);
        if (!loaded.ok()) {
            m_status->setText(tr("%1: %2").arg(source, loaded.problems.value(0)));
            return false;
        }
        profiles.push_back(*loaded.profile);
    }
    if (profiles.empty()) {
        m_status->setText(tr("Add a profile to watch first."));
        return false;
    }
    Watcher::Options options;
    options.everyMs = *every;
    m_watch = std::make_unique<WatchThread>(std::move(profiles), options, m_directory);
    connect(m_watch.get(), &WatchThread::statisticsChanged, this,
            [this](std::shared_ptr<const WatchStatistics> s) { showStatistics(std::move(s)); });
    connect(m_watch.get(), &WatchThread::judged, this, &MonitorView::onJudged);
    connect(m_watch.get(), &WatchThread::problem, this, [this](const QString &message) { m_status->setText(message); });
    connect(m_watch.get(), &WatchThread::finished, this, [this] {
        // Deleted later: this slot runs inside the watch object's signal.
        m_watch.release()->deleteLater();
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopped after %n play(s).", nullptr, m_plays));
        Q_EMIT watchingChanged(false);
    });
    const QStringList problems = m_watch->start();
    if (!problems.isEmpty()) {
        m_status->setText(problems.join(QLatin1Char('\n')));
        m_watch.reset();
        return false;
    }
    m_plays = 0;
    m_lastVerdict.clear();
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_status->setText(tr("Watching %n profile(s) every %1; journals in %2", nullptr, m_profiles->count())
                          .arg(DurationText::spoken(*every), m_directory));
    Q_EMIT watchingChanged(true);
    return true;
}

void MonitorView::stopWatching()
{
    if (!m_watch)
        return;
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping: the play under way finishes its run…"));
    m_watch->stop();
}

bool MonitorView::isWatching() const
{
    return m_watch != nullptr;
}

void MonitorView::onJudged(const QString &profile, const QString &verdict, const QString &journalPath)
{
    ++m_plays;
    const QString previous = m_lastVerdict.value(profile);
    m_lastVerdict.insert(profile, verdict);
    if (!previous.isEmpty() && previous != verdict)
        Q_EMIT verdictChanged(profile, previous, verdict, journalPath);
    if (m_watch)
        m_status->setText(tr("Watching: %n play(s); %1 last: %2", nullptr, m_plays).arg(profile, verdict));
}

void MonitorView::showStatistics(std::shared_ptr<const WatchStatistics> statistics, double nowEpochSeconds)
{
    m_statistics = std::move(statistics);
    m_now = nowEpochSeconds;
    const QString current = m_profilePicker->currentText();
    const QSignalBlocker block(m_profilePicker);
    m_profilePicker->clear();
    m_profilePicker->addItems(m_statistics ? m_statistics->profiles() : QStringList());
    if (!current.isEmpty() && m_profilePicker->findText(current) >= 0)
        m_profilePicker->setCurrentText(current);
    render();
}

void MonitorView::setWindow(qint64 ms)
{
    m_window->setCurrentIndex(std::max(0, m_window->findData(ms)));
}

qint64 MonitorView::windowMs() const
{
    return m_window->currentData().toLongLong();
}

void MonitorView::render()
{
    const QString profile = m_profilePicker->currentText();
    if (!m_statistics || profile.isEmpty()) {
        m_summary->setPlainText(tr("No plays yet: the statistics of the watched profiles appear here."));
        renderGroups({});
        renderCharts(0, 0);
        return;
    }
    const double now = m_now > 0 ? m_now : double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const WatchSummary summary(*m_statistics, profile, windowMs(), now);
    m_summary->setPlainText(
        summary.text(windowMs() > 0 ? tr("last %1").arg(m_window->currentText()) : m_window->currentText(), 0));
    renderGroups(summary.groups());
    const double from = windowMs() > 0 ? now - double(windowMs()) / 1000.0 : m_statistics->firstPlaySeconds(profile);
    renderCharts(from, now);
}

void MonitorView::renderCharts(double from, double now)
{
    QMap<QString, QList<QPointF>> points;
    const QString profile = m_profilePicker->currentText();
    if (m_statistics && now > from) {
        const double step = stepFor(now - from);
        const double alignedFrom = std::floor(from / step) * step;
        for (const WatchStatistics::Point &p : m_statistics->series(profile, alignedFrom, step)) {
            const double x = p.epochSeconds * 1000; // QDateTimeAxis: ms since the epoch
            const WatchTally &t = p.tally;
            if (t.runs > 0) {
                points[QStringLiteral("up.direct")].append({x, 100.0 * double(t.paths[0].up) / double(t.runs)});
                points[QStringLiteral("up.tunnel")].append({x, 100.0 * double(t.paths[1].up) / double(t.runs)});
            }
            if (!t.paths[1].deltaMs.isEmpty()) {
                points[QStringLiteral("delta.p50")].append({x, t.paths[1].deltaMs.quantile(0.5)});
                points[QStringLiteral("delta.p95")].append({x, t.paths[1].deltaMs.quantile(0.95)});
            }
            points[QStringLiteral("broken")].append({x, double(t.verdicts.value(QStringLiteral("broken")))});
            points[QStringLiteral("degraded")].append({x, double(t.verdicts.value(QStringLiteral("degraded")))});
            points[QStringLiteral("reconnects.direct")].append({x, double(t.paths[0].reconnects)});
            points[QStringLiteral("reconnects.tunnel")].append({x, double(t.paths[1].reconnects)});
            points[QStringLiteral("closes.tunnel")].append({x, double(abnormalCloses(t.paths[1]))});
        }
    }
    for (auto s = m_series.cbegin(); s != m_series.cend(); ++s) {
        const QList<QPointF> shown = points.value(s.key());
        s.value()->replace(shown);
        s.value()->setPointsVisible(shown.size() <= 60); // markers only where they can be told apart
    }
    for (QChart *chart : std::as_const(m_charts)) {
        auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        const double start = now > from ? from : now - 3600;
        const double end = now;
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(start * 1000)), QDateTime::fromMSecsSinceEpoch(qint64(end * 1000)));
        x->setFormat(end - start > 2 * 24 * 3600 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm"));
        double top = 1, bottom = 0; // a delta can be below zero
        for (QAbstractSeries *series : chart->series())
            for (const QPointF &p : static_cast<QLineSeries *>(series)->points()) {
                top = std::max(top, p.y());
                bottom = std::min(bottom, p.y());
            }
        if (chart == m_charts.first()) {
            y->setRange(0, 100); // a share of runs
            y->setTickCount(5);
        } else {
            y->setRange(bottom * 1.1, top * 1.1);
            y->applyNiceNumbers();
        }
    }
}

void MonitorView::renderGroups(const QList<WatchStatistics::RankedGroup> &groups)
{
    m_groups->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const WatchStatistics::RankedGroup &g = groups[row];
        const QStringList cells{
            Finding::severityWord(g.info.severity).localized().toUpper(),
            g.info.kind + QStringLiteral(": ") + (g.info.identity.isEmpty() ? QString() : tr("as %1: ").arg(g.info.identity))
                + g.info.summary.localized(),
            WatchSummary::groupRate(g), WatchSummary::localTime(g.info.firstSeen), WatchSummary::localTime(g.info.lastSeen)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]); // rows do not wrap: the whole sentence is here
            item->setData(Qt::UserRole, g.info.lastJournal);
            m_groups->setItem(row, column, item);
        }
    }
    m_groups->resizeColumnToContents(0);
    m_groups->resizeColumnToContents(2);
    m_groups->resizeColumnToContents(3);
    m_groups->resizeColumnToContents(4);
}

void MonitorView::activateGroup(int row)
{
    const QTableWidgetItem *item = m_groups->item(row, 0);
    const QString journal = item ? item->data(Qt::UserRole).toString() : QString();
    if (journal.isEmpty())
        m_status->setText(tr("That play was not kept on disk."));
    else
        Q_EMIT openJournalRequested(journal);
}

int MonitorView::pointCount(const QString &series) const
{
    const QLineSeries *s = m_series.value(series);
    return s ? int(s->count()) : -1;
}

int MonitorView::groupRows() const
{
    return m_groups->rowCount();
}

QString MonitorView::groupCell(int row, int column) const
{
    const QTableWidgetItem *item = m_groups->item(row, column);
    return item ? item->text() : QString();
}

QString MonitorView::summaryText() const
{
    return m_summary->toPlainText();
}

QString MonitorView::statusText() const
{
    return m_status->text();
}

} // namespace tunnelscope
