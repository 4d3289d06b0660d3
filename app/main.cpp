#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Headless commands never touch the display: they run without one (CI, servers).
    if (tunnelscope::CommandLine::isHeadless(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("tunnelscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
        return tunnelscope::CommandLine::exec(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunnelscope"));
    QApplication::setOrganizationName(QStringLiteral("Tunnelscope"));
    QApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
    tunnelscope::MainWindow window;
    if (args.size() > 1) {
        if (!window.loadProfile(args.at(1)))
            return 2;
        window.start();
    }
    window.show();
    return app.exec();
}
