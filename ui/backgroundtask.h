#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <stop_token>

namespace tunnelscope {

// Work that would freeze the window (comparing a long session, writing a large report) on a
// thread of its own: a worker object on a QThread this object owns, one task after another.
// A task gets a stop token and returns what to do with its result back on this object's
// thread. cancel(), and destroying this object (the window closing), request the stop and
// drop the result: a task that checks its token returns at once, and whatever the dropped
// result holds is freed with it, never delivered and never leaked.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Work = std::function<Deliver(std::stop_token)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Queues `work` on the worker thread; what it returns is called on this object's thread
    // unless cancel() came first.
    void start(Work work);
    void cancel();
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void idle(); // the last queued task has returned (delivered or dropped)

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; deleted when it finishes
    std::stop_source m_stop;
    int m_pending = 0;
};

} // namespace tunnelscope
