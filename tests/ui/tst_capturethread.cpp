#include "capturethread.h"
#include "profileloader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QWidget>

using namespace tunnelscope;

// The window plays on a capture thread: frames are stamped when they arrive however long the
// window's thread is busy, the window follows the run through batches, and a play dropped
// mid-run stops at once.
class tst_CaptureThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void slowPaintDoesNotDelayTimestamps();
    void slowPaintDelaysTimestampsOnTheGuiThread();
    void liveCopyFollowsTheRun();
    void droppedMidRunStopsAtOnce();

private:
    // The largest gap between two frames the server sent, as the direct path stamped them.
    static double largestGapMs(const RunRecord &run);
    std::optional<Profile> streamProfile(int frames, int everyMs);

    QThread m_serverThread;
    QObject *m_server = nullptr; // on m_serverThread
    QUrl m_url;
    QTemporaryDir m_dir;
};

namespace {

// A window's paint that takes its time.
class SlowWidget : public QWidget
{
public:
    explicit SlowWidget(int ms) : m_ms(ms) { }

protected:
    void paintEvent(QPaintEvent *) override { QThread::msleep(ulong(m_ms)); }

private:
    int m_ms;
};

// Answers "COUNT EVERY" with COUNT numbered frames, one every EVERY ms, from its own thread.
QObject *makeStreamServer(QUrl *url)
{
    auto *server = new QWebSocketServer(QStringLiteral("stream"), QWebSocketServer::NonSecureMode);
    server->listen(QHostAddress::LocalHost, 0);
    *url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server->serverPort()));
    QObject::connect(server, &QWebSocketServer::newConnection, server, [server] {
        QWebSocket *ws = server->nextPendingConnection();
        QObject::connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &m) {
            const QStringList words = m.split(QLatin1Char(' '));
            if (words.size() != 2)
                return;
            auto *timer = new QTimer(ws);
            timer->setTimerType(Qt::PreciseTimer);
            auto left = std::make_shared<int>(words[0].toInt());
            QObject::connect(timer, &QTimer::timeout, ws, [ws, timer, left] {
                ws->sendTextMessage(QStringLiteral("frame %1").arg(--*left));
                if (*left == 0)
                    timer->stop();
            });
            timer->start(words[1].toInt());
        });
    });
    return server;
}

} // namespace

void tst_CaptureThread::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("TUNNELSCOPE_JOURNAL_DIR", m_dir.filePath(QStringLiteral("journal")).toUtf8());
    m_serverThread.start();
    auto *context = new QObject;
    context->moveToThread(&m_serverThread);
    QMetaObject::invokeMethod(
        context, [this] { m_server = makeStreamServer(&m_url); }, Qt::BlockingQueuedConnection);
    context->deleteLater();
    QVERIFY(m_url.port() > 0);
}

void tst_CaptureThread::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_serverThread.quit();
    m_serverThread.wait();
}

std::optional<Profile> tst_CaptureThread::streamProfile(int frames, int everyMs)
{
    const QString path = m_dir.filePath(QStringLiteral("stream-%1-%2.json").arg(frames).arg(everyMs));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.write(QStringLiteral(R"({"name":"stream","direct":{"url":"%1"},"tunnel":{"url":"%1"},
        "steps":[{"send":"%2 %3"},{"wait_ms":%4},{"close":1000,"await_close_ms":2000}]})")
                   .arg(m_url.toString())
                   .arg(frames)
                   .arg(everyMs)
                   .arg(frames * everyMs + 300)
                   .toUtf8());
    file.close();
    ProfileLoader::Result loaded = ProfileLoader::load(path);
    return loaded.ok() ? std::optional<Profile>(*loaded.profile) : std::nullopt;
}

double tst_CaptureThread::largestGapMs(const RunRecord &run)
{
    double largest = 0;
    qint64 last = -1;
    for (qsizetype i = 0; i < run.direct.frames.count(); ++i) {
        const Frame f = run.direct.frames.at(i);
        if (f.type != FrameType::Text || f.dir != Direction::In)
            continue;
        if (last >= 0)
            largest = std::max(largest, double(f.tUs - last) / 1000.0);
        last = f.tUs;
    }
    return largest;
}

void tst_CaptureThread::slowPaintDoesNotDelayTimestamps()
{
    // 100 frames 10 ms apart; 300 ms in, the window's thread paints for 200 ms.
    const std::optional<Profile> profile = streamProfile(100, 10);
    QVERIFY(profile);
    CaptureThread capture(*profile);
    QVERIFY(capture.prepare({}).isEmpty());
    QSignalSpy finished(&capture, &CaptureThread::finished);
    SlowWidget slow(200);
    slow.resize(100, 100);
    slow.show();
    QElapsedTimer blocked;
    qint64 blockedMs = 0;
    QTimer::singleShot(300, &slow, [&] {
        blocked.start();
        slow.repaint();
        blockedMs = blocked.elapsed();
    });
    capture.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(blockedMs >= 190, qPrintable(QString::number(blockedMs)));
    QCOMPARE(capture.runs().size(), std::size_t(1));
    const RunRecord &run = *capture.runs().front();
    QCOMPARE(run.direct.frames.count() > 100, true);
    // Spaced as sent: 10 ms apart, with the scheduler's jitter, never the 200 ms paint.
    const double gap = largestGapMs(run);
    qInfo("window's thread blocked %lld ms; largest gap between frames sent 10 ms apart: %.1f ms", blockedMs, gap);
    QVERIFY2(gap < 100, qPrintable(QStringLiteral("largest gap %1 ms").arg(gap)));
}

void tst_CaptureThread::slowPaintDelaysTimestampsOnTheGuiThread()
{
    // The same on one thread, as the window once played: the paint shows in the timestamps.
    // What makes the test above able to fail.
    const std::optional<Profile> profile = streamProfile(100, 10);
    QVERIFY(profile);
    ScenarioRunner runner(*profile);
    QVERIFY(runner.prepare({}).isEmpty());
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    SlowWidget slow(200);
    slow.show();
    QTimer::singleShot(300, &slow, [&] { slow.repaint(); });
    runner.start();
    QVERIFY(finished.wait(10000));
    const double gap = largestGapMs(*runner.runs().front());
    qInfo("on the window's thread: largest gap %.1f ms", gap);
    QVERIFY2(gap >= 150, qPrintable(QStringLiteral("largest gap %1 ms").arg(gap)));
}

void tst_CaptureThread::liveCopyFollowsTheRun()
{
    const std::optional<Profile> profile = streamProfile(60, 10);
    QVERIFY(profile);
    CaptureThread capture(*profile);
    QVERIFY(capture.prepare({}).isEmpty());
    QString error;
    QVERIFY2(capture.startJournal(&error), qPrintable(error));
    QSignalSpy started(&capture, &CaptureThread::runStarted);
    QSignalSpy finishedRun(&capture, &CaptureThread::runFinished);
    QSignalSpy finished(&capture, &CaptureThread::finished);
    // Sampled on every batch: the copy grows while the run plays, in order, never past the end.
    qsizetype most = 0;
    bool ordered = true;
    QTimer sample;
    connect(&sample, &QTimer::timeout, this, [&] {
        const RunRecord *live = capture.liveRun();
        if (!live)
            return;
        const qsizetype n = live->direct.frames.count();
        for (qsizetype i = 1; i < n; ++i)
            ordered = ordered && live->direct.frames.at(i).tUs >= live->direct.frames.at(i - 1).tUs;
        most = std::max(most, n);
    });
    sample.start(CaptureThread::BatchMs);
    capture.start();
    QVERIFY(capture.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!capture.isRunning());
    QCOMPARE(started.size(), 1);
    QCOMPARE(finishedRun.size(), 1);
    QVERIFY(!capture.liveRun());
    const RunRecord *run = finishedRun.first().at(1).value<const RunRecord *>();
    QCOMPARE(run, capture.runs().front().get());
    QVERIFY(ordered);
    QVERIFY2(most >= 30 && most <= run->direct.frames.count(),
             qPrintable(QStringLiteral("copy held %1 of %2").arg(most).arg(run->direct.frames.count())));
    // The copy's frames were the run's own.
    QVERIFY(capture.progressText().startsWith(QStringLiteral("run 1/1")));
}

void tst_CaptureThread::droppedMidRunStopsAtOnce()
{
    const std::optional<Profile> profile = streamProfile(2000, 5);
    QVERIFY(profile);
    auto capture = std::make_unique<CaptureThread>(*profile);
    QVERIFY(capture->prepare({}).isEmpty());
    QSignalSpy started(capture.get(), &CaptureThread::runStarted);
    capture->start();
    QTRY_VERIFY_WITH_TIMEOUT(capture->liveRun() && capture->liveRun()->direct.frames.count() > 10, 5000);
    QElapsedTimer clock;
    clock.start();
    capture.reset();
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_MAIN(tst_CaptureThread)
#include "tst_capturethread.moc"
