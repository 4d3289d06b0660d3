// Responsiveness of the window's Monitor while a watch plays back to back: the window watches
// lab profiles (--every 0, the heaviest schedule) on its watch thread for `seconds`, with its
// statistics redrawn as they come; measured on the GUI thread: how late a 1 ms timer fires
// (event-loop stalls), how many plays were judged, and how long one redraw of a day of
// history (2880 plays, 24 h window) takes.
// Usage: QT_QPA_PLATFORM=offscreen bench_monitor [seconds=30] [profile=builtin:ha-lost-auth-invalid]
#include "mainwindow.h"
#include "monitorview.h"
#include "syntheticwatch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace tunnelscope;

namespace {

double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const QString profile = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("builtin:ha-lost-auth-invalid");
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    w.showMonitor(true);
    MonitorView *monitor = w.monitor();

    // A redraw of a day of history.
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const auto history = syntheticWatchDay(QStringLiteral("day"), now);
    QList<double> redraws;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        monitor->showStatistics(history, now);
        app.processEvents();
        redraws.append(double(t.nsecsElapsed()) / 1e6);
    }

    monitor->setDirectory(dir.filePath(QStringLiteral("watch")));
    monitor->addProfile(profile);
    monitor->setEvery(QStringLiteral("0"));
    int plays = 0;
    QObject::connect(monitor, &MonitorView::verdictChanged, [] {});
    QList<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 t = clock.nsecsElapsed();
        lateness.append(std::max(0.0, double(t - last) / 1e6 - 1.0));
        last = t;
    });
    if (!monitor->startWatching()) {
        std::fprintf(stderr, "cannot watch %s: %s\n", qPrintable(profile), qPrintable(monitor->statusText()));
        return 1;
    }
    tick.start();
    QTimer::singleShot(seconds * 1000, [&] {
        tick.stop();
        monitor->stopWatching();
    });
    QObject::connect(monitor, &MonitorView::watchingChanged, &app, [&](bool watching) {
        if (!watching)
            app.quit();
    });
    app.exec();
    const QString status = monitor->statusText(); // "Stopped after N play(s)."
    plays = status.section(QLatin1Char(' '), 2, 2).toInt();
    std::printf("| measure (%d s watching %s every 0) | value | goal |\n| --- | --- | --- |\n", seconds, qPrintable(profile));
    std::printf("| plays judged | %d (%.1f/s) | |\n", plays, double(plays) / seconds);
    std::printf("| event-loop stall p50 (1 ms timer lateness) | %.2f ms | |\n", percentile(lateness, 0.50));
    std::printf("| event-loop stall p99 | %.2f ms | <= 16 ms |\n", percentile(lateness, 0.99));
    std::printf("| event-loop stall max | %.2f ms | |\n", percentile(lateness, 1.0));
    std::printf("| redraw of a 24 h history (2880 plays), median of 20 | %.1f ms | |\n", percentile(redraws, 0.5));
    return 0;
}
