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
        // A profile given on the command line is loaded; a built-in one (lab only, loopback)
        // is also started, as ./run.sh does for the demo. A user's own profile may point at
        // real servers: it waits for Start.
        if (window.loadProfile(args.at(1)) && args.at(1).startsWith(QLatin1String("builtin:")))
            window.start();
    }
    window.show();
    if (args.size() <= 1)
        window.offerRecovery();
    return app.exec();
}
