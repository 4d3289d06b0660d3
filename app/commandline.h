#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace tunnelscope {

// The command line of CLI.md, read before any application object exists, so that a mistake or
// a headless command never needs a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // What main() does with the arguments.
    struct Plan
    {
        enum class Kind { Command, Window, Exit };
        Kind kind = Kind::Exit;
        int exitCode = 0; // Exit: the status to leave with
        QString profile;  // Window: the profile to load, if any
        // Exit: the mistake in words, made once the language is installed (which needs an
        // application object, and plan() runs before there is one).
        std::function<QString()> explain;
    };
    static Plan plan(const QStringList &args);
    // Prints an Exit plan's mistake on standard error, in the language installed.
    static void explain(const Plan &plan);
    // Runs a headless command (a QCoreApplication exists); returns the process exit status.
    static int exec(const QStringList &args);

    static QString usage();
    // Whether a window can be shown here (a display, or a Qt platform that needs none).
    static bool hasDisplay();

private:
    static int help(const QStringList &topics);
    static int run(const QStringList &args);
    static int lab(const QStringList &args);
    static int watch(const QStringList &args);
    static int validate(const QStringList &args);
    static int report(const QStringList &args);
    static int compare(const QStringList &args);
    static int profiles(const QStringList &args);
    static int show(const QStringList &args);
    static int init(const QStringList &args);
};

} // namespace tunnelscope
