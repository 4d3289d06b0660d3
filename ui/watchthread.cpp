#include "watchthread.h"

#include "runarchive.h"
#include "watchstatistics.h"

#include <QTimer>

namespace tunnelscope {

WatchThread::WatchThread(std::vector<Profile> profiles, const Watcher::Options &options, const QString &directory,
                         QObject *parent)
    : QObject(parent), m_directory(directory)
{
    m_thread.setObjectName(QStringLiteral("watch"));
    m_archive = new RunArchive(directory, 0, 0);
    m_watcher = new Watcher(std::move(profiles), options, m_archive);
    m_watcher->moveToThread(&m_thread);
    // Queued to this thread: they arrive in the order they happened.
    connect(m_watcher, &Watcher::judged, this, &WatchThread::judged);
    connect(m_watcher, &Watcher::problem, this, &WatchThread::problem);
    connect(m_watcher, &Watcher::played, m_watcher, [this] { copyStatistics(); });
    // The last plays' statistics before finished(): the window has them all when the watch ends
    // (this connection is made first, so its copy is posted first).
    connect(m_watcher, &Watcher::finished, m_watcher, [this] { sendStatistics(); });
    connect(m_watcher, &Watcher::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
    m_thread.start();
}

WatchThread::~WatchThread()
{
    QMetaObject::invokeMethod(
        m_watcher,
        [this] {
            delete m_watcher; // stops its plays: their runners and journals go with it
            delete m_archive;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QStringList WatchThread::start()
{
    QStringList problems;
    QMetaObject::invokeMethod(
        m_watcher,
        [this, &problems] {
            QString error;
            if (!m_archive->open(&error)) {
                problems << error;
                return;
            }
            problems = m_watcher->prepare();
            if (problems.isEmpty())
                m_watcher->start();
        },
        Qt::BlockingQueuedConnection);
    m_running = problems.isEmpty();
    return problems;
}

void WatchThread::stop()
{
    QMetaObject::invokeMethod(
        m_watcher, [this] { m_watcher->stop(); }, Qt::QueuedConnection);
}

void WatchThread::copyStatistics()
{
    // On the watch thread, after a play. Back-to-back plays are copied once per interval: the
    // window wants a fresh picture, not every picture.
    if (m_copyPending)
        return;
    m_copyPending = true;
    QTimer::singleShot(CopyIntervalMs, m_watcher, [this] { sendStatistics(); });
}

void WatchThread::sendStatistics()
{
    m_copyPending = false;
    auto copy = std::make_shared<const WatchStatistics>(m_watcher->statistics());
    QMetaObject::invokeMethod(
        this, [this, copy] { Q_EMIT statisticsChanged(copy); }, Qt::QueuedConnection);
}

} // namespace tunnelscope
