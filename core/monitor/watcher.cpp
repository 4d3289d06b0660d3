#include "watcher.h"

#include "capturejournal.h"
#include "comparisonreport.h"
#include "profile.h"
#include "scenariorunner.h"
#include "textsummary.h"
#include "watchsummary.h"

#include <QDateTime>

namespace tunnelscope {

// One profile under watch: its schedule, the play under way, and how its plays went.
struct Watcher::Watched
{
    Profile profile;
    QTimer *next = nullptr; // a child of the Watcher: it moves to the Watcher's thread with it
    std::unique_ptr<ScenarioRunner> runner;
    std::unique_ptr<CaptureJournal> journal;
    qint64 playStartedMs = 0;
    int plays = 0;
};

Watcher::Watcher(std::vector<Profile> profiles, const Options &options, RunArchive *archive, QObject *parent)
    : QObject(parent), m_options(options), m_archive(archive), m_deadline(this)
{
    for (Profile &p : profiles) {
        auto w = std::make_unique<Watched>();
        w->profile = std::move(p);
        w->next = new QTimer(this);
        w->next->setSingleShot(true);
        Watched *raw = w.get();
        connect(w->next, &QTimer::timeout, this, [this, raw] { play(raw); });
        m_metrics.addProfile(raw->profile.name, {});
        m_watched.push_back(std::move(w));
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // The watch's time is up: no new play; the ones under way finish on their own.
        m_stopping = true;
        for (const auto &w : m_watched)
            w->next->stop();
        finishIfIdle();
    });
}

Watcher::~Watcher() = default;

ScenarioRunner::Overrides Watcher::overrides() const
{
    ScenarioRunner::Overrides o;
    o.proxy = m_options.proxy;
    o.noProxy = m_options.noProxy;
    return o;
}

QStringList Watcher::prepare()
{
    QStringList problems;
    for (const auto &w : m_watched) {
        // Its statistics and metrics count one tunnel per play: refused rather than miscounted.
        if (!w->profile.tunnels.isEmpty()) {
            problems << tr("%1: %2: $.tunnels: watch plays one tunnel per profile; watch a profile for each tunnel (run "
                           "compares several at once)")
                            .arg(w->profile.name, w->profile.origin);
            continue;
        }
        ScenarioRunner probe(w->profile);
        for (const QString &p : probe.prepare(overrides()))
            problems << QStringLiteral("%1: %2").arg(w->profile.name, p);
    }
    return problems;
}

void Watcher::start()
{
    // The first play of the first profile at once, the others spread over the first interval
    // (at most a minute), so that profiles watched together never play in step.
    const qint64 spread = std::min<qint64>(m_options.everyMs, 60000);
    const qint64 n = qint64(m_watched.size());
    for (qint64 i = 0; i < n; ++i)
        schedule(m_watched[std::size_t(i)].get(), spread * i / n);
    if (m_options.forMs > 0)
        m_deadline.start(int(std::min<qint64>(m_options.forMs, std::numeric_limits<int>::max())));
}

void Watcher::schedule(Watched *w, qint64 delayMs)
{
    if (m_stopping)
        return;
    w->next->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void Watcher::play(Watched *w)
{
    if (m_stopping)
        return;
    // Each play draws a lab's random faults afresh: the seed moves on per play, so a fault at
    // p = 0.5 varies from play to play as a real intermittent one does (a single `run` of the
    // same profile stays repeatable).
    Profile played = w->profile;
    for (FaultSpec &fault : played.lab.faults)
        fault.seed += quint64(w->plays);
    w->runner = std::make_unique<ScenarioRunner>(played);
    const QStringList problems = w->runner->prepare(overrides());
    if (!problems.isEmpty()) {
        // It was playable at the start (prepare()); a lab port taken since, say. Try again later.
        Q_EMIT problem(QStringLiteral("%1: %2").arg(w->profile.name, problems.join(QStringLiteral("; "))));
        w->runner.reset();
        schedule(w, std::max<qint64>(m_options.everyMs, 1000));
        return;
    }
    connect(
        w->runner.get(), &ScenarioRunner::finished, this, [this, w] { onPlayed(w); }, Qt::QueuedConnection);
    w->playStartedMs = QDateTime::currentMSecsSinceEpoch();
    keepJournal(w);
    w->runner->start();
}

void Watcher::keepJournal(Watched *w)
{
    if (!m_archive)
        return;
    QString error;
    const QString path = m_archive->journalPath(w->profile.name, QDateTime::currentDateTimeUtc(), &error);
    w->journal = std::make_unique<CaptureJournal>();
    w->journal->setKeepWhenFinished(true);
    if (path.isEmpty() || !w->journal->followInto(w->runner.get(), path, &error)) {
        Q_EMIT problem(tr("%1; this play is counted but not kept").arg(error));
        w->journal.reset();
    }
}

void Watcher::onPlayed(Watched *w)
{
    const std::unique_ptr<ScenarioRunner> runner = std::move(w->runner);
    // The journal ended with the play (it follows the runner's finished()): whole on disk.
    const std::unique_ptr<CaptureJournal> journal = std::move(w->journal);
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    const double finishedSeconds = double(finished.toMSecsSinceEpoch()) / 1000.0;
    ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    report.setNotes(runner->notes());
    const QString path = journal ? journal->path() : QString();
    m_metrics.addReport(w->profile.name, report, finishedSeconds);
    m_statistics.add(w->profile.name, report, finishedSeconds, path);
    ++w->plays;
    if (m_archive && !path.isEmpty()) {
        m_archive->kept(path);
        m_archive->prune(finished);
    }
    Q_EMIT played(QStringLiteral("%1 %2 #%3: %4")
                      .arg(finished.toString(Qt::ISODate), w->profile.name)
                      .arg(w->plays)
                      .arg(TextSummary::verdictLine(report)),
                  path);
    Q_EMIT judged(w->profile.name, ComparisonReport::verdictName(report.verdict()), path);
    // The next play starts an interval after this one started, at once if it took longer.
    schedule(w, w->playStartedMs + m_options.everyMs - QDateTime::currentMSecsSinceEpoch());
    finishIfIdle();
}

void Watcher::stop()
{
    m_stopping = true;
    for (const auto &w : m_watched) {
        w->next->stop();
        if (w->runner)
            w->runner->finishCurrentRun();
    }
    finishIfIdle();
}

void Watcher::finishIfIdle()
{
    if (!m_stopping)
        return;
    for (const auto &w : m_watched)
        if (w->runner)
            return;
    m_deadline.stop();
    QMetaObject::invokeMethod(this, &Watcher::finished, Qt::QueuedConnection);
}

QString Watcher::summary() const
{
    QString out;
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    for (const auto &w : m_watched)
        out += WatchSummary(m_statistics, w->profile.name, 0, now).text(tr("the whole watch"), 15);
    return out;
}

} // namespace tunnelscope
