#include "backgroundtask.h"

namespace tunnelscope {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("tunnelscope-background"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundTask::~BackgroundTask()
{
    // The running task sees the stop and returns; queued ones are never started (the thread's
    // event loop ends first). Results on their way to this object die with its posted events.
    m_stop.request_stop();
    m_thread.quit();
    m_thread.wait();
}

void BackgroundTask::start(Work work)
{
    ++m_pending;
    const std::stop_token token = m_stop.get_token();
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work), token] {
            Deliver deliver = token.stop_requested() ? Deliver() : work(token);
            // This object outlives the worker thread (its destructor waits for it), so posting to it is safe.
            QMetaObject::invokeMethod(
                this,
                [this, deliver = std::move(deliver), token] {
                    --m_pending;
                    if (deliver && !token.stop_requested())
                        deliver();
                    if (m_pending == 0)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BackgroundTask::cancel()
{
    // Tasks started from now on get a fresh token.
    m_stop.request_stop();
    m_stop = std::stop_source();
}

} // namespace tunnelscope
