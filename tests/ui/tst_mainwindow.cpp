#include "capturejournal.h"
#include "chartdata.h"
#include "chartpanel.h"
#include "comparisonreport.h"
#include "findingsmodel.h"
#include "frametablemodel.h"
#include "lab.h"
#include "mainwindow.h"
#include "pathrecord.h"
#include "profileeditor.h"
#include "profileloader.h"
#include "scenariorunner.h"
#include "secretredactor.h"
#include "sessioncomposer.h"
#include "urlfield.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <functional>

using namespace tunnelscope;

// The window driven as a user would: load a built-in profile, start, wait, read the results.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void playsLostAuthInvalid();
    void showsProfileProblems();
    void findingJumpsToTheFrame();
    void filterKeepsListsInStep();
    void interactiveSessionSavedAsAProfile();
    void interactiveSessionOnOnePath();
    void everyPaneIsNamedAndReachableByKeyboard();
    void longPreviewsHaveTheirWholeTextEscaped();
    void noSecretInTheWindow();
    void stopEndsThePlay();
    void detailShowsDecodedProtocols();
    void recoversAnUnfinishedSession();
    void opensAndComparesCaptures();
    void findingsFilterSortAndNeverCut();
    void layoutIsKeptBetweenSessions();
    void chartsAreReadable();
    void longUrlsShowBothEnds();

private:
    bool play(MainWindow &w, const QString &profile);
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
}

bool tst_MainWindow::play(MainWindow &w, const QString &profile)
{
    if (!w.loadProfile(profile))
        return false;
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    return ready.wait(30000);
}

void tst_MainWindow::playsLostAuthInvalid()
{
    MainWindow w;
    // Every model checked for consistency through every change it goes through.
    QAbstractItemModelTester directTester(w.directModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tunnelTester(w.tunnelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(w.findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *directView = w.findChild<QTableView *>(QStringLiteral("directView"));
    QAbstractItemModelTester proxyTester(directView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    // Before anything played, each chart says there is nothing yet instead of an empty frame.
    for (const auto chart : {ChartPanel::Chart::Reconnects, ChartPanel::Chart::Closes, ChartPanel::Chart::Latency})
        QVERIFY(w.charts()->showsPlaceholder(chart));
    QVERIFY(play(w, QStringLiteral("builtin:ha-lost-auth-invalid")));
    for (const auto chart : {ChartPanel::Chart::Reconnects, ChartPanel::Chart::Closes, ChartPanel::Chart::Latency})
        QVERIFY(!w.charts()->showsPlaceholder(chart));

    // The findings panel lists the critical loss of auth_invalid.
    bool found = false;
    for (int r = 0; r < w.findingsModel()->rowCount(); ++r) {
        const Finding &f = w.findingsModel()->entryAt(r).finding;
        found = found
            || (f.kind == QLatin1String("message_missing") && f.severity == Finding::Severity::Critical
                && f.summary.english().contains(QLatin1String("auth_invalid")));
    }
    QVERIFY(found);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QLatin1String("broken")));

    // The tunnel list shows the gap where auth_invalid should be; both lists have the same rows.
    FrameTableModel *tunnel = w.tunnelModel();
    QCOMPARE(tunnel->rowCount(), w.directModel()->rowCount());
    int gap = -1;
    for (int r = 0; r < tunnel->rowCount(); ++r)
        if (tunnel->frameAt(r) < 0 && tunnel->statusAt(r) == QLatin1String("missing"))
            gap = r;
    QVERIFY(gap >= 0);
    QVERIFY(w.directModel()->index(gap, FrameTableModel::Preview).data().toString().contains(QLatin1String("auth_invalid")));
    QVERIFY(tunnel->index(gap, FrameTableModel::Preview).data().toString().contains(QLatin1String("not received")));

    // Every chart series has points.
    for (const char *series :
         {"reconnects.direct", "reconnects.tunnel", "closes.direct", "closes.tunnel", "rtt.direct", "rtt.tunnel", "delta"})
        QVERIFY2(w.charts()->pointCount(QLatin1String(series)) > 0, series);

    // Export from the window, with the same writers as `run`.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json")), html = dir.filePath(QStringLiteral("r.html"));
    QCOMPARE(w.exportReport(json, QStringLiteral("json")), QString());
    QCOMPARE(w.exportReport(html, QStringLiteral("html")), QString());
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("broken"));
    QProcess python;
    python.start(QStringLiteral(TUNNELSCOPE_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json,sys,jsonschema; s = json.load(open(sys.argv[2])); s.pop('$id', None); "
                                 "jsonschema.validate(json.load(open(sys.argv[1])), s)"),
                  json, QStringLiteral(TUNNELSCOPE_SOURCE_DIR "/resources/schemas/report.schema.json")});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QFile hf(html);
    QVERIFY(hf.open(QIODevice::ReadOnly));
    const QByteArray page = hf.readAll();
    QVERIFY(page.contains("Verdict: <b>BROKEN</b>"));
    QVERIFY(!page.contains("<script"));

    // The report's charts show the same ticks as the window's.
    const QString text = QString::fromUtf8(page);
    auto svgTitled = [&text](const QString &title) {
        const qsizetype at = text.indexOf(QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
        return at < 0 ? QString() : text.mid(at, text.indexOf(QLatin1String("</svg>"), at) - at);
    };
    auto labels = [](const QString &svg, const char *anchor) {
        QStringList out;
        const QRegularExpression label(
            QStringLiteral("class=\"ax\" text-anchor=\"%1\">([-0-9.]+)</text>").arg(QLatin1String(anchor)));
        for (const QRegularExpressionMatch &m : label.globalMatch(svg))
            out << m.captured(1);
        return out;
    };
    const QString latency = svgTitled(QStringLiteral("Latency: ping round trips, and tunnel − direct per message"));
    QVERIFY(!latency.isEmpty());
    QCOMPARE(labels(latency, "end"), w.charts()->tickLabels(QStringLiteral("latency.y")));
    QCOMPARE(labels(latency, "middle"), w.charts()->tickLabels(QStringLiteral("latency.x")));
    const QString reconnects = svgTitled(QStringLiteral("Reconnects over time"));
    QCOMPARE(labels(reconnects, "end"), w.charts()->tickLabels(QStringLiteral("reconnects.y")));
    QCOMPARE(labels(reconnects, "middle"), w.charts()->tickLabels(QStringLiteral("reconnects.x")));
}

// Round ticks (whole numbers for counts), seconds on the time axes, markers that can be
// told apart, legends that fit.
void tst_MainWindow::chartsAreReadable()
{
    auto run = std::make_unique<RunRecord>();
    for (PathRecord *path : {&run->direct, &run->tunnel}) {
        const bool tunnel = path == &run->tunnel;
        ConnectionRecord c;
        c.handshake.ok = true;
        c.close.code = tunnel ? 1006 : 1000;
        path->connections << c << c << c;
        path->frames.append(0, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
        path->frames.append(3370000, FrameType::Text, Direction::In, "last");
        path->reconnectsUs << 1100000 << 2300000;
        for (int i = 0; i < 12; ++i)
            path->pings.append(PingSample{250000 * i, (tunnel ? 43300 : 1700) + 300 * i});
    }
    ChartData data;
    data.addRun(*run, 0, nullptr);
    ChartPanel panel;
    panel.resize(1260, 300);
    panel.show();
    panel.setData(data);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.tickLabels(QStringLiteral("reconnects.y")), QString(QStringLiteral("0 1 2")).split(QLatin1Char(' ')));
    QCOMPARE(panel.tickLabels(QStringLiteral("closes.y")), QString(QStringLiteral("0 1 2 3")).split(QLatin1Char(' ')));
    QCOMPARE(panel.tickLabels(QStringLiteral("reconnects.x")), QString(QStringLiteral("0 1 2 3 4")).split(QLatin1Char(' ')));
    QCOMPARE(panel.tickLabels(QStringLiteral("latency.x")), QString(QStringLiteral("0 1 2 3 4")).split(QLatin1Char(' ')));
    QCOMPARE(panel.tickLabels(QStringLiteral("latency.y")), QString(QStringLiteral("0 10 20 30 40 50")).split(QLatin1Char(' ')));

    const QList<QAbstractSeries *> latency = panel.chart(ChartPanel::Chart::Latency)->series();
    QSet<int> shapes;
    for (QAbstractSeries *s : latency) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        QVERIFY(scatter && scatter->markerSize() >= 7);
        shapes << int(scatter->markerShape());
    }
    QCOMPARE(shapes.size(), latency.size());

    // Every legend label whole: the labels, their markers and spacing within the legend.
    for (const auto which : {ChartPanel::Chart::Reconnects, ChartPanel::Chart::Closes, ChartPanel::Chart::Latency}) {
        QLegend *legend = panel.chart(which)->legend();
        const QFontMetrics metrics(legend->font());
        int needed = 0;
        for (QLegendMarker *m : legend->markers())
            needed += metrics.horizontalAdvance(m->label()) + metrics.height() + 16;
        QVERIFY2(needed <= legend->geometry().width(),
                 qPrintable(QStringLiteral("%1: %2 px of legend in %3 px")
                                .arg(panel.chart(which)->title())
                                .arg(needed)
                                .arg(legend->geometry().width())));
    }
}

void tst_MainWindow::showsProfileProblems()
{
    MainWindow w;
    QVERIFY(!w.loadProfile(QStringLiteral("builtin:does-not-exist")));
    QVERIFY(!w.report());
}

void tst_MainWindow::findingJumpsToTheFrame()
{
    MainWindow w;
    w.show();
    QVERIFY(play(w, QStringLiteral("builtin:chat-abrupt-close")));
    auto *findings = w.findChild<QAbstractItemView *>(QStringLiteral("findingsView"));
    // The first finding that points at a frame (a reconnect count points at none).
    int row = 0;
    while (row < w.findingsModel()->rowCount() && w.findingsModel()->entryAt(row).finding.tunnelSeq < 0
           && w.findingsModel()->entryAt(row).finding.directSeq < 0)
        ++row;
    QVERIFY(row < w.findingsModel()->rowCount());
    const FindingsModel::Entry &e = w.findingsModel()->entryAt(row);
    findings->activated(w.findingsModel()->index(row, 0));
    auto *view
        = w.findChild<QTableView *>(e.finding.tunnelSeq >= 0 ? QStringLiteral("tunnelView") : QStringLiteral("directView"));
    QVERIFY(view->currentIndex().isValid());
    const FrameTableModel *model = e.finding.tunnelSeq >= 0 ? w.tunnelModel() : w.directModel();
    const int sourceRow = model->rowOfFrame(e.finding.tunnelSeq >= 0 ? e.finding.tunnelSeq : e.finding.directSeq);
    QCOMPARE(view->currentIndex().data(FrameTableModel::FrameIndexRole).toLongLong(), model->frameAt(sourceRow));
    // The other list follows the selection, row for row.
    auto *other
        = w.findChild<QTableView *>(e.finding.tunnelSeq >= 0 ? QStringLiteral("directView") : QStringLiteral("tunnelView"));
    QCOMPARE(other->currentIndex().row(), view->currentIndex().row());

    // The same cause found several times is one group, expanding to each finding; a finding
    // of a group jumps to its own frame.
    FindingsModel *model2 = w.findingsModel();
    int group = -1;
    for (int r = 0; r < model2->rowCount() && group < 0; ++r)
        if (model2->rowCount(model2->index(r, 0)) > 1)
            group = r;
    QVERIFY(group >= 0);
    const QModelIndex parent = model2->index(group, 0);
    QVERIFY(model2->index(group, FindingsModel::Run).data().toString().contains(QLatin1String("times")));
    const QModelIndex second = model2->index(1, 0, parent);
    const FindingsModel::Entry &child = model2->entryAt(second);
    QVERIFY(child.finding.tunnelSeq >= 0);
    findings->activated(second);
    const FrameTableModel *tunnelModel = w.tunnelModel();
    auto *tunnelView = w.findChild<QTableView *>(QStringLiteral("tunnelView"));
    QCOMPARE(tunnelView->currentIndex().data(FrameTableModel::FrameIndexRole).toLongLong(),
             tunnelModel->frameAt(tunnelModel->rowOfFrame(child.finding.tunnelSeq)));
}

void tst_MainWindow::filterKeepsListsInStep()
{
    MainWindow w;
    w.show();
    QVERIFY(play(w, QStringLiteral("builtin:ha-lost-auth-invalid")));
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filter"));
    auto *status = w.findChild<QLabel *>(QStringLiteral("filterStatus"));
    auto *directView = w.findChild<QTableView *>(QStringLiteral("directView"));
    auto *tunnelView = w.findChild<QTableView *>(QStringLiteral("tunnelView"));
    // The filtered lists obey the model rules through every change below.
    QAbstractItemModelTester directTester(directView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tunnelTester(tunnelView->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = directView->model()->rowCount();
    filter->setText(QStringLiteral("auth_invalid"));
    // Only the row with auth_invalid remains, on both sides: the gap stays beside it.
    QCOMPARE(directView->model()->rowCount(), 1);
    QCOMPARE(tunnelView->model()->rowCount(), 1);
    QVERIFY(tunnelView->model()->index(0, FrameTableModel::Preview).data().toString().contains(QLatin1String("not received")));
    QCOMPARE(status->text(), QStringLiteral("1 of %1").arg(all));
    filter->setText(QStringLiteral("/auth_(ok|required)/"));
    QCOMPARE(directView->model()->rowCount(), 1);
    // A JSON field, as the reports' --filter reads it.
    filter->setText(QStringLiteral("type == \"auth_invalid\""));
    QCOMPARE(directView->model()->rowCount(), 1);
    QVERIFY(directView->model()->index(0, FrameTableModel::Preview).data().toString().contains(QLatin1String("auth_invalid")));
    // A mistake is shown at the field with its column; the lists keep the last filter that read.
    filter->setText(QStringLiteral("dir:in tpye:close"));
    QVERIFY2(status->text().contains(QLatin1String("column 8: tpye:close: there is no key")), qPrintable(status->text()));
    QVERIFY(!filter->styleSheet().isEmpty());
    QCOMPARE(directView->model()->rowCount(), 1);
    // Findings only: the rows the diff marks (the lost message) and the frames findings point at.
    filter->clear();
    QVERIFY(filter->styleSheet().isEmpty());
    QCOMPARE(directView->model()->rowCount(), all);
    auto *findingsOnly = w.findChild<QToolButton *>(QStringLiteral("findingsOnly"));
    findingsOnly->setChecked(true);
    const int flagged = directView->model()->rowCount();
    QVERIFY(flagged >= 1 && flagged < all);
    bool sawLost = false;
    for (int row = 0; row < flagged; ++row)
        sawLost = sawLost
            || directView->model()
                   ->index(row, FrameTableModel::Preview)
                   .data()
                   .toString()
                   .contains(QLatin1String("auth_invalid"));
    QVERIFY(sawLost);
    findingsOnly->setChecked(false);
    // F3 / Shift+F3 step through the list and wrap round; the other list follows.
    filter->setText(QStringLiteral("dir:in is:data"));
    const int kept = directView->model()->rowCount();
    QVERIFY(kept >= 2);
    directView->setFocus();
    directView->setCurrentIndex(directView->model()->index(0, 0));
    auto *next = w.findChild<QToolButton *>(QStringLiteral("nextMatch"));
    auto *previous = w.findChild<QToolButton *>(QStringLiteral("previousMatch"));
    next->click();
    QCOMPARE(directView->currentIndex().row(), 1);
    QCOMPARE(tunnelView->currentIndex().row(), 1);
    previous->click();
    QCOMPARE(directView->currentIndex().row(), 0);
    previous->click();
    QCOMPARE(directView->currentIndex().row(), kept - 1);
    filter->clear();
    QCOMPARE(directView->model()->rowCount(), all);
}

namespace {
// Whether a list shows a received frame holding `text`.
bool receivedHolds(const FrameTableModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, FrameTableModel::Arrow).data().toString() == QStringLiteral("↓")
            && model->index(row, FrameTableModel::Preview).data().toString().contains(text))
            return true;
    return false;
}
} // namespace

void tst_MainWindow::interactiveSessionSavedAsAProfile()
{
    MainWindow w;
    w.show();
    SessionComposer *composer = w.composer();
    QVERIFY(!composer->isVisible());
    QAction *interactive = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            interactive = a;
    QVERIFY(interactive);
    interactive->trigger();
    QVERIFY(composer->isVisible());
    auto *connectButton = composer->findChild<QPushButton *>(QStringLiteral("sessionConnect"));
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sessionSend"));
    auto *problem = composer->findChild<QLabel *>(QStringLiteral("sessionProblem"));
    QVERIFY(!send->isEnabled()); // nothing connected yet
    // The lab's echo endpoint behind the lab's tunnel (no URL typed).
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(connectButton->text(), QStringLiteral("Disconnect"), 10000);
    // JSON is checked as it is typed: a mistake names its line and column and blocks Send.
    composer->setKind(SessionComposer::Kind::Json);
    composer->setText(QStringLiteral("{\"type\": \"hello\",\n \"n\": }"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("line 2")), qPrintable(problem->text()));
    composer->setText(QStringLiteral("{\"type\": \"hello\", \"n\": 1}"));
    QVERIFY(send->isEnabled());
    send->click();
    // The same synced lists as a scripted run: both paths show the echo.
    QTRY_VERIFY_WITH_TIMEOUT(receivedHolds(w.directModel(), QStringLiteral("\"type\":\"hello\"")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(receivedHolds(w.tunnelModel(), QStringLiteral("\"type\":\"hello\"")), 10000);
    QTest::qWait(50);
    composer->setKind(SessionComposer::Kind::Text);
    composer->setText(QStringLiteral("plain words"));
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(receivedHolds(w.tunnelModel(), QStringLiteral("plain words")), 10000);
    composer->setKind(SessionComposer::Kind::Ping);
    composer->setText(QStringLiteral("are you there"));
    send->click();
    QTest::qWait(100);
    // Up recalls what was sent, as a shell does.
    auto *editor = composer->findChild<QPlainTextEdit *>(QStringLiteral("sessionEditor"));
    composer->setText(QString());
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QStringLiteral("are you there"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->toPlainText(), QStringLiteral("plain words"));
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(editor->toPlainText(), QString());
    // Disconnecting closes both paths; the session is compared as a scripted run is.
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    connectButton->click();
    QVERIFY(ready.wait(30000));
    QVERIFY(w.report());
    QCOMPARE(ComparisonReport::verdictName(w.report()->verdict()), QStringLiteral("clean"));
    for (const PathRecord *p : {&w.report()->runs().front()->direct, &w.report()->runs().front()->tunnel})
        QCOMPARE(p->lastClose().code, quint16(1000));

    // Saved as a profile: the sends with the waits between them, then a close; it validates,
    // and played headless it reaches the same verdict.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interactive.json"));
    QCOMPARE(w.saveSession(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray steps = saved.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.last().toObject().value(QStringLiteral("close")).toInt(), 1000);
    QCOMPARE(
        steps.at(steps.size() - 4).toObject().value(QStringLiteral("send")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("hello"));
    QCOMPARE(steps.at(steps.size() - 3).toObject().value(QStringLiteral("send")).toString(), QStringLiteral("plain words"));
    QCOMPARE(steps.at(steps.size() - 2).toObject().value(QStringLiteral("ping")).toString(), QStringLiteral("are you there"));
    // The waits are the session's own: at least the pauses this test made between sends.
    QVERIFY(steps.at(steps.size() - 4).toObject().value(QStringLiteral("wait_ms")).toInt() >= 50);
    QVERIFY(steps.at(steps.size() - 2).toObject().value(QStringLiteral("wait_ms")).toInt() >= 100);
    QCOMPARE(saved.value(QStringLiteral("lab")).toObject().value(QStringLiteral("endpoint")).toString(), QStringLiteral("echo"));
    QProcess validate;
    validate.start(QStringLiteral(TUNNELSCOPE_BINARY), {QStringLiteral("validate"), path});
    QVERIFY(validate.waitForFinished(30000));
    QCOMPARE(validate.exitCode(), 0);
    QProcess run;
    const QString json = dir.filePath(QStringLiteral("report.json"));
    run.start(QStringLiteral(TUNNELSCOPE_BINARY), {QStringLiteral("run"), path, QStringLiteral("--json"), json});
    QVERIFY(run.waitForFinished(60000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardOutput() + run.readAllStandardError());
    QFile report(json);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(report.readAll())
                 .object()
                 .value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("verdict"))
                 .toString(),
             QStringLiteral("clean"));
}

// "Either alone": a session on the direct path only (a URL of the user's, no lab, no tunnel URL
// needed), then on the tunnel path only (the lab's). Frames land in that path's list; nothing is
// compared, so there is no verdict and no report to export.
void tst_MainWindow::interactiveSessionOnOnePath()
{
    LabSpec spec;
    spec.enabled = true;
    spec.endpoint = QStringLiteral("echo");
    Lab server(spec);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    MainWindow w;
    w.show();
    SessionComposer *composer = w.composer();
    composer->show();
    auto *connectButton = composer->findChild<QPushButton *>(QStringLiteral("sessionConnect"));
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sessionSend"));
    auto *target = composer->findChild<QComboBox *>(QStringLiteral("sessionTarget"));
    auto *verdict = w.findChild<QLabel *>(QStringLiteral("verdict"));
    auto *directUrl = w.findChild<QLineEdit *>(QStringLiteral("directUrl"));
    auto *tunnelUrl = w.findChild<QLineEdit *>(QStringLiteral("tunnelUrl"));
    QSignalSpy compared(&w, &MainWindow::comparisonReady);
    const struct
    {
        SessionComposer::Target path;
        QString directUrl;
        FrameTableModel *played, *idle;
        QString line;
    } cases[]{{SessionComposer::Target::Direct, server.directUrl().toString(), w.directModel(), w.tunnelModel(),
               QStringLiteral("Only the direct path was connected")},
              {SessionComposer::Target::Tunnel, QString(), w.tunnelModel(), w.directModel(),
               QStringLiteral("Only the tunnel path was connected")}};
    for (const auto &c : cases) {
        directUrl->setText(c.directUrl);
        tunnelUrl->clear();
        composer->setPaths(c.path);
        connectButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(connectButton->text(), QStringLiteral("Disconnect"), 10000);
        // Every send goes to the one path.
        QCOMPARE(SessionComposer::Target(target->currentData().toInt()), c.path);
        QVERIFY(!target->isEnabled());
        composer->setKind(SessionComposer::Kind::Text);
        composer->setText(QStringLiteral("just one path"));
        QVERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(receivedHolds(c.played, QStringLiteral("just one path")), 10000);
        QCOMPARE(c.idle->rowCount(), 0);
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(c.line), 10000);
        // Its frames stay in the list, the close included; no report to export.
        QVERIFY(receivedHolds(c.played, QStringLiteral("just one path")));
        QCOMPARE(c.idle->rowCount(), 0);
        QVERIFY(!w.report());
        QCOMPARE(compared.count(), 0);
        QVERIFY(target->isEnabled());
    }
}

void tst_MainWindow::everyPaneIsNamedAndReachableByKeyboard()
{
    MainWindow w;
    w.resize(1280, 800);
    QVERIFY(w.loadProfile(QStringLiteral("builtin:ha-clean")));
    w.show();
    w.composer()->show(); // the interactive session's composer too
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList panes{
        QStringLiteral("profilePicker"),       QStringLiteral("directUrl"),      QStringLiteral("tunnelUrl"),
        QStringLiteral("runPicker"),           QStringLiteral("filter"),         QStringLiteral("typeFilter"),
        QStringLiteral("directView"),          QStringLiteral("tunnelView"),     QStringLiteral("detail"),
        QStringLiteral("severityFilter"),      QStringLiteral("kindFilter"),     QStringLiteral("findingsView"),
        QStringLiteral("sessionProtocol"),     QStringLiteral("sessionLab"),     QStringLiteral("sessionPaths"),
        QStringLiteral("sessionSubprotocols"), QStringLiteral("sessionHeaders"), QStringLiteral("sessionKind"),
        QStringLiteral("sessionTarget"),       QStringLiteral("sessionEditor")};
    // Each has a name a screen reader says, and Tab reaches each from the first.
    const auto check = [](QWidget *window, const QStringList &names) {
        QSet<QWidget *> reached;
        QWidget *first = window->findChild<QWidget *>(names.first());
        QWidget *at = first;
        for (int i = 0; i < 500 && at; ++i) {
            if (at->isVisible() && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus))
                reached.insert(at);
            at = at->nextInFocusChain();
            if (at == first)
                break;
        }
        QStringList wrong;
        for (const QString &name : names) {
            auto *pane = window->findChild<QWidget *>(name);
            if (!pane)
                wrong << name + QStringLiteral(" is missing");
            else if (pane->accessibleName().isEmpty())
                wrong << name + QStringLiteral(" has no accessible name");
            else if (!reached.contains(pane))
                wrong << name + QStringLiteral(" is not reached by Tab");
        }
        return wrong;
    };
    QStringList wrong = check(&w, panes);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    // The profile editor: its form and its problems.
    ProfileEditor editor;
    QVERIFY(editor.open(QStringLiteral("builtin:ha-clean")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    wrong = check(&editor, {QStringLiteral("profileTree"), QStringLiteral("profileProblems")});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void tst_MainWindow::longPreviewsHaveTheirWholeTextEscaped()
{
    PathRecord path;
    const QByteArray hostile = "<img src=x onerror=alert(1)><b>" + QByteArray(300, 'x') + "</b>";
    path.frames.append(1000, FrameType::Text, Direction::In, hostile);
    path.frames.append(2000, FrameType::Text, Direction::In, "short");
    const SecretRedactor redactor;
    FrameTableModel model(false);
    model.setLive(&path, &redactor);
    const QString tip = model.index(0, FrameTableModel::Preview).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(!tip.contains(QLatin1String("<img")));
    QVERIFY(tip.contains(QString(300, QLatin1Char('x'))));
    QVERIFY(model.index(1, FrameTableModel::Preview).data(Qt::ToolTipRole).isNull()); // shown whole already
}

namespace {
// Whether the secret shows in text as it is, or in what the text encodes: base64 runs (frame
// lists show binary frames so) and hex dump rows (the detail pane and the clipboard).
bool showsSecret(const QString &text, const QByteArray &secret)
{
    if (text.toUtf8().contains(secret))
        return true;
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    for (auto it = base64.globalMatch(text); it.hasNext();) {
        const QString run = it.next().captured();
        for (int start = 0; start < 4; ++start)
            if (QByteArray::fromBase64(run.mid(start).toLatin1()).contains(secret))
                return true;
    }
    static const QRegularExpression dumpRow(QStringLiteral("^[0-9a-f]{8}  ((?:[0-9a-f]{2} {1,2})+)"),
                                            QRegularExpression::MultilineOption);
    QByteArray dumped;
    for (auto it = dumpRow.globalMatch(text); it.hasNext();)
        dumped += QByteArray::fromHex(it.next().captured(1).toLatin1());
    return dumped.contains(secret);
}
} // namespace

void tst_MainWindow::noSecretInTheWindow()
{
    const QByteArray secret = "w1ndow-s3cret-value";
    qputenv("TS_WINDOW_SECRET", secret);
    QTemporaryDir dir;
    QFile profile(dir.filePath(QStringLiteral("secret.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    // The tunnel turns text into binary frames: the secret reaches the window as bytes too.
    profile.write(R"({"name":"secret","secrets":{"T":{"env":"TS_WINDOW_SECRET"}},
        "lab":{"endpoint":"echo","faults":[{"kind":"text_to_binary"}]},
        "steps":[{"send":{"type":"auth","access_token":"{{secrets.T}}"},"expect":{"type":"auth"},"timeout_ms":2000},
                 {"send":{"text":"token {{secrets.T}} in text"},"expect":{"regex":"token"},"timeout_ms":2000}]})");
    profile.close();
    MainWindow w;
    w.show();
    QVERIFY(play(w, profile.fileName()));
    QStringList shown;
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(w.directModel()), static_cast<QAbstractItemModel *>(w.tunnelModel()),
          static_cast<QAbstractItemModel *>(w.findingsModel())})
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                shown << m->index(r, c).data().toString() << m->index(r, c).data(Qt::ToolTipRole).toString();
    // Every frame's detail and its copy, as the pane and the clipboard show them; the status
    // bar says that secrets were redacted only where the frame had some.
    auto *detail = w.findChild<QPlainTextEdit *>(QStringLiteral("detail"));
    int binaryRows = 0, redactedCopies = 0, plainCopies = 0;
    for (const char *name : {"directView", "tunnelView"}) {
        auto *view = w.findChild<QTableView *>(QLatin1String(name));
        view->setFocus();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            view->selectRow(r);
            shown << detail->toPlainText();
            QGuiApplication::clipboard()->clear();
            QTest::keySequence(view, QKeySequence::Copy);
            const QString copied = QGuiApplication::clipboard()->text();
            const QString status = w.statusBar()->currentMessage();
            if (copied.isEmpty())
                continue; // a row that stands for a frame the other path had
            shown << copied;
            binaryRows += copied.startsWith(QLatin1String("binary")) ? 1 : 0;
            const bool hadSecret
                = copied.contains(QStringLiteral("«redacted:")) || copied.contains(QLatin1String("carry secrets"));
            QCOMPARE(status.endsWith(QLatin1String("its secrets redacted")), hadSecret);
            (hadSecret ? redactedCopies : plainCopies) += 1;
        }
    }
    QVERIFY(binaryRows >= 2);
    QVERIFY(redactedCopies >= 4);
    QVERIFY(plainCopies >= 2);
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("«redacted:")));
    QVERIFY(!showsSecret(all, secret));
    QVERIFY(!showsSecret(all, secret.toBase64()));
    qunsetenv("TS_WINDOW_SECRET");
}

void tst_MainWindow::stopEndsThePlay()
{
    QTemporaryDir dir;
    QFile profile(dir.filePath(QStringLiteral("long.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"name":"long","runs":3,"lab":{"endpoint":"echo"},"steps":[{"send":{"text":"x"}},{"wait_ms":10000}]})");
    profile.close();
    MainWindow w;
    w.show();
    QVERIFY(w.loadProfile(profile.fileName()));
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    QVERIFY(w.isRunning());
    QTest::qWait(300);
    w.stop();
    QVERIFY(ready.wait(5000)); // well before the 10 s wait of the script
    QVERIFY(!w.isRunning());
    QCOMPARE(int(w.report()->runs().size()), 1);
}

void tst_MainWindow::detailShowsDecodedProtocols()
{
    MainWindow w;
    w.show();
    auto *view = w.findChild<QTableView *>(QStringLiteral("tunnelView"));
    auto *detail = w.findChild<QPlainTextEdit *>(QStringLiteral("detail"));
    auto *preview = w.findChild<QLabel *>(QStringLiteral("preview"));
    QVERIFY(preview);
    // Selects each row in turn; returns the detail of the first one the predicate accepts.
    auto find = [&](const std::function<bool()> &accept) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            view->selectRow(r);
            if (accept())
                return detail->toPlainText();
        }
        return QString();
    };

    // ComfyUI: a binary preview frame is decoded and its image shown.
    QVERIFY(play(w, QStringLiteral("builtin:comfyui-clean")));
    const QString comfy = find([&] { return preview->isVisible(); });
    QVERIFY2(comfy.contains(QStringLiteral("ComfyUI preview image (PNG, ")), qPrintable(comfy));
    QVERIFY(!preview->pixmap().isNull());
    QCOMPARE(preview->pixmap().size(), QSize(64, 64));
    QVERIFY(preview->toolTip().contains(QStringLiteral("64 × 64 PNG")));
    // A JSON message hides it again.
    QVERIFY(find([&] { return detail->toPlainText().contains(QStringLiteral("Message type \"execution_success\"")); }).size()
            > 0);
    QVERIFY(!preview->isVisible());

    // Socket.IO: packets named, events decoded.
    QVERIFY(play(w, QStringLiteral("builtin:socketio-clean")));
    const QString sio = find([&] { return detail->toPlainText().contains(QStringLiteral("Socket.IO event \"")); });
    QVERIFY2(!sio.isEmpty(), "no decoded Socket.IO event in the tunnel list");
    QVERIFY(!find([&] { return detail->toPlainText().contains(QStringLiteral("Engine.IO open")); }).isEmpty());

    // Home Assistant: message types named.
    QVERIFY(play(w, QStringLiteral("builtin:ha-clean")));
    QVERIFY(!find([&] { return detail->toPlainText().contains(QStringLiteral("Message type \"auth_ok\"")); }).isEmpty());
    QVERIFY(!preview->isVisible());
}

void tst_MainWindow::recoversAnUnfinishedSession()
{
    QTemporaryDir dir;
    qputenv("TUNNELSCOPE_JOURNAL_DIR", dir.path().toUtf8());
    QString path;
    {
        // A session whose process goes away mid-play: its journal stays behind, unfinished.
        const auto loaded = ProfileLoader::load(QStringLiteral("builtin:ha-clean"));
        QVERIFY(loaded.ok());
        ScenarioRunner runner(*loaded.profile);
        QVERIFY(runner.prepare({}).isEmpty());
        CaptureJournal journal;
        QString error;
        QVERIFY2(journal.follow(&runner, &error), qPrintable(error));
        path = journal.path();
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(runner.liveRun() && runner.liveRun()->direct.frames.count() > 8, 10000);
        QTest::qWait(2 * CaptureJournal::FlushIntervalMs);
    }
    QCOMPARE(CaptureJournal::unfinished(), QStringList(path));
    MainWindow w;
    w.show();
    QVERIFY(w.openJournal(path));
    QVERIFY(w.directModel()->rowCount() > 8);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QStringLiteral("recovered from the journal")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("(recovered)")));
    QVERIFY(CaptureJournal::setAside(path, false));
    QVERIFY(CaptureJournal::unfinished().isEmpty());
    // Not a journal: refused with the reason shown.
    QFile junk(dir.filePath(QStringLiteral("x.tsjournal")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{}\n");
    junk.close();
    QVERIFY(!w.openJournal(junk.fileName()));
    QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("detail"))
                ->toPlainText()
                .contains(QStringLiteral("not a Tunnelscope journal")));
    qunsetenv("TUNNELSCOPE_JOURNAL_DIR");
}

void tst_MainWindow::opensAndComparesCaptures()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.loadProfile(QStringLiteral("builtin:ha-lost-auth-invalid")));
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    QVERIFY(ready.wait(30000));
    const QString report = dir.filePath(QStringLiteral("r.json")), har = dir.filePath(QStringLiteral("r.har"));
    QVERIFY(w.exportReport(report, QStringLiteral("json")).isEmpty());
    QVERIFY(w.exportReport(har, QStringLiteral("har")).isEmpty());
    const auto kinds = [&w] {
        QStringList found;
        for (std::size_t i = 0; i < w.report()->runs().size(); ++i)
            for (const Finding &f : w.report()->findings(qsizetype(i)))
                if (f.severity == Finding::Severity::Critical)
                    found << f.kind + QLatin1Char('/') + f.detail.value(QStringLiteral("message")).toString();
        return found;
    };
    const QStringList played = kinds();
    QCOMPARE(played, QStringList(QStringLiteral("message_missing/auth_invalid")));
    // A report and Tunnelscope's HAR open read-only, both paths, with the same findings.
    for (const QString &file : {report, har}) {
        QVERIFY(w.openFile(file));
        QCOMPARE(kinds(), played);
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(w.directModel()->rowCount() > 3);
        QVERIFY(w.tunnelModel()->rowCount() > 2);
    }
    // A browser's HAR has one side: it asks to be compared, then is.
    QFile in(har);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject log = o.value(QStringLiteral("log")).toObject();
    log.insert(QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("WebInspector")}});
    QJsonArray entries;
    for (const QJsonValue &e : log.value(QStringLiteral("entries")).toArray())
        if (e.toObject().value(QStringLiteral("comment")).toString().contains(QLatin1String("tunnel path")))
            entries.append(e);
    log.insert(QStringLiteral("entries"), entries);
    o.insert(QStringLiteral("log"), log);
    QFile browser(dir.filePath(QStringLiteral("browser.har")));
    QVERIFY(browser.open(QIODevice::WriteOnly));
    browser.write(QJsonDocument(o).toJson());
    browser.close();
    QVERIFY(!w.openFile(browser.fileName()));
    QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("detail"))->toPlainText().contains(QLatin1String("Compare captures")));
    QVERIFY(w.compareCaptures(report, browser.fileName()));
    QCOMPARE(kinds(), played);
    QVERIFY(w.windowTitle().contains(QStringLiteral("compared")));
    // A profile given to openFile is loaded as a profile; the files opened are remembered.
    QVERIFY(w.openFile(QStringLiteral(TUNNELSCOPE_SOURCE_DIR "/resources/profiles/lab-echo.json")));
    const QStringList remembered = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QVERIFY2(remembered.size() >= 3, qPrintable(remembered.join(QLatin1Char(' '))));
    QCOMPARE(remembered.first(), QStringLiteral(TUNNELSCOPE_SOURCE_DIR "/resources/profiles/lab-echo.json"));
}

void tst_MainWindow::findingsFilterSortAndNeverCut()
{
    MainWindow w;
    w.show();
    QVERIFY(play(w, QStringLiteral("builtin:comfyui-reconnect-storm")));
    // The progress says what the terminal's status line does; at the end: the findings found.
    const QString progress = w.findChild<QLabel *>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(QRegularExpression(QStringLiteral("run 1/1 · \\d+\\.\\d s · [1-9]\\d* finding\\(s\\), [1-9]\\d* critical"))
                 .match(progress)
                 .hasMatch(),
             qPrintable(progress));
    auto *view = w.findChild<QTreeView *>(QStringLiteral("findingsView"));
    auto *severity = w.findChild<QComboBox *>(QStringLiteral("severityFilter"));
    auto *kind = w.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    QVERIFY(view && severity && kind);
    QAbstractItemModel *shown = view->model();
    const int all = shown->rowCount();
    QVERIFY(all > 3);
    // Critical groups first, as the reports list them.
    QCOMPARE(shown->index(0, FindingsModel::Severity).data().toString(), QStringLiteral("critical"));

    severity->setCurrentIndex(severity->findText(QStringLiteral("warning")));
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, FindingsModel::Severity).data().toString(), QStringLiteral("warning"));
    severity->setCurrentIndex(0);
    kind->setCurrentIndex(kind->findText(QStringLiteral("reconnect_mismatch")));
    QVERIFY(kind->currentIndex() > 0);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, FindingsModel::Kind).data().toString(), QStringLiteral("reconnect_mismatch"));
    kind->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), all);

    // Sorted by severity on request: info first going up, by rank rather than by name.
    view->sortByColumn(FindingsModel::Severity, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, FindingsModel::Severity).data().toString(), QStringLiteral("info"));
    QCOMPARE(shown->index(all - 1, FindingsModel::Severity).data().toString(), QStringLiteral("critical"));

    // A sentence is never cut: the view wraps it and the tooltip has all of it.
    QCOMPARE(view->textElideMode(), Qt::ElideNone);
    QVERIFY(view->wordWrap());
    const QModelIndex summary = shown->index(0, FindingsModel::Summary);
    QVERIFY(summary.data(Qt::ToolTipRole).toString().startsWith(summary.data().toString()));
    // Activating a row of the sorted, filtered view still jumps to its own finding's run.
    view->activated(summary);

    // The URL fields carry the whole URL in a tooltip.
    auto *tunnelUrl = w.findChild<QLineEdit *>(QStringLiteral("tunnelUrl"));
    tunnelUrl->setText(QStringLiteral("wss://relay.example.com/a/very/long/path/api/websocket?client=tunnelscope-0123456789"));
    QCOMPARE(tunnelUrl->toolTip(), tunnelUrl->text());
}

void tst_MainWindow::layoutIsKeptBetweenSessions()
{
    {
        MainWindow w;
        w.show();
        // The first window fits the screen it opens on instead of a fixed size.
        const QRect available = w.screen()->availableGeometry();
        QVERIFY(w.width() <= available.width() && w.height() <= available.height());
        auto *view = w.findChild<QTreeView *>(QStringLiteral("findingsView"));
        view->header()->resizeSection(FindingsModel::Kind, 233);
        w.close();
    }
    MainWindow again;
    again.show();
    auto *view = again.findChild<QTreeView *>(QStringLiteral("findingsView"));
    QCOMPARE(view->header()->sectionSize(FindingsModel::Kind), 233);
}

// A long URL shows its scheme and host and the end of its path, the middle elided, until it
// is edited; the tooltip holds it whole.
void tst_MainWindow::longUrlsShowBothEnds()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *field = w.findChild<UrlField *>(QStringLiteral("tunnelUrl"));
    QVERIFY(field);
    const QString url = QStringLiteral("wss://remote-access.relay.example.com/instances/0123456789abcdef0123456789abcdef/"
                                       "homeassistant/api/websocket?client=tunnelscope&session=%1")
                            .arg(QString(200, QLatin1Char('x')));
    field->setText(url);
    QCOMPARE(field->toolTip(), url);
    const QString shown = field->displayedText();
    QVERIFY2(shown.contains(QChar(0x2026)) && shown.startsWith(QLatin1String("wss://remote"))
                 && shown.endsWith(QLatin1String("xxx")),
             qPrintable(shown));
    // What is painted is the elided text, not the start of the URL cut at the edge.
    QLineEdit plain;
    plain.setText(url);
    plain.resize(field->size());
    QVERIFY(field->grab().toImage() != plain.grab().toImage());
    // Editing gets the whole URL back; a short one is never elided.
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->displayedText(), url);
    field->clearFocus();
    field->setText(QStringLiteral("ws://127.0.0.1:8123/api/websocket"));
    QCOMPARE(field->displayedText(), field->text());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
