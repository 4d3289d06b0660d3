#include "mainwindow.h"

#include <QDir>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tunnelscope;

// The main window after a lab run at 1280x800, saved to build/screenshots/ to be looked at.
class tst_Screenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mainWindow();
};

void tst_Screenshot::mainWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.loadProfile(QStringLiteral("builtin:ha-lost-auth-invalid")));
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    QVERIFY(ready.wait(30000));
    QTest::qWait(300);
    const QImage image = w.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * w.devicePixelRatio());
    // Not blank: a real window has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    const QString dir = QStringLiteral(TUNNELSCOPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QString name = QGuiApplication::platformName() == QLatin1String("offscreen") ? QStringLiteral("main-window-offscreen.png")
                                                                                     : QStringLiteral("main-window.png");
    QVERIFY(image.save(dir + QLatin1Char('/') + name));
}

QTEST_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
