// The window's Monitor against the lab: watch a flaky profile with the engine of `tunnelscope
// watch` on its own thread, see its statistics and groups arrive, a verdict change reported,
// a group opened as that play's frames, and the watch stopped with every journal ended.
#include "comparisonreport.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorview.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace tunnelscope;

namespace {

// Home Assistant behind a tunnel that loses auth_invalid about one time in two; one run a play,
// so plays differ in verdict (the seed moves on per play).
const char *const Flaky = R"({"name": "ha-flaky-window", "protocol": "homeassistant", "runs": 1,
  "lab": {"endpoint": "homeassistant", "token": "good",
          "faults": [{"kind": "drop_random", "p": 0.5, "seed": 7, "match": {"type": "auth_invalid"}}]},
  "steps": [{"expect": {"type": "auth_required"}, "timeout_ms": 3000},
            {"send": {"type": "auth", "access_token": "bad"}},
            {"expect": {"type": ["auth_ok", "auth_invalid"]}, "timeout_ms": 500}, {"await_close_ms": 1000}],
  "compare": {"critical": [{"type": ["auth_ok", "auth_invalid"]}]}})";

} // namespace

class tst_MonitorView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English as the program speaks it, plurals included ("1 day", not "1 day(s)").
    void initTestCase() { Language::install(QStringLiteral("en")); }
    void watchesFromTheWindow();
};

void tst_MonitorView::watchesFromTheWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("flaky.json"));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Flaky);
    file.close();

    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showMonitor(true);
    MonitorView *monitor = w.monitor();
    monitor->setDirectory(dir.filePath(QStringLiteral("watch")));
    monitor->addProfile(profile);
    monitor->addProfile(QStringLiteral("no-such-profile.json"));
    QVERIFY2(monitor->statusText().contains(QLatin1String("no-such-profile.json")), qPrintable(monitor->statusText()));
    QCOMPARE(monitor->profileSources(), QStringList{profile});
    monitor->setEvery(QStringLiteral("soon"));
    QVERIFY(!monitor->startWatching());
    QVERIFY(monitor->statusText().contains(QLatin1String("is not a duration")));

    monitor->setEvery(QStringLiteral("100ms"));
    QSignalSpy changed(monitor, &MonitorView::verdictChanged);
    QSignalSpy watching(monitor, &MonitorView::watchingChanged);
    // The window's event loop is timed while the watch plays on its own thread.
    QList<qint64> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed();
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        lateness.append(std::max<qint64>(0, now - last - 5));
        last = now;
    });
    tick.start();
    QVERIFY(monitor->startWatching());
    QCOMPARE(watching.count(), 1);
    QVERIFY(monitor->isWatching());
    // Plays alternate between clean and broken: the window hears of a change of verdict.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->groupRows() >= 1, 10000);
    tick.stop();
    std::sort(lateness.begin(), lateness.end());
    qInfo("window event loop while watching: %lld ticks, lateness p99 %lld ms, max %lld ms", qint64(lateness.size()),
          lateness.value(qsizetype(double(lateness.size()) * 0.99)), lateness.isEmpty() ? 0 : lateness.last());
    QVERIFY2(monitor->summaryText().contains(QLatin1String("ha-flaky-window, last 1 day: ")), qPrintable(monitor->summaryText()));
    QVERIFY(monitor->summaryText().contains(QLatin1String("delivery of critical messages: auth_invalid")));
    QCOMPARE(monitor->groupCell(0, 0), QStringLiteral("CRITICAL"));
    QVERIFY(monitor->groupCell(0, 1).contains(QLatin1String("tunnel lost auth_invalid")));
    QVERIFY(monitor->pointCount(QStringLiteral("up.tunnel")) >= 1);

    monitor->stopWatching();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->isWatching(), 15000);
    QCOMPARE(watching.count(), 2);
    QVERIFY(monitor->statusText().startsWith(QLatin1String("Stopped after ")));
    // The statistics shown count every play, the last ones too.
    const int plays = monitor->statusText().section(QLatin1Char(' '), 2, 2).toInt();
    QTRY_VERIFY2(monitor->summaryText().contains(QStringLiteral("last 1 day: %1 play(s)").arg(plays)),
                 qPrintable(monitor->summaryText().section(QLatin1Char('\n'), 0, 0) + QStringLiteral(" vs %1").arg(plays)));
    // Every play kept, every journal ended.
    const QStringList journals = QDir(dir.filePath(QStringLiteral("watch/ha-flaky-window")))
                                     .entryList({QStringLiteral("*.tsjournal")}, QDir::Files, QDir::Name);
    QVERIFY(journals.size() >= 2);
    for (const QString &j : journals) {
        QFile f(dir.filePath(QStringLiteral("watch/ha-flaky-window/") + j));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().endsWith("{\"k\":\"end\"}\n"), qPrintable(j));
    }

    QCOMPARE(monitor->pointCount(QStringLiteral("reconnects.tunnel")), monitor->pointCount(QStringLiteral("up.tunnel")));
    // A point of a chart opens the kept play nearest to its time.
    QSignalSpy open(monitor, &MonitorView::openJournalRequested);
    monitor->openPlayNear(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    QCOMPARE(open.count(), 1);
    QVERIFY(QFileInfo(open.first().first().toString()).isFile());
    QCOMPARE(QFileInfo(open.first().first().toString()).fileName(), journals.last()); // the latest

    // A group opens the latest play that had it, in the session tab: its frames and findings.
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    monitor->activateGroup(0);
    QTRY_VERIFY_WITH_TIMEOUT(w.report() != nullptr, 10000);
    QCOMPARE(w.report()->profile().name, QStringLiteral("ha-flaky-window"));
    QCOMPARE(ComparisonReport::verdictName(w.report()->verdict()), QStringLiteral("broken"));
}

QTEST_MAIN(tst_MonitorView)
#include "tst_monitorview.moc"
