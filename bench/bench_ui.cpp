// Responsiveness of the desktop window while both paths stream: a loopback server sends
// `rate` text frames per second on each connection for `seconds`; the window plays a profile
// against it directly and through the lab tunnel. The window plays on its capture thread and
// follows the run in batches; measured on the GUI thread: how late a 1 ms timer fires
// (event-loop stalls) and how often the charts are redrawn.
// Usage: QT_QPA_PLATFORM=offscreen bench_ui [rate=50000] [seconds=30]
#include "chartpanel.h"
#include "faulttunnel.h"
#include "frametablemodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <cstdio>

using namespace tunnelscope;

namespace {

// Sends frames at a steady rate once a client says "start", in batches every 5 ms.
class StreamServer : public QObject
{
public:
    StreamServer(int rate, int seconds) : m_rate(rate), m_seconds(seconds)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *ws = m_server.nextPendingConnection();
            connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
            connect(ws, &QWebSocket::textMessageReceived, ws, [this, ws](const QString &m) {
                if (m != QLatin1String("start"))
                    return;
                auto *timer = new QTimer(ws);
                auto *clock = new QElapsedTimer;
                clock->start();
                auto sent = std::make_shared<qint64>(0);
                connect(timer, &QTimer::timeout, ws, [this, ws, timer, clock, sent] {
                    const qint64 due = std::min<qint64>(qint64(m_rate) * clock->elapsed() / 1000, qint64(m_rate) * m_seconds);
                    for (; *sent < due; ++*sent)
                        ws->sendTextMessage(QStringLiteral("{\"type\":\"event\",\"n\":%1,\"state\":\"on\"}").arg(*sent));
                    if (*sent >= qint64(m_rate) * m_seconds) {
                        timer->stop();
                        delete clock;
                    }
                });
                timer->start(5);
            });
        });
    }
    QWebSocketServer m_server{QStringLiteral("stream"), QWebSocketServer::NonSecureMode};
    int m_rate;
    int m_seconds;
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 50000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 30;

    // Server and tunnel on their own thread: only the window's work is on the GUI thread.
    QThread serverThread;
    serverThread.start();
    StreamServer *server = nullptr;
    FaultTunnel *tunnel = nullptr;
    QUrl directUrl, tunnelUrl;
    QMetaObject::invokeMethod(
        &app, [] {}, Qt::DirectConnection);
    auto *setup = new QObject;
    setup->moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        setup,
        [&] {
            server = new StreamServer(rate, seconds);
            server->m_server.listen(QHostAddress::LocalHost, 0);
            directUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/stream").arg(server->m_server.serverPort()));
            tunnel = new FaultTunnel(directUrl, {});
            QString error;
            tunnel->listen(&error);
            tunnelUrl = tunnel->url();
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("stream.json"));
    QFile profile(profilePath);
    profile.open(QIODevice::WriteOnly);
    profile.write(QStringLiteral(R"({"name":"stream","direct":{"url":"%1"},"tunnel":{"url":"%2"},
        "steps":[{"send":{"text":"start"}},{"wait_ms":%3},{"close":1000,"await_close_ms":2000}]})")
                      .arg(directUrl.toString(), tunnelUrl.toString())
                      .arg(seconds * 1000 + 500)
                      .toUtf8());
    profile.close();

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.loadProfile(profilePath))
        return 2;

    // The probe: a 1 ms timer on the GUI thread; lateness = time between ticks beyond 1 ms.
    std::vector<double> lateness;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (last)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    QSignalSpy done(&window, &MainWindow::comparisonReady);
    QElapsedTimer wall;
    wall.start();
    probeClock.start();
    probe.start(1);
    const int chartsBefore = window.charts()->updateCount();
    window.start();
    // Stop measuring when the stream ends; the comparison afterwards runs on a worker thread.
    while (wall.elapsed() < qint64(seconds) * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    probe.stop();
    const double streamSeconds = double(wall.elapsed()) / 1000.0;
    const int chartUpdates = window.charts()->updateCount() - chartsBefore;
    QElapsedTimer compare;
    compare.start();
    if (!done.wait(600000)) {
        std::printf("the comparison did not finish\n");
        return 1;
    }
    const double compareSeconds = double(compare.elapsed()) / 1000.0;
    const qsizetype directFrames = window.directModel()->rowCount(), tunnelFrames = window.tunnelModel()->rowCount();

    // Scrolling the aligned lists end to end: time per step including the repaint.
    auto *view = window.findChild<QTableView *>(QStringLiteral("directView"));
    std::vector<double> scrollMs;
    QScrollBar *bar = view->verticalScrollBar();
    for (int step = 0; step <= 200; ++step) {
        QElapsedTimer t;
        t.start();
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        view->viewport()->repaint();
        window.findChild<QTableView *>(QStringLiteral("tunnelView"))->viewport()->repaint();
        scrollMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    std::printf("UI responsiveness: %d frames/s on each path for %d s (capture thread: wire clients; GUI thread: "
                "models, charts)\n\n",
                rate, seconds);
    std::printf("| measure | value | goal |\n|---|---:|---:|\n");
    std::printf("| event-loop stall p50 (1 ms timer lateness) | %.2f ms | |\n", percentile(lateness, 0.50));
    std::printf("| event-loop stall p99 | %.2f ms | <= 8 ms |\n", percentile(lateness, 0.99));
    std::printf("| event-loop stall max | %.2f ms | |\n", percentile(lateness, 1.0));
    std::printf("| chart redraws per second while streaming | %.1f | >= 10 |\n", chartUpdates / streamSeconds);
    std::printf("| rows in the aligned lists after the run | %lld | |\n",
                static_cast<long long>(std::max(directFrames, tunnelFrames)));
    std::printf("| comparison after the run (worker thread) | %.1f s | |\n", compareSeconds);
    std::printf("| scrolling both lists, per step with repaint, p95 | %.2f ms | |\n", percentile(scrollMs, 0.95));

    QMetaObject::invokeMethod(
        setup,
        [&] {
            delete tunnel;
            delete server;
        },
        Qt::BlockingQueuedConnection);
    delete setup;
    serverThread.quit();
    serverThread.wait();
    return 0;
}
