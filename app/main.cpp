#include "appearance.h"
#include "commandline.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // --lang belongs to every command and to the window: taken out before the command line is
    // read, and checked at once.
    const auto checkLanguage = [](QStringList *args, QString *requested, QString *problem) {
        return tunnelscope::Language::takeOption(args, requested, problem)
            && (requested->isEmpty() || !tunnelscope::Language::resolve(*requested, problem).isEmpty());
    };
    const QStringList given = args;
    QString requested, problem;
    if (!checkLanguage(&args, &requested, &problem)) {
        // Said in the system's language: the problem is made again once it is installed.
        QCoreApplication app(argc, argv);
        tunnelscope::Language::install(tunnelscope::Language::resolve(QString(), &problem));
        QStringList again = given;
        checkLanguage(&again, &requested, &problem);
        QTextStream(stderr) << "tunnelscope: " << problem << Qt::endl;
        return 2;
    }

    // The command line is read before any application object exists: help, mistakes and the
    // headless commands never need a display (CI, servers).
    const tunnelscope::CommandLine::Plan plan = tunnelscope::CommandLine::plan(args);
    if (plan.kind != tunnelscope::CommandLine::Plan::Kind::Window) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("tunnelscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
        tunnelscope::Language::install(tunnelscope::Language::resolve(requested, &problem));
        if (plan.kind == tunnelscope::CommandLine::Plan::Kind::Exit) {
            tunnelscope::CommandLine::explain(plan);
            return plan.exitCode;
        }
        return tunnelscope::CommandLine::exec(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tunnelscope"));
    QApplication::setOrganizationName(QStringLiteral("Tunnelscope"));
    QApplication::setApplicationVersion(QStringLiteral(TUNNELSCOPE_VERSION));
    QApplication::setWindowIcon(tunnelscope::Appearance::applicationIcon());
    // --lang, else the language chosen in View → Language, else the system's.
    if (requested.isEmpty())
        requested = QSettings().value(tunnelscope::MainWindow::LanguageSetting).toString();
    QString language = tunnelscope::Language::resolve(requested, &problem);
    if (language.isEmpty()) // a setting no longer among the languages: the system's
        language = tunnelscope::Language::resolve(QString(), &problem);
    tunnelscope::Language::install(language, tunnelscope::Language::QtDialogs::Yes);
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
