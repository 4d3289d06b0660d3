// Rolling statistics of a watch: log histograms' percentiles, Wilson intervals, windows built
// from minutes, first/last seen, ranking, and bounded memory over days.
#include "loghistogram.h"
#include "watchstatistics.h"
#include "watchsummary.h"
#include "wilsoninterval.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace tunnelscope;

namespace {

const double T0 = 1'800'000'000; // a Unix second, on a minute boundary

// One play of one run: the tunnel up or not, a finding group when it was not.
WatchTally play(bool tunnelUp, double deltaMs)
{
    WatchTally t;
    t.plays = 1;
    t.runs = 1;
    t.verdicts[tunnelUp ? QStringLiteral("clean") : QStringLiteral("broken")] = 1;
    t.paths[0].up = 1;
    t.paths[1].up = tunnelUp ? 1 : 0;
    t.paths[1].deltaMs.add(deltaMs);
    t.expected[QStringLiteral("auth_invalid")] = 1;
    t.paths[0].delivered[QStringLiteral("auth_invalid")] = 1;
    t.paths[1].delivered[QStringLiteral("auth_invalid")] = tunnelUp ? 1 : 0;
    if (!tunnelUp)
        t.groups[QStringLiteral("lost")] = {1, 1};
    return t;
}

const WatchStatistics::GroupInfo Lost{QStringLiteral("message_missing"),
                                      QStringLiteral("critical"),
                                      QStringLiteral("tunnel"),
                                      QStringLiteral("auth_invalid"),
                                      Sentence::verbatim(QStringLiteral("tunnel lost auth_invalid")),
                                      0,
                                      0,
                                      QStringLiteral("/watch/p/1.tsjournal"),
                                      QString()};

void add(WatchStatistics *s, bool tunnelUp, double at, double deltaMs = 1.0)
{
    s->add(QStringLiteral("p"), play(tunnelUp, deltaMs), tunnelUp ? QList<WatchStatistics::GroupInfo>{} : QList{Lost},
           tunnelUp ? QStringList{} : QStringList{QStringLiteral("lost")}, at);
}

} // namespace

class tst_WatchStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void histogramQuantilesAreWithinTheirBin()
    {
        LogHistogram h;
        for (int i = 1; i <= 1000; ++i)
            h.add(double(i)); // 1 … 1000 ms
        QCOMPARE(h.count(), quint64(1000));
        for (const double q : {0.5, 0.95, 0.99}) {
            const double exact = q * 1000;
            QVERIFY2(std::fabs(h.quantile(q) - exact) / exact <= 0.05, qPrintable(QString::number(h.quantile(q))));
        }
        QCOMPARE(h.min(), 1.0);
        QCOMPARE(h.max(), 1000.0);
        // Merging is adding: two halves give the whole's quantiles.
        LogHistogram low, high;
        for (int i = 1; i <= 1000; ++i)
            (i <= 500 ? low : high).add(double(i));
        low.merge(high);
        QCOMPARE(low.quantile(0.95), h.quantile(0.95));
        QCOMPARE(low.count(), h.count());
    }

    void histogramKeepsNegativeDeltasInOrder()
    {
        LogHistogram h;
        for (const double v : {-2.0, -0.5, 0.0, 0.0005, 3.0})
            h.add(v);
        QVERIFY(h.quantile(0.2) < 0); // the smallest is the most negative
        QVERIFY(h.quantile(0.2) >= -2.0);
        QCOMPARE(h.quantile(0.6), 0.0); // |v| < 0.001 reads as 0
        QVERIFY(h.quantile(1.0) > 2.5);
        QVERIFY(LogHistogram::binOf(-3) < LogHistogram::binOf(-2));
        QVERIFY(LogHistogram::binOf(-0.002) < LogHistogram::binOf(0));
        QVERIFY(LogHistogram::binOf(2) < LogHistogram::binOf(3));
        // Bounded: a million distinct values take at most a few hundred bins.
        LogHistogram wide;
        std::mt19937 rng(1);
        std::lognormal_distribution<double> dist(0, 4);
        for (int i = 0; i < 100000; ++i)
            wide.add(dist(rng));
        QVERIFY(wide.json().value(QStringLiteral("p99")).toDouble() > wide.json().value(QStringLiteral("p50")).toDouble());
    }

    void wilsonIntervalKnowsHowLittleFewRunsSay()
    {
        const WilsonInterval oneOfThree = WilsonInterval::of(1, 3);
        QVERIFY(oneOfThree.low < 0.07 && oneOfThree.low > 0.05);
        QVERIFY(oneOfThree.high > 0.78 && oneOfThree.high < 0.80);
        const WilsonInterval many = WilsonInterval::of(100, 300);
        QVERIFY(many.low > 0.28 && many.high < 0.39);
        QCOMPARE(WilsonInterval::of(0, 0).low, 0.0);
        QCOMPARE(WilsonInterval::of(0, 0).high, 1.0);
        QCOMPARE(WilsonInterval::of(5, 5).high, 1.0);
        QVERIFY(WilsonInterval::of(0, 20).low == 0.0);
    }

    void windowsCountTheirMinutesOnly()
    {
        WatchStatistics s;
        // Two hours of a play a minute; the tunnel loses the message in the first hour only,
        // every fifth play.
        for (int m = 0; m < 120; ++m)
            add(&s, !(m < 60 && m % 5 == 0), T0 + m * 60 + 10);
        const double now = T0 + 119 * 60 + 30;
        const WatchTally five = s.window(QStringLiteral("p"), 5 * 60 * 1000, now);
        QCOMPARE(five.runs, quint64(5));
        QCOMPARE(five.verdicts.value(QStringLiteral("broken")), quint64(0));
        const WatchTally hour = s.window(QStringLiteral("p"), 3600 * 1000, now);
        QCOMPARE(hour.runs, quint64(60));
        QCOMPARE(hour.paths[1].delivered.value(QStringLiteral("auth_invalid")), quint64(60));
        const WatchTally all = s.window(QStringLiteral("p"), 0, now);
        QCOMPARE(all.runs, quint64(120));
        QCOMPARE(all.verdicts.value(QStringLiteral("broken")), quint64(12));
        QCOMPARE(all.paths[1].delivered.value(QStringLiteral("auth_invalid")), quint64(108));
        QCOMPARE(all.expected.value(QStringLiteral("auth_invalid")), quint64(120));

        const QList<WatchStatistics::RankedGroup> ranked = s.ranked(QStringLiteral("p"), all);
        QCOMPARE(ranked.size(), 1);
        QCOMPARE(ranked[0].runs, quint64(12));
        QCOMPARE(ranked[0].info.firstSeen, T0 + 10);
        QCOMPARE(ranked[0].info.lastSeen, T0 + 55 * 60 + 10);
        QCOMPARE(ranked[0].info.lastJournal, QStringLiteral("/watch/p/1.tsjournal"));
        QVERIFY(!ranked[0].consistent());
        QCOMPARE(WatchSummary::groupRate(ranked[0]), QStringLiteral("12/120 runs (10.0 %, 95 % CI 5.81–16.7 %)"));
        QVERIFY(s.ranked(QStringLiteral("p"), hour).isEmpty()); // not seen in the last hour

        const QString text = WatchSummary(s, QStringLiteral("p"), 0, now).text(QStringLiteral("all"), 15);
        QVERIFY2(text.contains(QStringLiteral("auth_invalid: direct 120/120 (100 %), tunnel 108/120 (90.0 %)")),
                 qPrintable(text));
    }

    void rankingPutsSurelyFrequentFirst()
    {
        WatchTally t;
        t.runs = 300;
        t.groups[QStringLiteral("a")] = {1, 1};     // 1 of 300
        t.groups[QStringLiteral("b")] = {100, 100}; // 100 of 300
        WatchStatistics s;
        WatchStatistics::GroupInfo a = Lost, b = Lost;
        a.summary = Sentence::verbatim(QStringLiteral("a"));
        b.summary = Sentence::verbatim(QStringLiteral("b"));
        s.add(QStringLiteral("p"), t, {a, b}, {QStringLiteral("a"), QStringLiteral("b")}, T0);
        const QList<WatchStatistics::RankedGroup> ranked = s.ranked(QStringLiteral("p"), s.window(QStringLiteral("p"), 0, T0));
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked[0].info.summary.english(), QStringLiteral("b"));

        // 1 of 3 (lower bound 6 %) ranks below 30 of 100 (lower bound 22 %), though 33 % > 30 %.
        WatchStatistics few;
        WatchTally small;
        small.runs = 3;
        small.groups[QStringLiteral("a")] = {1, 1};
        WatchTally big;
        big.runs = 100;
        big.groups[QStringLiteral("b")] = {30, 30};
        few.add(QStringLiteral("p"), small, {a}, {QStringLiteral("a")}, T0);
        few.add(QStringLiteral("p"), big, {b}, {QStringLiteral("b")}, T0 + 1);
        const QList<WatchStatistics::RankedGroup> r2
            = few.ranked(QStringLiteral("p"), few.window(QStringLiteral("p"), 0, T0 + 1));
        QCOMPARE(r2[0].info.summary.english(), QStringLiteral("b"));
    }

    void memoryStaysBoundedOverDays()
    {
        // Three days of a play every 30 s: only the last day's minutes are kept.
        WatchStatistics s;
        for (int i = 0; i < 3 * 24 * 120; ++i)
            add(&s, i % 20 != 0, T0 + i * 30.0, double(i % 50));
        const double now = T0 + 3 * 24 * 3600.0 - 29; // just after the last play, in its minute
        const QList<WatchStatistics::Point> minutes = s.series(QStringLiteral("p"), now - 3 * 24 * 3600.0, 60);
        QVERIFY2(minutes.size() <= 24 * 60 + 1, qPrintable(QString::number(minutes.size())));
        QCOMPARE(s.window(QStringLiteral("p"), 0, now).runs, quint64(3 * 24 * 120));
        QCOMPARE(s.window(QStringLiteral("p"), WatchStatistics::DayMs, now).runs, quint64(24 * 120));
        // Steps of an hour reach back over all three days (hours are kept for a month).
        const QList<WatchStatistics::Point> hours = s.series(QStringLiteral("p"), T0, 3600);
        QCOMPARE(hours.size(), 72);
        for (const WatchStatistics::Point &p : hours)
            QCOMPARE(p.tally.runs, quint64(120));
        const QList<WatchStatistics::Point> days = s.series(QStringLiteral("p"), T0, 24 * 3600);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[2].tally.verdicts.value(QStringLiteral("broken")), quint64(144));
    }

    void playsOutOfOrderLandInTheirMinute()
    {
        WatchStatistics s(3600 * 1000);
        add(&s, true, T0 + 600);
        add(&s, false, T0 + 10); // an older journal read after a newer one
        add(&s, true, T0 + 300);
        QCOMPARE(s.window(QStringLiteral("p"), 0, T0 + 600).runs, quint64(3));
        const QList<WatchStatistics::Point> points = s.series(QStringLiteral("p"), T0, 60);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].epochSeconds, T0);
        QCOMPARE(points[0].tally.verdicts.value(QStringLiteral("broken")), quint64(1));
        QCOMPARE(s.firstPlaySeconds(QStringLiteral("p")), T0 + 10);
        QCOMPARE(s.lastPlaySeconds(QStringLiteral("p")), T0 + 600);
    }
};

QTEST_GUILESS_MAIN(tst_WatchStatistics)
#include "tst_watchstatistics.moc"
