#include "appearance.h"
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // The command line is read before any application object exists: help, mistakes and the
    // headless commands never need a display (CI, servers).
    const tunnelscope::CommandLine::Plan plan = tunnelscope::CommandLine::plan(args);
    if (plan.kind == tunnelscope::CommandLine::Plan::Kind::Exit)
        return plan.exitCode;
    if (plan.kind == tunnelscope::CommandLine::Plan::Kind::Command) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("tunnelscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
        return tunnelscope::CommandLine::exec(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunnelscope"));
    QApplication::setOrganizationName(QStringLiteral("Tunnelscope"));
    QApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
    QApplication::setWindowIcon(tunnelscope::Appearance::applicationIcon());
    tunnelscope::Appearance::applySaved();
    tunnelscope::MainWindow window;
    if (!plan.profile.isEmpty()) {
        // A profile given on the command line is loaded; a built-in one (lab only, loopback)
        // is also started, as ./run.sh does for the demo. A user's own profile may point at
        // real servers: it waits for Start.
        if (plan.profile.startsWith(QLatin1String("builtin:"))) {
            if (window.loadProfile(plan.profile))
                window.start();
        } else {
            window.openFile(plan.profile); // a recorded session (report, journal, HAR) opens read-only
        }
    }
    window.show();
    if (plan.profile.isEmpty())
        window.offerRecovery();
    return app.exec();
}
