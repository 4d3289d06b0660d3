#include "capturethread.h"

#include "capturejournal.h"
#include "pathdelta.h"

#include <QTimer>

#include <type_traits>

namespace tunnelscope {

namespace {

// Runs `work` on `context`'s thread and waits for it. Only ever from this thread to the capture
// thread, which never waits for this one: no deadlock.
template<typename Work> auto waitFor(QObject *context, Work work)
{
    using Result = std::invoke_result_t<Work>;
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(context, std::move(work), Qt::BlockingQueuedConnection);
    } else {
        Result result{};
        QMetaObject::invokeMethod(
            context, [&] { result = work(); }, Qt::BlockingQueuedConnection);
        return result;
    }
}

} // namespace

CaptureThread::CaptureThread(const Profile &profile, QObject *parent)
    : QObject(parent), m_runner(new ScenarioRunner(profile)), m_profile(profile)
{
    m_thread.setObjectName(QStringLiteral("capture"));
    followRunner();
    m_runner->moveToThread(&m_thread); // with its children: the interval and batch timers
    m_thread.start();
}

CaptureThread::~CaptureThread()
{
    // The journal first: it follows the runner.
    waitFor(m_runner, [this] {
        delete m_journal;
        delete m_runner;
    });
    m_thread.quit();
    m_thread.wait();
}

void CaptureThread::followRunner()
{
    // These lambdas run on the capture thread (their context is the runner); what they hand to
    // this thread is posted, so it arrives in the order it happened.
    auto *batchTimer = new QTimer(m_runner);
    batchTimer->setInterval(BatchMs);
    connect(batchTimer, &QTimer::timeout, m_runner, [this] { sendBatch(); });
    connect(m_runner, &ScenarioRunner::runStarted, m_runner, [this, batchTimer](int index) {
        m_sentDirect = m_sentTunnel = 0;
        batchTimer->start();
        QMetaObject::invokeMethod(
            this,
            [this, index] {
                m_live = std::make_unique<RunRecord>();
                m_live->index = index;
                Q_EMIT runStarted(index);
            },
            Qt::QueuedConnection);
    });
    connect(m_runner, &ScenarioRunner::runFinished, m_runner, [this, batchTimer](int index) {
        batchTimer->stop();
        // The run's first record (its first tunnel's, with several) is painted live.
        const QList<const RunRecord *> records = m_runner->recordsOfRun(index);
        const RunRecord *run = records.first();
        // Compared here, for the progress line: the window's thread only paints.
        if (m_progress)
            for (const RunRecord *record : records)
                m_progress->addFinishedRun(*record);
        QMetaObject::invokeMethod(
            this,
            [this, index, run] {
                ++m_finishedRuns;
                Q_EMIT runFinished(index, run);
                m_live.reset();
            },
            Qt::QueuedConnection);
    });
    connect(m_runner, &ScenarioRunner::finished, m_runner, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_running = false;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void CaptureThread::sendBatch()
{
    const RunRecord *live = m_runner->liveRun();
    if (!live)
        return;
    PathDelta direct = PathDelta::take(live->direct, &m_sentDirect);
    PathDelta tunnel = PathDelta::take(live->tunnel, &m_sentTunnel);
    QMetaObject::invokeMethod(
        this,
        [this, index = live->index, started = live->startedEpochMs, direct = std::move(direct), tunnel = std::move(tunnel)] {
            applyBatch(index, started, direct, tunnel);
        },
        Qt::QueuedConnection);
}

void CaptureThread::applyBatch(int index, qint64 startedEpochMs, const PathDelta &direct, const PathDelta &tunnel)
{
    if (!m_live || m_live->index != index)
        return;
    m_live->startedEpochMs = startedEpochMs;
    direct.applyTo(&m_live->direct);
    tunnel.applyTo(&m_live->tunnel);
}

QStringList CaptureThread::missingSecrets() const
{
    return waitFor(m_runner, [this] { return m_runner->missingSecrets(); });
}

void CaptureThread::setSecretValue(const QString &name, const QString &value)
{
    waitFor(m_runner, [this, &name, &value] { m_runner->setSecretValue(name, value); });
}

QStringList CaptureThread::prepare(const ScenarioRunner::Overrides &overrides)
{
    const QStringList problems = waitFor(m_runner, [this, &overrides] {
        const QStringList found = m_runner->prepare(overrides);
        m_profile = m_runner->profile();
        m_secrets = m_runner->secrets();
        m_notes = m_runner->notes();
        m_directUrl = m_runner->directUrl();
        m_tunnelUrl = m_runner->tunnelUrl();
        return found;
    });
    m_progress = std::make_unique<RunProgress>(m_profile);
    return problems;
}

bool CaptureThread::startJournal(QString *error)
{
    return waitFor(m_runner, [this, error] {
        auto journal = std::make_unique<CaptureJournal>();
        if (!journal->follow(m_runner, error))
            return false;
        m_journal = journal.release();
        return true;
    });
}

void CaptureThread::start()
{
    m_running = true;
    m_finishedRuns = 0;
    m_startedEpochMs = waitFor(m_runner, [this] {
        m_runner->start();
        return m_runner->startedEpochMs();
    });
}

void CaptureThread::stop()
{
    QMetaObject::invokeMethod(m_runner, &ScenarioRunner::stop, Qt::QueuedConnection);
}

void CaptureThread::play(const StepSpec &step, bool direct, bool tunnels)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, step, direct, tunnels] { runner->play(step, direct, tunnels); }, Qt::QueuedConnection);
}

void CaptureThread::endInteractive()
{
    QMetaObject::invokeMethod(m_runner, &ScenarioRunner::endInteractive, Qt::QueuedConnection);
}

const std::vector<std::unique_ptr<RunRecord>> &CaptureThread::runs() const
{
    return m_runner->runs();
}

QString CaptureThread::progressText() const
{
    return m_progress ? m_progress->text(m_live.get(), m_finishedRuns) : QString();
}

} // namespace tunnelscope
