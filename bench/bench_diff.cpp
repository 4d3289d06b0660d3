// Diff of two long recorded sessions against GNU diff on the same messages, one per line,
// in the same run. Usage: bench_diff [messages=1000000] [seed=1] [rounds=5] [faults=mixed|bom]
// mixed: the tunnel side has 1 % of messages missing, 0.5 % altered, 0.1 % duplicated.
// bom: the tunnel puts a byte order mark before every message (all of them altered).
// rewrite: the tunnel changes a field of every event (all but the heartbeats altered).
#include "messagediff.h"
#include "messagenormalizer.h"
#include "profileloader.h"
#include "sequencealigner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace tunnelscope;

namespace {

long maxRssKb(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss;
}

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toLong() * 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QRandomGenerator rng(argc > 2 ? quint32(std::atoi(argv[2])) : 1u);
    const QByteArrayView faults = argc > 4 ? QByteArrayView(argv[4]) : QByteArrayView("mixed");
    if (faults != "mixed" && faults != "bom" && faults != "rewrite") {
        std::fprintf(stderr, "bench_diff: faults must be mixed, bom or rewrite, not %s\n", argv[4]);
        return 2;
    }
    const bool everyMessageAltered = faults != "mixed";

    const auto loaded = ProfileLoader::parse(R"({"name":"bench","steps":[{"wait_ms":1}]})", QStringLiteral("bench.json"));
    RunRecord run;
    for (PathRecord *p : {&run.direct, &run.tunnel}) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.answerUs = 0;
        c.close.frameReceived = true;
        c.close.code = 1000;
        p->connections << c;
        p->frames.append(0, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    }
    QTemporaryDir dir;
    QFile directFile(dir.filePath(QStringLiteral("direct.txt"))), tunnelFile(dir.filePath(QStringLiteral("tunnel.txt")));
    directFile.open(QIODevice::WriteOnly);
    tunnelFile.open(QIODevice::WriteOnly);
    int missing = 0, altered = 0, duplicated = 0;
    for (int i = 0; i < n; ++i) {
        // An event stream with a heartbeat every 50 messages: repeated identical lines too.
        const QByteArray m = i % 50 == 49 ? QByteArray(R"({"type":"pong"})")
                                          : R"({"type":"event","id":)" + QByteArray::number(i)
                + R"(,"entity":"sensor.kitchen","state":")" + QByteArray::number(rng.bounded(1000)) + "\"}";
        const qint64 t = qint64(i) * 100;
        run.direct.frames.append(t, FrameType::Text, Direction::In, m);
        directFile.write(m + '\n');
        const quint32 roll = everyMessageAltered ? 10000u : rng.bounded(10000u);
        if (roll < 100) {
            ++missing;
            continue;
        }
        QByteArray tm = m;
        if (faults == "bom") {
            ++altered;
            tm.prepend("\xEF\xBB\xBF");
        } else if (faults == "rewrite" && tm.contains("kitchen")) {
            ++altered;
            tm.replace("kitchen", "k1tchen");
        }
        if (roll < 150 && tm.contains("kitchen")) {
            ++altered;
            tm.replace("kitchen", "k1tchen");
        }
        run.tunnel.frames.append(t + 300, FrameType::Text, Direction::In, tm);
        tunnelFile.write(tm + '\n');
        if (roll >= 150 && roll < 160) {
            ++duplicated;
            run.tunnel.frames.append(t + 301, FrameType::Text, Direction::In, tm);
            tunnelFile.write(tm + '\n');
        }
    }
    directFile.close();
    tunnelFile.close();

    // Alternating rounds, medians: the machine is shared and noisy.
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
    const long rssBefore = currentRssKb();
    const long peakBefore = maxRssKb(RUSAGE_SELF);
    std::vector<double> ours, gnu;
    long gnuPeakKb = 0;
    MessageDiffResult result;
    const bool gnuTime = QFile::exists(QStringLiteral("/usr/bin/time"));
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        result = MessageDiff(*loaded.profile).compare(run);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);

        // GNU time reports diff's own peak memory (a forked child's counters would include ours).
        QProcess diff;
        diff.setStandardOutputFile(QProcess::nullDevice());
        timer.restart();
        if (gnuTime)
            diff.start(QStringLiteral("/usr/bin/time"),
                       {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("diff"), directFile.fileName(),
                        tunnelFile.fileName()});
        else
            diff.start(QStringLiteral("diff"), {directFile.fileName(), tunnelFile.fileName()});
        diff.waitForFinished(-1);
        gnu.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (gnuTime)
            gnuPeakKb = std::max(gnuPeakKb, diff.readAllStandardError().trimmed().split('\n').last().toLong());
    }
    const long peakAfter = maxRssKb(RUSAGE_SELF);
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double oursMs = median(ours), gnuMs = median(gnu);
    QMap<QString, int> kinds;
    for (const Finding &f : result.findings)
        ++kinds[f.kind];

    // Where the time goes: the phases on their own (normalising serially here).
    QElapsedTimer timer;
    timer.start();
    const MessageNormalizer normalizer(loaded.profile->compare, loaded.profile->protocolHandler());
    const auto na = normalizer.normalize(run.direct), nb = normalizer.normalize(run.tunnel);
    const double normalizeMs = double(timer.nsecsElapsed()) / 1e6;
    std::vector<quint64> ka, kb;
    for (const auto &m : na)
        ka.push_back(m.key);
    for (const auto &m : nb)
        kb.push_back(m.key);
    timer.restart();
    const auto pairs = SequenceAligner::align(ka, kb);
    const double alignMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("Diff benchmark: %d vs %d messages (tunnel: %d missing, %d altered, %d duplicated), median of %d rounds\n\n", n,
                int(run.tunnel.frames.count() - 1), missing, altered, duplicated, rounds);
    std::printf("| | time (ms) | ratio vs GNU diff | peak memory (MB) |\n|---|---:|---:|---:|\n");
    std::printf("| GNU diff, one message per line (anchor) | %.0f | 1.00 | %s |\n", gnuMs,
                gnuPeakKb ? qPrintable(QString::number(double(gnuPeakKb) / 1024, 'f', 0)) : "n/a (no /usr/bin/time)");
    std::printf("| Tunnelscope MessageDiff | %.0f | %.2f | %.0f (process, frames included; diff itself +%.0f) |\n\n", oursMs,
                oursMs / gnuMs, double(peakAfter) / 1024,
                double(std::max(0L, peakAfter - std::max(peakBefore, rssBefore))) / 1024);
    std::printf(
        "phases, run alone: normalise both paths %.0f ms (serially; the diff does them in parallel), align %.0f ms (%zu pairs)\n",
        normalizeMs, alignMs, pairs.size());
    std::printf("findings:");
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        std::printf(" %s=%d", qPrintable(it.key()), it.value());
    std::printf("; matched %lld\n", static_cast<long long>(result.matched));
    return 0;
}
