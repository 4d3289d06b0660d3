// The window's frame filter over a million frames per path: how long the first matches take
// to show, how long the whole scan takes, and how late a 1 ms GUI-thread timer fires while it
// runs (stall). Anchor: the same filter over the same frames in one blocking loop, which is
// what a QSortFilterProxyModel's filterAcceptsRow() costs the GUI thread in one go.
// Usage: QT_QPA_PLATFORM=offscreen bench_filter [frames=1000000] [aligned|live]
#include "filteredframemodel.h"
#include "framefilterrunner.h"
#include "frametablemodel.h"
#include "messagediff.h"
#include "pairedtimeline.h"
#include "profileloader.h"
#include "runrecord.h"
#include "secretredactor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace tunnelscope;

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
}

// Home Assistant's stream: mostly state_changed events, an auth exchange every 1000 frames.
void fill(PathRecord &p, qsizetype frames, bool tunnel)
{
    p.name = tunnel ? QStringLiteral("tunnel") : QStringLiteral("direct");
    ConnectionRecord c;
    c.handshake.ok = true;
    c.handshake.answerUs = 1000;
    p.frames.append(1000, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    for (qsizetype i = 1; i < frames; ++i) {
        const qint64 t = 1000 + i * 100 + (tunnel ? 3000 : 0);
        QByteArray m;
        if (i % 1000 == 1)
            m = R"({"type":"auth_invalid","message":"Invalid access token or password"})";
        else if (i % 1000 == 2)
            m = R"({"type":"auth","access_token":"«redacted:token»"})";
        else
            m = QByteArrayLiteral(R"({"id":2,"type":"event","event":{"event_type":"state_changed","data":{"entity_id":)"
                                  R"("sensor.lab_counter","new_state":{"state":")")
                + QByteArray::number(i) + R"("}},"time_fired":"2026-12-05T06:00:00.000Z"}})";
        // The tunnel loses one auth_invalid in ten.
        if (tunnel && i % 10000 == 1)
            continue;
        p.frames.append(t, FrameType::Text, i % 1000 == 2 ? Direction::Out : Direction::In, m);
    }
    c.close.endedUs = 1000 + frames * 100 + 5000;
    p.connections << c;
}

struct Measure
{
    double firstMs = -1, doneMs = 0, blockingMs = 0, stallP99 = 0, stallMax = 0;
    qsizetype matches = 0;
};

// Whether a row of one list is kept, as the runner judges it.
bool keeps(const FrameFilter &filter, const FrameTableModel &frames, int row, const SecretRedactor &redactor)
{
    const qsizetype frame = frames.frameAt(row);
    if (frame < 0)
        return false;
    FrameFilter::Subject s;
    s.frame = frames.path()->frames.at(frame);
    s.flagged = !frames.statusAt(row).isEmpty();
    return filter.matches(s, redactor);
}

Measure measure(FrameFilterRunner &runner, FilteredFrameModel &direct, const FrameTableModel &directFrames,
                const FrameTableModel &tunnelFrames, const QString &expression, const SecretRedactor &redactor)
{
    QString error;
    const FrameFilter filter = FrameFilter::parse(expression, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    Measure m;
    // Anchor: every row of both lists in one go, as a blocking proxy would.
    QElapsedTimer clock;
    clock.start();
    qsizetype kept = 0;
    for (int row = 0; row < directFrames.rowCount(); ++row)
        kept += keeps(filter, directFrames, row, redactor) || keeps(filter, tunnelFrames, row, redactor);
    Q_UNUSED(kept);
    m.blockingMs = double(clock.nsecsElapsed()) / 1e6;

    std::vector<double> lateness;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    QEventLoop loop;
    const auto first = QObject::connect(&direct, &QAbstractItemModel::rowsInserted, [&] {
        if (m.firstMs < 0)
            m.firstMs = double(clock.nsecsElapsed()) / 1e6;
    });
    const auto done = QObject::connect(&runner, &FrameFilterRunner::progress, [&](qsizetype, qsizetype scanned, qsizetype total) {
        if (scanned >= total && !runner.isRunning())
            loop.quit();
    });
    clock.restart();
    last = 0;
    probe.start();
    // Let the probe tick once before the filter starts, so the first slice counts as a stall.
    QTimer::singleShot(5, [&] { runner.setFilter(filter); });
    loop.exec();
    m.doneMs = double(clock.nsecsElapsed()) / 1e6 - 5;
    if (m.firstMs >= 0)
        m.firstMs -= 5;
    probe.stop();
    QObject::disconnect(first);
    QObject::disconnect(done);
    m.stallP99 = percentile(lateness, 0.99);
    m.stallMax = lateness.empty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    m.matches = direct.rowCount();
    runner.setFilter(FrameFilter());
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qsizetype frames = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const bool aligned = argc <= 2 || QByteArray(argv[2]) != "live";

    QElapsedTimer setup;
    setup.start();
    RunRecord run;
    fill(run.direct, frames, false);
    fill(run.tunnel, frames, true);
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("token"), QStringLiteral("lab-valid-token"));
    FrameTableModel directFrames(false), tunnelFrames(true);
    PairedTimeline timeline;
    if (aligned) {
        const auto loaded = ProfileLoader::parse(R"({"name":"bench","steps":[{"wait_ms":1}]})", QStringLiteral("bench.json"));
        const MessageDiffResult diff = MessageDiff(*loaded.profile).compare(run);
        timeline = PairedTimeline::build(run, diff);
        directFrames.setAligned(&run.direct, &run.tunnel, &timeline, &redactor);
        tunnelFrames.setAligned(&run.tunnel, &run.direct, &timeline, &redactor);
    } else {
        directFrames.setLive(&run.direct, &redactor);
        tunnelFrames.setLive(&run.tunnel, &redactor);
    }
    FilteredFrameModel direct(&directFrames), tunnel(&tunnelFrames);
    FrameFilterRunner runner(&direct, &tunnel);
    QTableView directView, tunnelView;
    directView.setModel(&direct);
    tunnelView.setModel(&tunnel);
    // As the window sets its lists up (MainWindow's makeFrameView).
    for (QTableView *v : {&directView, &tunnelView}) {
        v->verticalHeader()->hide();
        v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 6);
        v->horizontalHeader()->setStretchLastSection(true);
        v->setWordWrap(false);
        v->setAlternatingRowColors(true);
        for (const auto &[column, width] :
             {std::pair{FrameTableModel::Number, 64}, std::pair{FrameTableModel::Time, 84}, std::pair{FrameTableModel::Delta, 70},
              std::pair{FrameTableModel::Arrow, 24}, std::pair{FrameTableModel::Type, 84}, std::pair{FrameTableModel::Size, 56}})
            v->setColumnWidth(column, width);
    }
    directView.resize(800, 600);
    tunnelView.resize(800, 600);
    directView.show();
    tunnelView.show();
    std::printf("%lld frames per path, %s lists (%d rows), set up in %.1f s\n", qlonglong(frames), aligned ? "aligned" : "live",
                directFrames.rowCount(), double(setup.elapsed()) / 1000.0);
    std::printf("%-40s %9s %9s %9s %9s %9s %12s %8s\n", "filter", "first ms", "done ms", "p99 ms", "max ms", "matches",
                "blocking ms", "ratio");
    // BENCH_SCREENSHOT=FILE: a picture of the direct list filtered by a JSON path, for the docs.
    if (const QByteArray shot = qgetenv("BENCH_SCREENSHOT"); !shot.isEmpty()) {
        QString error;
        runner.setFilter(FrameFilter::parse(QStringLiteral("type == \"auth_invalid\" or dir:out"), &error));
        while (runner.isRunning())
            QCoreApplication::processEvents();
        directView.resize(900, 420);
        directView.scrollTo(direct.index(direct.rowCount() / 2, 0), QAbstractItemView::PositionAtCenter);
        QCoreApplication::processEvents();
        directView.grab().save(QString::fromLocal8Bit(shot));
        runner.setFilter(FrameFilter());
    }
    for (const char *expression : {"auth_invalid", "type == \"auth_invalid\"", "/sensor\\.lab_counter.*\"9{3,}\"/",
                                   "event.data.new_state.state == \"500000\"", "dir:out is:data", "is:finding"}) {
        const Measure m = measure(runner, direct, directFrames, tunnelFrames, QString::fromUtf8(expression), redactor);
        std::printf("%-40s %9.1f %9.1f %9.2f %9.2f %9lld %12.1f %8.2f\n", expression, m.firstMs, m.doneMs, m.stallP99, m.stallMax,
                    qlonglong(m.matches), m.blockingMs, m.doneMs / std::max(0.001, m.blockingMs));
    }
    return 0;
}
