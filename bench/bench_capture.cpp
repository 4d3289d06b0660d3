// Capture throughput of Tunnelscope's wire client against a bare QWebSocket client on the
// same loopback echo server, in the same run, and the memory cost of a stored frame.
// Usage: bench_capture [messages=200000] [payload_bytes=100] [window=1000] [rounds=3]
#include "echoendpoint.h"
#include "framestore.h"
#include "runclock.h"
#include "wireclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace tunnelscope;

namespace {

struct Settings
{
    int messages = 200000;
    int payload = 100;
    int window = 1000;
    int rounds = 3;
};

double runWireClient(const Settings &s, const QUrl &url)
{
    RunClock clock;
    FrameStore store;
    WireClient client(&clock, &store);
    QEventLoop opened;
    QObject::connect(&client, &WireClient::opened, &opened, &QEventLoop::quit);
    WireClient::Options o;
    o.url = url;
    client.open(o);
    opened.exec();
    int received = 0;
    int sent = 0;
    const QByteArray payload(s.payload, 'x');
    QElapsedTimer timer;
    timer.start();
    QEventLoop done;
    QObject::connect(&client, &WireClient::messageReceived, &done, [&](qsizetype) {
        ++received;
        if (sent < s.messages) {
            client.sendText(payload);
            ++sent;
        }
        if (received >= s.messages)
            done.quit();
    });
    for (; sent < std::min(s.window, s.messages); ++sent)
        client.sendText(payload);
    done.exec();
    const double rate = double(received) / (double(timer.nsecsElapsed()) / 1e9);
    client.close(1000);
    return rate;
}

double runQWebSocket(const Settings &s, const QUrl &url)
{
    QWebSocket client;
    QEventLoop opened;
    QObject::connect(&client, &QWebSocket::connected, &opened, &QEventLoop::quit);
    client.open(url);
    opened.exec();
    int received = 0;
    int sent = 0;
    const QString payload(s.payload, QLatin1Char('x'));
    QElapsedTimer timer;
    timer.start();
    QEventLoop done;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &done, [&](const QString &) {
        ++received;
        if (sent < s.messages) {
            client.sendTextMessage(payload);
            ++sent;
        }
        if (received >= s.messages)
            done.quit();
    });
    for (; sent < std::min(s.window, s.messages); ++sent)
        client.sendTextMessage(payload);
    done.exec();
    const double rate = double(received) / (double(timer.nsecsElapsed()) / 1e9);
    client.close();
    return rate;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Settings s;
    const QStringList args = app.arguments();
    if (args.size() > 1)
        s.messages = args[1].toInt();
    if (args.size() > 2)
        s.payload = args[2].toInt();
    if (args.size() > 3)
        s.window = args[3].toInt();
    if (args.size() > 4)
        s.rounds = args[4].toInt();

    // The echo server gets its own thread, so the clients measured are what compete.
    QThread serverThread;
    serverThread.start();
    auto *server = new EchoEndpoint;
    server->moveToThread(&serverThread);
    QUrl url;
    QMetaObject::invokeMethod(
        server,
        [server, &url] {
            QString error;
            server->listen(&error);
            url = server->url();
        },
        Qt::BlockingQueuedConnection);

    std::vector<double> wire, bare;
    for (int round = 0; round < s.rounds; ++round) {
        // Alternate, so drift in machine load hits both alike.
        wire.push_back(runWireClient(s, url));
        bare.push_back(runQWebSocket(s, url));
    }

    // Memory per stored frame, measured on the heap itself.
    // A million frames, or as many as an eighth of this machine's memory holds: large
    // payloads would otherwise need tens of gigabytes.
    const double memory = double(sysconf(_SC_PHYS_PAGES)) * double(sysconf(_SC_PAGESIZE));
    const int frames = int(std::clamp(memory / 8 / std::max(1, s.payload + 64), 1000.0, 1000000.0));
    const size_t before = mallinfo2().uordblks;
    std::size_t heapPerFrame = 0;
    double estimatePerFrame = 0;
    {
        FrameStore store;
        const QByteArray payload(s.payload, 'p');
        for (int i = 0; i < frames; ++i)
            store.append(i, FrameType::Text, Direction::In, payload);
        heapPerFrame = (mallinfo2().uordblks - before) / frames;
        estimatePerFrame = double(store.memoryBytes()) / frames;
    }

    std::printf("Tunnelscope capture benchmark: %d messages of %d bytes, window %d, %d rounds (median)\n\n", s.messages,
                s.payload, s.window, s.rounds);
    std::printf("| client | echoed msg/s | ratio vs QWebSocket |\n|---|---:|---:|\n");
    std::printf("| bare QWebSocket (anchor) | %.0f | 1.00 |\n", median(bare));
    std::printf("| Tunnelscope WireClient (records every frame) | %.0f | %.2f |\n\n", median(wire), median(wire) / median(bare));
    std::printf("| frame store, %d frames of %d bytes | bytes per frame |\n|---|---:|\n", frames, s.payload);
    std::printf("| heap in use (mallinfo2) | %zu |\n", heapPerFrame);
    std::printf("| of which beyond the payload | %zd |\n", std::ptrdiff_t(heapPerFrame) - s.payload);
    std::printf("| store's own estimate | %.1f |\n", estimatePerFrame);

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
