// The incremental frame filter: the same rows as judging every one at once, live rows judged as
// they come, a model that obeys Qt's rules throughout, and work spread over many turns.
#include "filteredframemodel.h"
#include "framefilterrunner.h"
#include "frametablemodel.h"
#include "pathrecord.h"
#include "secretredactor.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tunnelscope;

class tst_FrameFilterRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRowsAsJudgingAllAtOnce();
    void liveRowsAreJudgedAsTheyCome();
    void aMistakeLeavesNothingHalfDone();
};

namespace {

void addMessages(PathRecord &p, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const QByteArray m = i % 97 == 0 ? QByteArrayLiteral(R"({"type":"auth_invalid"})")
                                         : QByteArrayLiteral(R"({"type":"event","n":)") + QByteArray::number(i) + '}';
        p.frames.append(qint64(i) * 1000, FrameType::Text, i % 5 == 0 ? Direction::Out : Direction::In, m);
    }
}

FrameFilter parsed(const char *expression)
{
    QString error;
    FrameFilter f = FrameFilter::parse(QString::fromUtf8(expression), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return f;
}

// The rows a filter keeps, judged one by one.
QList<int> expected(const FrameFilter &filter, const PathRecord &p, const SecretRedactor &redactor)
{
    QList<int> rows;
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        FrameFilter::Subject s;
        s.frame = p.frames.at(i);
        if (filter.matches(s, redactor))
            rows << int(i);
    }
    return rows;
}

QList<int> shown(const FilteredFrameModel &m)
{
    QList<int> rows;
    for (int r = 0; r < m.rowCount(); ++r)
        rows << m.mapToSource(m.index(r, 0)).row();
    return rows;
}

} // namespace

void tst_FrameFilterRunner::sameRowsAsJudgingAllAtOnce()
{
    PathRecord direct, tunnel;
    addMessages(direct, 0, 200000);
    addMessages(tunnel, 0, 150000);
    const SecretRedactor redactor;
    FrameTableModel directFrames(false), tunnelFrames(true);
    directFrames.setLive(&direct, &redactor);
    tunnelFrames.setLive(&tunnel, &redactor);
    FilteredFrameModel d(&directFrames), t(&tunnelFrames);
    QAbstractItemModelTester directTester(&d, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tunnelTester(&t, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FrameFilterRunner runner(&d, &t);
    for (const char *expression : {"auth_invalid", "type == event n > 1000 dir:out", "/\"n\":1\\d{4}}/"}) {
        const FrameFilter filter = parsed(expression);
        runner.setFilter(filter);
        // 200,000 rows are judged over many turns of the event loop, never in one (how long a
        // turn takes is bench_filter's to measure).
        QVERIFY(runner.isRunning());
        int turns = 0;
        while (runner.isRunning()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            ++turns;
        }
        QVERIFY(turns > 1);
        QCOMPARE(shown(d), expected(filter, direct, redactor));
        QCOMPARE(shown(t), expected(filter, tunnel, redactor));
        QCOMPARE(runner.matches(), qsizetype(std::max(d.rowCount(), t.rowCount())));
    }
    runner.setFilter(FrameFilter());
    QCOMPARE(d.rowCount(), 200000);
    QCOMPARE(t.rowCount(), 150000);
}

void tst_FrameFilterRunner::liveRowsAreJudgedAsTheyCome()
{
    PathRecord direct, tunnel;
    addMessages(direct, 0, 1000);
    addMessages(tunnel, 0, 500);
    const SecretRedactor redactor;
    FrameTableModel directFrames(false), tunnelFrames(true);
    directFrames.setLive(&direct, &redactor);
    tunnelFrames.setLive(&tunnel, &redactor);
    FilteredFrameModel d(&directFrames), t(&tunnelFrames);
    QAbstractItemModelTester tester(&d, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FrameFilterRunner runner(&d, &t);
    const FrameFilter filter = parsed("auth_invalid");
    runner.setFilter(filter);
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(shown(d), expected(filter, direct, redactor));
    // The direct path races ahead, the tunnel catches up: each list judges its own new rows.
    addMessages(direct, 1000, 3000);
    directFrames.refresh();
    QTRY_COMPARE(shown(d), expected(filter, direct, redactor));
    addMessages(tunnel, 500, 3000);
    tunnelFrames.refresh();
    QTRY_COMPARE(shown(t), expected(filter, tunnel, redactor));
    // Without a filter the list follows the source row for row.
    runner.setFilter(FrameFilter());
    addMessages(direct, 3000, 3100);
    directFrames.refresh();
    QCOMPARE(d.rowCount(), 3100);
}

void tst_FrameFilterRunner::aMistakeLeavesNothingHalfDone()
{
    // A new filter while one is half way: the old one's rows never mix with the new one's.
    PathRecord direct, tunnel;
    addMessages(direct, 0, 100000);
    addMessages(tunnel, 0, 100000);
    const SecretRedactor redactor;
    FrameTableModel directFrames(false), tunnelFrames(true);
    directFrames.setLive(&direct, &redactor);
    tunnelFrames.setLive(&tunnel, &redactor);
    FilteredFrameModel d(&directFrames), t(&tunnelFrames);
    FrameFilterRunner runner(&d, &t);
    runner.setFilter(parsed("type == event"));
    QCoreApplication::processEvents();
    const FrameFilter second = parsed("auth_invalid dir:out");
    runner.setFilter(second);
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(shown(d), expected(second, direct, redactor));
    // The source reset (a new run shown): the filter is applied to the new rows from the start.
    directFrames.clear();
    QCOMPARE(d.rowCount(), 0);
    directFrames.setLive(&direct, &redactor);
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(shown(d), expected(second, direct, redactor));
}

QTEST_MAIN(tst_FrameFilterRunner)
#include "tst_framefilterrunner.moc"
