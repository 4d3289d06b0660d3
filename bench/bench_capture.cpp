// Capture throughput of Tunnelscope's wire client against a bare QWebSocket client on the
// same loopback echo server, in the same run, at several message sizes, and the memory cost of
// a stored frame.
// Usage: bench_capture [sizes=16,1024,16384,65536] [messages=auto] [window=1000] [rounds=3]
// "auto" echoes 256 MiB per round at each size, at most 200000 messages: the wire client
// stores every frame (512 MiB per round, which the frame stores' chunk pool keeps for the
// next round, as it does from run to run in `run --runs N` and `watch`). The first round,
// on memory not yet faulted in, is shown on its own.
// BENCH_CLIENT=wire or BENCH_CLIENT=bare runs one client only (to profile it with perf).
#include "chunkpool.h"
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
    QList<int> sizes{16, 1024, 16384, 65536};
    int messages = 0; // 0: chosen per size
    int window = 1000;
    int rounds = 3;
};

int messagesFor(const Settings &s, int payload)
{
    if (s.messages > 0)
        return s.messages;
    return std::clamp((256 << 20) / std::max(payload, 1), 2000, 200000);
}

double runWireClient(int messages, int payloadBytes, int window, const QUrl &url)
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
    int owed = 0; // sends held back while the send queue is full (the client's back-pressure)
    const QByteArray payload(payloadBytes, 'x');
    const auto sendWhileRoom = [&] {
        while (owed > 0 && sent < messages && !client.isWriteQueueFull()) {
            client.sendText(payload);
            ++sent;
            --owed;
        }
    };
    QElapsedTimer timer;
    timer.start();
    QEventLoop done;
    QObject::connect(&client, &WireClient::messageReceived, &done, [&](qsizetype) {
        ++received;
        ++owed;
        sendWhileRoom();
        if (received >= messages)
            done.quit();
    });
    QObject::connect(&client, &WireClient::writeQueueDrained, &done, sendWhileRoom);
    QObject::connect(&client, &WireClient::finished, &done, [&] {
        std::fprintf(stderr, "the wire client's connection ended after %d of %d messages\n", received, messages);
        done.quit();
    });
    owed = std::min(window, messages);
    sendWhileRoom();
    done.exec();
    const double rate = double(received) / (double(timer.nsecsElapsed()) / 1e9);
    client.close(1000);
    return rate;
}

double runQWebSocket(int messages, int payloadBytes, int window, const QUrl &url)
{
    QWebSocket client;
    client.setMaxAllowedIncomingMessageSize(quint64(1) << 30);
    QEventLoop opened;
    QObject::connect(&client, &QWebSocket::connected, &opened, &QEventLoop::quit);
    client.open(url);
    opened.exec();
    int received = 0;
    int sent = 0;
    const QString payload(payloadBytes, QLatin1Char('x'));
    QElapsedTimer timer;
    timer.start();
    QEventLoop done;
    QObject::connect(&client, &QWebSocket::textMessageReceived, &done, [&](const QString &) {
        ++received;
        if (sent < messages) {
            client.sendTextMessage(payload);
            ++sent;
        }
        if (received >= messages)
            done.quit();
    });
    for (; sent < std::min(window, messages); ++sent)
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

struct MemoryCost
{
    int frames = 0;
    std::size_t heapPerFrame = 0;
    double estimatePerFrame = 0;
};

// Memory per stored frame, measured on the heap itself: a million frames, or as many as
// 512 MiB of payload holds (large payloads would otherwise need tens of gigabytes).
MemoryCost measureMemory(int payloadBytes)
{
    MemoryCost cost;
    cost.frames = std::clamp((512 << 20) / std::max(1, payloadBytes + 64), 1000, 1000000);
    // Measured from an empty chunk pool, so every byte the store holds is new to the heap.
    const qint64 limit = ChunkPool::retainLimit();
    ChunkPool::setRetainLimit(0);
    const auto heapInUse = [] {
        const struct mallinfo2 m = mallinfo2();
        return m.uordblks + m.hblkhd; // small blocks in the arenas + mmapped ones
    };
    const size_t before = heapInUse();
    FrameStore store;
    const QByteArray payload(payloadBytes, 'p');
    for (int i = 0; i < cost.frames; ++i)
        store.append(i, FrameType::Text, Direction::In, payload);
    cost.heapPerFrame = (heapInUse() - before) / std::size_t(cost.frames);
    cost.estimatePerFrame = double(store.memoryBytes()) / cost.frames;
    ChunkPool::setRetainLimit(limit);
    return cost;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Settings s;
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        s.sizes.clear();
        for (const QString &size : args[1].split(QLatin1Char(',')))
            s.sizes << std::max(0, size.toInt());
    }
    if (args.size() > 2)
        s.messages = args[2] == QLatin1String("auto") ? 0 : args[2].toInt();
    if (args.size() > 3)
        s.window = std::max(1, args[3].toInt());
    if (args.size() > 4)
        s.rounds = std::max(1, args[4].toInt());

    const QByteArray only = qgetenv("BENCH_CLIENT");

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

    std::printf("Tunnelscope capture benchmark: window %d, %d rounds per size, alternating clients (medians)\n\n", s.window,
                s.rounds);
    std::printf("| message bytes | messages | bare QWebSocket msg/s (anchor) | WireClient msg/s (records every frame) | ratio "
                "| first round ratio |\n|---:|---:|---:|---:|---:|---:|\n");
    for (const int size : std::as_const(s.sizes)) {
        const int messages = messagesFor(s, size);
        std::vector<double> wire, bare;
        for (int round = 0; round < s.rounds; ++round) {
            // Alternate, so drift in machine load hits both alike.
            if (only != "bare")
                wire.push_back(runWireClient(messages, size, s.window, url));
            if (only != "wire")
                bare.push_back(runQWebSocket(messages, size, s.window, url));
        }
        const double wireRate = wire.empty() ? 0 : median(wire);
        const double bareRate = bare.empty() ? 0 : median(bare);
        const double firstRatio = wire.empty() || bare.empty() ? 0.0 : wire.front() / bare.front();
        std::printf("| %d | %d | %.0f | %.0f | %.2f | %.2f |\n", size, messages, bareRate, wireRate,
                    bareRate > 0 ? wireRate / bareRate : 0.0, firstRatio);
        std::fflush(stdout);
    }

    std::printf("\n| frame store: payload bytes | frames | heap per frame (mallinfo2) | beyond the payload | store's estimate |\n"
                "|---:|---:|---:|---:|---:|\n");
    for (const int size : std::as_const(s.sizes)) {
        const MemoryCost cost = measureMemory(size);
        std::printf("| %d | %d | %zu | %zd | %.1f |\n", size, cost.frames, cost.heapPerFrame,
                    std::ptrdiff_t(cost.heapPerFrame) - size, cost.estimatePerFrame);
    }

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
