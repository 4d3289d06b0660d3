#include "appearance.h"
#include "findingsmodel.h"
#include "frametablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorview.h"
#include "profileeditor.h"
#include "profiletreemodel.h"
#include "sessioncomposer.h"
#include "syntheticwatch.h"
#include "themecolors.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace tunnelscope;

// The main window after a lab run, at a laptop's and a desktop's size and with a long list of
// findings: every pane on the picture and what the run found painted in it; saved to
// build/screenshots/ to be looked at.
class tst_Screenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mainWindow_data();
    void mainWindow();
    void monitorWithADayOfHistory();
    void monitorInChinese();
    void interactiveSession();
    void profileEditor();
};

// The Monitor tab with 24 h of history: the three long-term charts drawn in both paths'
// colours, the groups ranked, the statistics written; saved as monitor.png.
void tst_Screenshot::monitorWithADayOfHistory()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showMonitor(true);
    const double now = 1'800'000'000;
    w.monitor()->showStatistics(syntheticWatchDay(QStringLiteral("ha-relay"), now), now);
    w.monitor()->setWindow(WatchStatistics::DayMs);
    QTest::qWait(200);
    // About 360 points over the day (4-minute steps), each chart with both of its series. The
    // window counts whole minutes back from the one now is in: the day's first minute is out.
    QVERIFY2(w.monitor()->pointCount(QStringLiteral("up.tunnel")) >= 300,
             qPrintable(QString::number(w.monitor()->pointCount(QStringLiteral("up.tunnel")))));
    QVERIFY(w.monitor()->pointCount(QStringLiteral("up.tunnel")) <= 361);
    QCOMPARE(w.monitor()->pointCount(QStringLiteral("up.direct")), w.monitor()->pointCount(QStringLiteral("up.tunnel")));
    QVERIFY(w.monitor()->pointCount(QStringLiteral("delta.p95")) >= 300);
    QCOMPARE(w.monitor()->groupRows(), 2);
    QCOMPARE(w.monitor()->groupCell(0, 0), QStringLiteral("CRITICAL"));
    QVERIFY2(w.monitor()->groupCell(0, 2).contains(QLatin1String("95 % CI")), qPrintable(w.monitor()->groupCell(0, 2)));
    QVERIFY2(w.monitor()->summaryText().contains(QLatin1String("delivery of critical messages: auth_invalid: direct 2878/2878")),
             qPrintable(w.monitor()->summaryText()));
    const QImage image = w.grab().toImage();
    const qreal dpr = w.devicePixelRatio();
    auto *monitor = w.monitor();
    const QRect area((QPointF(monitor->mapTo(&w, QPoint(0, 0))) * dpr).toPoint(), (QSizeF(monitor->size()) * dpr).toSize());
    int direct = 0, tunnel = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb c = image.pixel(x, y) & 0xffffff;
            direct += c == 0x1f77b4;
            tunnel += c == 0xd62728;
        }
    QVERIFY2(direct > 100 && tunnel > 100, qPrintable(QStringLiteral("direct %1, tunnel %2 pixels").arg(direct).arg(tunnel)));
    // The last five minutes: a handful of points, the same charts.
    w.monitor()->setWindow(5 * 60 * 1000);
    QVERIFY(w.monitor()->pointCount(QStringLiteral("up.tunnel")) <= 6);
    w.monitor()->setWindow(WatchStatistics::DayMs);
    QTest::qWait(100);
    const QString dir = QStringLiteral(TUNNELSCOPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w.grab().toImage().save(dir
                                    + (QGuiApplication::platformName() == QLatin1String("offscreen")
                                           ? QStringLiteral("/monitor-offscreen.png")
                                           : QStringLiteral("/monitor.png"))));
}

void tst_Screenshot::mainWindow_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("file");
    QTest::newRow("1280x800") << QStringLiteral("builtin:ha-lost-auth-invalid") << QSize(1280, 800)
                              << QStringLiteral("main-window");
    QTest::newRow("1920x1080") << QStringLiteral("builtin:ha-lost-auth-invalid") << QSize(1920, 1080)
                               << QStringLiteral("main-window-1920x1080");
    QTest::newRow("identity sweep") << QStringLiteral("builtin:ha-identity-lost-auth-invalid") << QSize(1280, 800)
                                    << QStringLiteral("main-window-identities");
    QTest::newRow("three tunnels") << QStringLiteral("builtin:ha-three-tunnels") << QSize(1280, 800)
                                   << QStringLiteral("main-window-tunnels");
    QTest::newRow("long findings") << QStringLiteral("builtin:comfyui-reconnect-storm") << QSize(1280, 800)
                                   << QStringLiteral("main-window-many-findings");
    // View → Appearance → Dark (a system's dark palette is drawn the same way).
    QTest::newRow("dark") << QStringLiteral("builtin:ha-lost-auth-invalid") << QSize(1280, 800)
                          << QStringLiteral("main-window-dark");
    // The window in Simplified Chinese (the findings' own words are the core's).
    QTest::newRow("zh_CN") << QStringLiteral("builtin:ha-lost-auth-invalid") << QSize(1280, 800)
                           << QStringLiteral("main-window-zh_CN");
}

namespace {
// What is wrong with the findings pane of a window run in Chinese, or empty: every column title
// and every short cell (severity, kind, run, time) fits its column; every finding is said in
// Chinese with no placeholder left, whole or with a tooltip that has it whole. The pane is saved
// as a picture of its own.
QString findingsPaneProblem(MainWindow *w)
{
    auto *view = w->findChild<QTreeView *>(QStringLiteral("findingsView"));
    if (!view)
        return QStringLiteral("no findings view");
    const QAbstractItemModel *model = view->model();
    if (model->rowCount() < 2)
        return QStringLiteral("%1 finding group(s)").arg(model->rowCount());
    const QFontMetrics metrics(view->font());
    const QHeaderView *header = view->header();
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        if (c != FindingsModel::Summary && metrics.horizontalAdvance(title) + 8 > header->sectionSize(c))
            return QStringLiteral("the column title \"%1\" is cut (%2 px wide, %3 px room)")
                .arg(title)
                .arg(metrics.horizontalAdvance(title))
                .arg(header->sectionSize(c));
    }
    static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const int c : {FindingsModel::Severity, FindingsModel::Kind, FindingsModel::Run, FindingsModel::Time}) {
            const QModelIndex index = model->index(row, c);
            const QString text = index.data().toString();
            // The first column holds the tree's branch and the severity icon before its text.
            const int room = header->sectionSize(c)
                - (c == FindingsModel::Severity ? view->indentation() + view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8
                                                : 0);
            if (metrics.horizontalAdvance(text) + 6 > room)
                return QStringLiteral("row %1, column %2: \"%3\" is cut (%4 px for %5 px)")
                    .arg(row)
                    .arg(c)
                    .arg(text)
                    .arg(room)
                    .arg(metrics.horizontalAdvance(text));
        }
        const QModelIndex summary = model->index(row, FindingsModel::Summary);
        const QString text = summary.data().toString();
        if (!text.contains(han) || text.contains(placeholder))
            return QStringLiteral("row %1 does not read in Chinese: %2").arg(row).arg(text);
        const bool whole = metrics.horizontalAdvance(text) + 6 <= view->visualRect(summary).width();
        if (!whole && !summary.data(Qt::ToolTipRole).toString().contains(text))
            return QStringLiteral("row %1 is cut with no tooltip: %2").arg(row).arg(text);
    }
    const QString dir = QStringLiteral(TUNNELSCOPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    if (!view->grab().save(dir + QStringLiteral("/findings-zh_CN.png")))
        return QStringLiteral("the findings pane could not be saved");
    return QString();
}
} // namespace

namespace {
// The texts Qt Charts drew (titles, tick labels, axis titles, legend) that it had to cut for
// want of room: it shows them as "…" or with "..." at the end.
QStringList chartTextsCut(QWidget *w)
{
    QStringList cut;
    int texts = 0;
    for (QChartView *view : w->findChildren<QChartView *>()) {
        if (!view->isVisible()) // the monitor's, on its own tab
            continue;
        for (QGraphicsItem *item : view->scene()->items()) {
            QString text;
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = s->text();
            if (text.isEmpty() || !item->isVisible())
                continue;
            ++texts;
            if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
                cut << QStringLiteral("a chart cut \"%1\"").arg(text);
        }
    }
    if (texts < 12)
        cut << QStringLiteral("only %1 chart texts found").arg(texts);
    return cut;
}
} // namespace

void tst_Screenshot::mainWindow()
{
    QFETCH(QString, profile);
    QFETCH(QSize, size);
    QFETCH(QString, file);
    QStandardPaths::setTestModeEnabled(true);
    const bool dark = file.endsWith(QLatin1String("-dark"));
    const bool chinese = file.endsWith(QLatin1String("-zh_CN"));
    Language::install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
    Appearance::choose(dark ? Appearance::Mode::Dark : Appearance::Mode::System);
    const auto systemAgain = qScopeGuard([] { Appearance::choose(Appearance::Mode::System); });
    const ThemeColors colors = ThemeColors::current();
    QCOMPARE(colors.dark(), dark);
    MainWindow w;
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.loadProfile(profile));
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    QVERIFY(ready.wait(30000));
    QTest::qWait(300);
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), size * w.devicePixelRatio());
    const qreal dpr = w.devicePixelRatio();
    // The region of the picture where a pane stands.
    auto regionOf = [&](const char *name) {
        auto *pane = w.findChild<QWidget *>(QLatin1String(name));
        if (!pane || !pane->isVisible())
            return QRect();
        const QRect r(pane->mapTo(&w, QPoint(0, 0)), pane->size());
        return QRect((QPointF(r.topLeft()) * dpr).toPoint(), (QSizeF(r.size()) * dpr).toSize());
    };
    auto colourCount = [&](const QRect &r, QRgb wanted, int *distinct) {
        QSet<QRgb> colours;
        int hits = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const QRgb c = image.pixel(x, y) & 0xffffff;
                colours.insert(c);
                hits += c == (wanted & 0xffffff);
            }
        if (distinct)
            *distinct = int(colours.size());
        return hits;
    };
    // Every pane a user reads is on the picture, whole and large enough to read.
    for (const char *name :
         {"verdict", "findingsView", "directView", "tunnelView", "charts", "detail", "directUrl", "tunnelUrl"}) {
        const QRect r = regionOf(name);
        QVERIFY2(!r.isEmpty(), name);
        QVERIFY2(QRect(QPoint(0, 0), image.size()).contains(r), name);
        QVERIFY2(r.width() >= 100 * dpr && r.height() >= 12 * dpr,
                 qPrintable(QStringLiteral("%1 is %2x%3").arg(QLatin1String(name)).arg(r.width()).arg(r.height())));
        int distinct = 0;
        colourCount(r, 0, &distinct);
        QVERIFY2(distinct >= 3,
                 qPrintable(QStringLiteral("%1 shows nothing (%2 colours)").arg(QLatin1String(name)).arg(distinct)));
    }
    // What this run found is painted: the verdict, the tunnel's missing messages as gap rows in
    // the missing colour, both paths' series in the charts.
    const QString verdict = w.findChild<QLabel *>(QStringLiteral("verdict"))->text();
    QVERIFY2(verdict.contains(chinese ? QStringLiteral("判定：broken") : QStringLiteral("verdict: broken")), qPrintable(verdict));
    if (chinese) {
        const QString problem = findingsPaneProblem(&w);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList cut = chartTextsCut(&w);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
    if (profile.contains(QLatin1String("identity"))) {
        // The sweep's contrast is said under the verdict, and each run is picked by its identity.
        QVERIFY2(verdict.contains(QLatin1String("auth_invalid lost in 3/3 runs as ios-app, 0/3 as browser")),
                 qPrintable(verdict));
        auto *picker = w.findChild<QComboBox *>(QStringLiteral("runPicker"));
        QCOMPARE(picker->count(), 6);
        QCOMPARE(picker->itemText(1), QStringLiteral("2 as ios-app"));
        QVERIFY2(picker->width() >= picker->fontMetrics().horizontalAdvance(picker->currentText()) + 20,
                 "the run picker cuts its text");
        auto *findingsView = w.findChild<QAbstractItemView *>(QStringLiteral("findingsView"));
        const QString first = findingsView->model()->index(0, FindingsModel::Summary).data().toString();
        QVERIFY2(first.startsWith(QLatin1String("as ios-app: tunnel lost auth_invalid")), qPrintable(first));
    }
    if (profile.contains(QLatin1String("tunnels"))) {
        // The tunnel at fault is named under the verdict, each tunnel has its column, and each
        // run is picked by its tunnel.
        QVERIFY2(verdict.contains(QLatin1String("auth_invalid lost in 3/3 runs through vendor-relay, 0/3 through nginx, "
                                                "0/3 through vpn: vendor-relay is at fault")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("<th>nginx</th><th>vendor-relay</th><th>vpn</th>")), qPrintable(verdict));
        auto *picker = w.findChild<QComboBox *>(QStringLiteral("runPicker"));
        QCOMPARE(picker->count(), 9);
        QCOMPARE(picker->itemText(1), QStringLiteral("1 via vendor-relay"));
        QVERIFY2(picker->width() >= picker->fontMetrics().horizontalAdvance(picker->itemText(1)) + 20,
                 "the run picker cuts its text");
        auto *findingsView = w.findChild<QAbstractItemView *>(QStringLiteral("findingsView"));
        const QString first = findingsView->model()->index(0, FindingsModel::Summary).data().toString();
        QVERIFY2(first.startsWith(QLatin1String("via vendor-relay: tunnel lost auth_invalid")), qPrintable(first));
        // The verdict pane shows the whole table: its last row is painted, not cut.
        auto *label = w.findChild<QLabel *>(QStringLiteral("verdict"));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 2,
                 qPrintable(QStringLiteral("the verdict pane is %1 px high for %2")
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))));
    }
    if (profile.endsWith(QLatin1String("ha-lost-auth-invalid"))) // its gap is near the top of the list
        QVERIFY2(colourCount(regionOf("tunnelView"), colors.rowBackground(ThemeColors::Row::Lost).rgb(), nullptr) > 200,
                 "no missing row painted in the tunnel list");
    // A long list of findings scrolls in its pane: several groups readable at once.
    auto *findings = w.findChild<QAbstractItemView *>(QStringLiteral("findingsView"));
    if (findings->model()->rowCount() > 5) {
        int readable = 0;
        for (int row = 0; row < findings->model()->rowCount(); ++row)
            readable += findings->viewport()->rect().contains(findings->visualRect(findings->model()->index(row, 0)));
        QVERIFY2(readable >= 3, qPrintable(QStringLiteral("%1 finding row(s) fully in view").arg(readable)));
    }
    QVERIFY2(colourCount(regionOf("charts"), colors.direct().rgb(), nullptr) > 10, "no direct series in the charts");
    QVERIFY2(colourCount(regionOf("charts"), colors.tunnel().rgb(), nullptr) > 10, "no tunnel series in the charts");
    if (dark) // the lists are drawn on the dark palette's base
        QVERIFY2(colourCount(regionOf("findingsView"), ThemeColors::darkPalette().color(QPalette::Base).rgb(), nullptr) > 1000,
                 "the findings list is not dark");
    const QString dir = QStringLiteral(TUNNELSCOPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString name = file
        + (QGuiApplication::platformName() == QLatin1String("offscreen") ? QStringLiteral("-offscreen.png")
                                                                         : QStringLiteral(".png"));
    QVERIFY(image.save(dir + QLatin1Char('/') + name));
}

namespace {
// Saves a picture of `widget` under the build's screenshots directory, named for the platform.
bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(TUNNELSCOPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString suffix = QGuiApplication::platformName() == QLatin1String("offscreen") ? QStringLiteral("-offscreen.png")
                                                                                         : QStringLiteral(".png");
    return widget->grab().toImage().save(dir + QLatin1Char('/') + name + suffix);
}
} // namespace

void tst_Screenshot::interactiveSession()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SessionComposer *composer = w.composer();
    composer->show();
    auto *connectButton = composer->findChild<QPushButton *>(QStringLiteral("sessionConnect"));
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(connectButton->text(), QStringLiteral("Disconnect"), 10000);
    composer->setKind(SessionComposer::Kind::Json);
    for (int i = 1; i <= 3; ++i) {
        composer->setText(QStringLiteral("{\"type\": \"hello\", \"n\": %1}").arg(i));
        composer->findChild<QPushButton *>(QStringLiteral("sessionSend"))->click();
        QTest::qWait(60);
    }
    composer->setText(QStringLiteral("{\n  \"type\": \"subscribe\",\n  \"topic\": \"lights\"\n}"));
    QTRY_VERIFY_WITH_TIMEOUT(w.tunnelModel()->rowCount() >= 7, 10000);
    QTest::qWait(200); // a refresh of the lists
    // Both lists show what was sent and its echo; nothing is cut from the composer's row.
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sessionSend"));
    QVERIFY(send->isVisible() && send->isEnabled());
    QVERIFY(saveScreenshot(&w, QStringLiteral("interactive-session")));
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    connectButton->click();
    QVERIFY(ready.wait(30000));
}

void tst_Screenshot::profileEditor()
{
    ProfileEditor editor;
    editor.resize(1100, 720);
    QVERIFY(editor.open(QStringLiteral("builtin:ha-lost-auth-invalid")));
    editor.duplicateToEdit();
    ProfileTreeModel *model = editor.model();
    QVERIFY(model->setData(model->indexOfPath(QStringLiteral("$.lab.faults[1].kind")).siblingAtColumn(1),
                           QStringLiteral("drop_befor_close")));
    auto *tree = editor.findChild<QTreeView *>(QStringLiteral("profileTree"));
    tree->expand(model->indexOfPath(QStringLiteral("$.lab")));
    tree->expand(model->indexOfPath(QStringLiteral("$.lab.faults")));
    tree->expand(model->indexOfPath(QStringLiteral("$.lab.faults[1]")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // The problem's field is on screen, in the problem colour.
    const QModelIndex typo = model->indexOfPath(QStringLiteral("$.lab.faults[1].kind")).siblingAtColumn(1);
    tree->scrollTo(typo);
    QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(typo)));
    QVERIFY(typo.data(Qt::BackgroundRole).isValid());
    QVERIFY(saveScreenshot(&editor, QStringLiteral("profile-editor")));
}

// The monitor in Chinese: its statistics in Chinese, and no tick, axis title or legend of its
// charts cut to "…" at the window's 1280×800 (the run's charts once were). Saved as
// monitor-zh_CN.png.
void tst_Screenshot::monitorInChinese()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(QStringLiteral("zh_CN"));
    const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showMonitor(true);
    const double now = 1'800'000'000;
    w.monitor()->showStatistics(syntheticWatchDay(QStringLiteral("ha-relay"), now), now);
    QTest::qWait(200);
    QVERIFY2(w.monitor()->summaryText().contains(QStringLiteral("关键消息的送达：auth_invalid：直连 ")),
             qPrintable(w.monitor()->summaryText()));
    const QStringList cut = chartTextsCut(&w);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    QVERIFY(saveScreenshot(&w, QStringLiteral("monitor-zh_CN")));
}

QTEST_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
