#include "backgroundtask.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace tunnelscope;

// The window's worker: tasks run off the GUI thread, their results come back on it, and a
// task still running when the window goes is stopped, its result dropped and freed.
class tst_BackgroundTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workOffThreadResultOnOwnThread();
    void destroyedMidTaskStopsItAndFreesTheResult();
    void cancelledTaskIsNotDelivered();
};

namespace {
// Works until told to stop, for at most 10 s: a long comparison that checks its token.
bool workUntilStopped(std::stop_token stop, std::atomic_bool *started)
{
    started->store(true);
    QElapsedTimer clock;
    clock.start();
    while (!stop.stop_requested() && clock.elapsed() < 10000)
        QThread::msleep(1);
    return stop.stop_requested();
}
} // namespace

void tst_BackgroundTask::workOffThreadResultOnOwnThread()
{
    BackgroundTask task;
    QSignalSpy idle(&task, &BackgroundTask::idle);
    QThread *workThread = nullptr;
    QThread *deliverThread = nullptr;
    int result = 0;
    task.start([&](std::stop_token) -> BackgroundTask::Deliver {
        workThread = QThread::currentThread();
        const int computed = 6 * 7;
        return [&, computed] {
            deliverThread = QThread::currentThread();
            result = computed;
        };
    });
    QVERIFY(task.isBusy());
    QVERIFY(idle.wait(5000));
    QVERIFY(!task.isBusy());
    QCOMPARE(result, 42);
    QVERIFY(workThread != nullptr && workThread != QThread::currentThread());
    QCOMPARE(deliverThread, QThread::currentThread());
}

void tst_BackgroundTask::destroyedMidTaskStopsItAndFreesTheResult()
{
    std::atomic_bool started = false;
    std::atomic_bool sawStop = false;
    bool delivered = false;
    std::weak_ptr<int> result;
    {
        BackgroundTask task;
        task.start([&](std::stop_token stop) -> BackgroundTask::Deliver {
            auto held = std::make_shared<int>(1); // what a report would hold
            result = held;
            sawStop = workUntilStopped(stop, &started);
            return [held, &delivered] { delivered = true; };
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
    } // the window closes mid-task
    QVERIFY2(sawStop.load(), "the task never saw the stop: the window would have waited for it");
    QCoreApplication::processEvents();
    QVERIFY2(!delivered, "a result was delivered to a window that is gone");
    QVERIFY2(result.expired(), "the dropped result was never freed");
}

void tst_BackgroundTask::cancelledTaskIsNotDelivered()
{
    BackgroundTask task;
    QSignalSpy idle(&task, &BackgroundTask::idle);
    std::atomic_bool started = false;
    std::atomic_bool sawStop = false;
    bool delivered = false;
    task.start([&](std::stop_token stop) -> BackgroundTask::Deliver {
        sawStop = workUntilStopped(stop, &started);
        return [&delivered] { delivered = true; };
    });
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
    task.cancel();
    QVERIFY(idle.wait(5000));
    QVERIFY(sawStop.load());
    QVERIFY(!delivered);
    // A task started after the cancel runs and is delivered as usual.
    bool second = false;
    task.start([&](std::stop_token) -> BackgroundTask::Deliver { return [&second] { second = true; }; });
    QVERIFY(idle.wait(5000));
    QVERIFY(second);
}

QTEST_GUILESS_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
