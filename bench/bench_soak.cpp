// The soak: batch after batch of paired runs through the lab tunnel with faults that change
// from batch to batch (latency with jitter, random drops, cut connections and reconnects,
// duplicates, lost closes), until a time or frame budget is spent. After each batch it checks
// that nothing was lost between the socket and the report: on the fault-free direct path every
// message sent was echoed and stored, and every frame either path stored is in the journal and
// in the JSON report, the same frame at the same place with the same payload bytes. Between batches it
// reads the heap in use and the resident size, which must stay flat; "held" is the heap with
// one batch's runs still in memory, which must not grow from batch to batch either.
// Usage: bench_soak [seconds=600] [frames=1000000] [seed=1]
#include "capturejournal.h"
#include "comparisonreport.h"
#include "jsonreportwriter.h"
#include "profileloader.h"
#include "scenariorunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace tunnelscope;

namespace {

constexpr int RunsPerBatch = 10;
constexpr int MessagesPerRun = 400;

struct Memory
{
    double heapMiB = 0;
    double rssMiB = 0;
};

Memory memoryNow()
{
    malloc_trim(0);
    Memory m;
    const struct mallinfo2 info = mallinfo2();
    m.heapMiB = double(info.uordblks + info.hblkhd) / double(1 << 20); // arenas and mmapped blocks
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            m.rssMiB = fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / double(1 << 20);
    }
    return m;
}

// The batch's faults: one of four sets, with random parameters.
QJsonArray faultsFor(int batch, QRandomGenerator *random)
{
    const auto fault = [](const char *kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        return extra;
    };
    switch (batch % 4) {
    case 0:
        return {fault("latency",
                      {{QStringLiteral("ms"), random->bounded(1, 4)}, {QStringLiteral("jitter_ms"), random->bounded(0, 4)}}),
                fault("drop_random",
                      {{QStringLiteral("p"), 0.005 + random->generateDouble() * 0.03},
                       {QStringLiteral("seed"), qint64(random->bounded(1 << 30))}})};
    case 1:
        // The relay that drops every session after a while: reconnects, scripts started over.
        return {fault("abrupt_close", {{QStringLiteral("ms"), random->bounded(60, 200)}})};
    case 2:
        return {fault("duplicate", {{QStringLiteral("match"), QJsonObject{{QStringLiteral("i"), QJsonArray{0, 7, 99, 250}}}}}),
                fault("latency", {{QStringLiteral("ms"), 1}, {QStringLiteral("jitter_ms"), random->bounded(1, 5)}})};
    default:
        return {fault(random->bounded(2) ? "drop_before_close" : "close_without_status")};
    }
}

QByteArray profileFor(int batch, QRandomGenerator *random)
{
    QJsonArray steps;
    for (int i = 0; i < MessagesPerRun; ++i)
        steps.append(QJsonObject{{QStringLiteral("send"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("m")},
                                              {QStringLiteral("run"), QStringLiteral("{{run}}")},
                                              {QStringLiteral("i"), i}}}});
    steps.append(QJsonObject{{QStringLiteral("wait_ms"), 120}});
    steps.append(QJsonObject{{QStringLiteral("close"), 1000}, {QStringLiteral("await_close_ms"), 500}});
    const QJsonObject profile{
        {QStringLiteral("name"), QStringLiteral("soak %1").arg(batch)},
        {QStringLiteral("runs"), RunsPerBatch},
        {QStringLiteral("lab"),
         QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("echo")}, {QStringLiteral("faults"), faultsFor(batch, random)}}},
        {QStringLiteral("reconnect"),
         QJsonObject{{QStringLiteral("max_attempts"), 3}, {QStringLiteral("initial_ms"), 5}, {QStringLiteral("max_ms"), 40}}},
        {QStringLiteral("steps"), steps}};
    return QJsonDocument(profile).toJson(QJsonDocument::Compact);
}

struct BatchResult
{
    qint64 frames = 0;
    int reconnects = 0;
    int findings = 0;
    QStringList lost; // what differs between capture, journal and report
    Memory held;      // with the batch's runs all in memory, before its report
};

QString frameKey(const Frame &f)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(f.tUs)
        .arg(frameTypeName(f.type), directionName(f.dir))
        .arg(QString::fromLatin1(QCryptographicHash::hash(f.payload, QCryptographicHash::Sha1).toHex().left(12)));
}

// The payload as the JSON report wrote it: text as text, anything else as base64; a close
// frame's reason apart from its code. No secrets here, so nothing was redacted.
QByteArray reportedPayload(const QJsonObject &w, const Frame &f)
{
    if (f.type == FrameType::Close)
        return w.value(QStringLiteral("close_reason")).toString().toUtf8();
    const QString data = w.value(QStringLiteral("data")).toString();
    const bool base64 = f.type == FrameType::Binary || w.value(QStringLiteral("encoding")).toString() == QLatin1String("base64");
    return base64 ? QByteArray::fromBase64(data.toLatin1()) : data.toUtf8();
}

// Every stored frame against the journal's copy and the report's entry, one by one, payloads
// included.
void compare(const ScenarioRunner &runner, const CaptureJournal::Recovered &journal, const QJsonObject &report, BatchResult *out)
{
    const QJsonArray reportRuns = report.value(QStringLiteral("runs")).toArray();
    if (journal.runs.size() != runner.runs().size() || reportRuns.size() != qsizetype(runner.runs().size())) {
        out->lost << QStringLiteral("runs: captured %1, journal %2, report %3")
                         .arg(runner.runs().size())
                         .arg(journal.runs.size())
                         .arg(reportRuns.size());
        return;
    }
    for (std::size_t r = 0; r < runner.runs().size(); ++r) {
        for (const bool tunnel : {false, true}) {
            const PathRecord &live = runner.runs()[r]->path(tunnel);
            const PathRecord &kept = journal.runs[r]->path(tunnel);
            const QJsonArray written = reportRuns.at(qsizetype(r))
                                           .toObject()
                                           .value(tunnel ? QStringLiteral("tunnel") : QStringLiteral("direct"))
                                           .toObject()
                                           .value(QStringLiteral("frames"))
                                           .toArray();
            const QString where = QStringLiteral("run %1 %2").arg(r).arg(live.name);
            out->frames += live.frames.count();
            out->reconnects += live.reconnects();
            if (kept.frames.count() != live.frames.count() || written.size() != live.frames.count()) {
                out->lost << QStringLiteral("%1: captured %2 frames, journal %3, report %4")
                                 .arg(where)
                                 .arg(live.frames.count())
                                 .arg(kept.frames.count())
                                 .arg(written.size());
                continue;
            }
            if (!tunnel) {
                // No fault on the direct path: every message sent came back, and was stored.
                qsizetype sent = 0, echoed = 0;
                for (qsizetype i = 0; i < live.frames.count(); ++i) {
                    const Frame f = live.frames.at(i);
                    sent += f.type == FrameType::Text && f.dir == Direction::Out;
                    echoed += f.type == FrameType::Text && f.dir == Direction::In;
                }
                if (sent != MessagesPerRun || echoed != sent)
                    out->lost << QStringLiteral("%1: sent %2 messages, %3 echoes stored").arg(where).arg(sent).arg(echoed);
            }
            for (qsizetype i = 0; i < live.frames.count(); ++i) {
                const Frame f = live.frames.at(i);
                const QJsonObject w = written.at(i).toObject();
                const bool sameInReport = w.value(QStringLiteral("seq")).toInteger() == i
                    && qRound64(w.value(QStringLiteral("t_ms")).toDouble() * 1000) == f.tUs
                    && w.value(QStringLiteral("type")).toString() == frameTypeName(f.type)
                    && w.value(QStringLiteral("size")).toInteger() == f.payload.size()
                    && reportedPayload(w, f) == (f.type == FrameType::Close ? f.closeReason() : f.payload);
                if (frameKey(kept.frames.at(i)) != frameKey(f) || !sameInReport) {
                    out->lost << QStringLiteral("%1 frame %2 differs").arg(where).arg(i);
                    break;
                }
            }
        }
    }
}

bool playBatch(int batch, QRandomGenerator *random, const QString &dir, BatchResult *out)
{
    const auto loaded = ProfileLoader::parse(profileFor(batch, random), QStringLiteral("soak.json"));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.problems.join(QLatin1Char('\n'))));
        return false;
    }
    ScenarioRunner runner(*loaded.profile);
    const QStringList problems = runner.prepare({});
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.join(QLatin1Char('\n'))));
        return false;
    }
    CaptureJournal journal;
    journal.setKeepWhenFinished(true);
    QString error;
    if (!journal.follow(&runner, &error)) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(error));
        return false;
    }
    QEventLoop loop;
    QObject::connect(&runner, &ScenarioRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, [&loop] { loop.exit(1); }); // a batch that hangs is a failure
    runner.start();
    if (loop.exec() != 0) {
        std::fprintf(stderr, "batch %d did not finish within 120 s\n", batch);
        return false;
    }

    out->held = memoryNow();
    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    for (std::size_t r = 0; r < runner.runs().size(); ++r)
        out->findings += int(report.findings(qsizetype(r)).size());
    QFile file(dir + QStringLiteral("/report.json"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    JsonReportWriter::write(report, &file);
    file.close();
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();

    CaptureJournal::Recovered kept;
    if (!CaptureJournal::read(journal.path(), &kept, &error)) {
        out->lost << QStringLiteral("journal: ") + error;
        return true;
    }
    if (!kept.complete)
        out->lost << QStringLiteral("journal: no end line");
    compare(runner, kept, written, out);
    QFile::remove(journal.path());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = args.size() > 1 ? args.at(1).toInt() : 600;
    const qint64 frameBudget = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    QRandomGenerator random(args.size() > 3 ? args.at(3).toUInt() : 1);
    QTemporaryDir dir;
    qputenv("TUNNELSCOPE_JOURNAL_DIR", dir.path().toLocal8Bit());

    std::printf("soak: up to %d s or %lld frames; %d runs of %d messages per batch, faults change per batch\n", seconds,
                static_cast<long long>(frameBudget), RunsPerBatch, MessagesPerRun);
    std::printf("%6s %9s %10s %8s %9s %10s %9s %9s %s\n", "batch", "seconds", "frames", "reconn", "findings", "held MiB",
                "heap MiB", "rss MiB", "capture = journal = report");
    QElapsedTimer clock;
    clock.start();
    qint64 frames = 0;
    int reconnects = 0;
    int lostBatches = 0;
    QList<Memory> memory;
    for (int batch = 0; clock.elapsed() < qint64(seconds) * 1000 && frames < frameBudget; ++batch) {
        BatchResult result;
        if (!playBatch(batch, &random, dir.path(), &result))
            return 2;
        frames += result.frames;
        reconnects += result.reconnects;
        lostBatches += result.lost.isEmpty() ? 0 : 1;
        memory << memoryNow();
        std::printf("%6d %9.1f %10lld %8d %9d %10.1f %9.1f %9.1f %s\n", batch, double(clock.elapsed()) / 1000.0,
                    static_cast<long long>(frames), result.reconnects, result.findings, result.held.heapMiB,
                    memory.last().heapMiB, memory.last().rssMiB,
                    result.lost.isEmpty() ? "yes" : qPrintable(result.lost.join(QStringLiteral("; "))));
        std::fflush(stdout);
    }
    // Flat: after the first batches (allocator and Qt caches warming up), the heap in use
    // and the resident size do not grow with the batches played.
    const qsizetype warm = std::min<qsizetype>(4, memory.size() - 1);
    double heapMax = 0, rssMax = 0;
    for (qsizetype i = warm; i < memory.size(); ++i) {
        heapMax = std::max(heapMax, memory.at(i).heapMiB);
        rssMax = std::max(rssMax, memory.at(i).rssMiB);
    }
    const double seconds_ = double(clock.elapsed()) / 1000.0;
    std::printf("\n%lld frames in %.0f s (%.0f frames/s), %d reconnects, %lld batches\n", static_cast<long long>(frames),
                seconds_, double(frames) / seconds_, reconnects, static_cast<long long>(memory.size()));
    std::printf("heap in use after batch %lld: %.1f MiB; last: %.1f MiB; highest since: %.1f MiB\n", static_cast<long long>(warm),
                memory.at(warm).heapMiB, memory.last().heapMiB, heapMax);
    std::printf("resident after batch %lld: %.1f MiB; last: %.1f MiB; highest since: %.1f MiB\n", static_cast<long long>(warm),
                memory.at(warm).rssMiB, memory.last().rssMiB, rssMax);
    std::printf("batches where capture, journal and report differ: %d\n", lostBatches);
    return lostBatches == 0 ? 0 : 1;
}
