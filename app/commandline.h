#pragma once

#include <QStringList>

namespace tunnelscope {

// The headless commands of CLI.md: run, lab, validate, profiles, --help, --version.
class CommandLine
{
public:
    // True when the arguments ask for a command that needs no display.
    static bool isHeadless(const QStringList &args);
    // Runs the command; returns the process exit status.
    static int exec(const QStringList &args);

    static QString usage();

private:
    static int run(const QStringList &args);
    static int lab(const QStringList &args);
    static int validate(const QStringList &args);
    static int report(const QStringList &args);
    static int profiles();
};

} // namespace tunnelscope
