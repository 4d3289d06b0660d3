#include "mainwindow.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tunnelscope;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void playsABuiltinProfile();
    void showsProfileProblems();
};

void tst_MainWindow::playsABuiltinProfile()
{
    MainWindow w;
    w.show();
    QVERIFY(w.loadProfile(QStringLiteral("builtin:handshake-stall")));
    auto *start = w.findChild<QPushButton *>(QStringLiteral("start"));
    auto *summary = w.findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    QVERIFY(start && summary);
    QVERIFY(start->isEnabled());
    start->click();
    QVERIFY(!start->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(summary->toPlainText().contains(QLatin1String("verdict: broken")), 15000);
    QVERIFY(summary->toPlainText().contains(QLatin1String("handshake_failed")));
    QVERIFY(start->isEnabled());
}

void tst_MainWindow::showsProfileProblems()
{
    MainWindow w;
    QVERIFY(!w.loadProfile(QStringLiteral("builtin:does-not-exist")));
    auto *summary = w.findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    QVERIFY(summary->toPlainText().contains(QLatin1String("no such built-in profile")));
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
