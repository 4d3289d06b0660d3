#include "commandline.h"

#include "capturejournal.h"
#include "comparisonreport.h"
#include "csvreportwriter.h"
#include "harreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "junitreportwriter.h"
#include "lab.h"
#include "labtls.h"
#include "profileloader.h"
#include "scenariorunner.h"
#include "stopsignals.h"
#include "textsummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <functional>

namespace tunnelscope {

namespace {

constexpr int ExitBadInput = 2;
constexpr int ExitInterrupted = 130;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int badInput(const QString &message)
{
    err() << "tunnelscope: " << message << Qt::endl;
    return ExitBadInput;
}

const QStringList Commands{QStringLiteral("run"), QStringLiteral("lab"), QStringLiteral("validate"),
                           QStringLiteral("profiles"), QStringLiteral("report")};

// Writes one report to FILE, or to standard output for "-"; atomically for files.
bool writeReport(const QString &target, const std::function<void(QIODevice *)> &writer, QString *error)
{
    if (target == QLatin1String("-")) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return false;
        writer(&stdoutFile);
        return true;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    writer(&file);
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString CommandLine::usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  tunnelscope                          open the desktop app\n"
        "  tunnelscope PROFILE                  open the desktop app with PROFILE loaded\n"
        "  tunnelscope run PROFILE [options]    play PROFILE headless and write reports\n"
        "  tunnelscope lab PROFILE              start PROFILE's lab endpoint and fault tunnel until Ctrl-C\n"
        "  tunnelscope validate PROFILE         check a profile; print every problem with its JSON path\n"
        "  tunnelscope report JOURNAL [options] the reports of a session that did not end (crash, kill), from\n"
        "                                       its journal (the options of run that name outputs)\n"
        "  tunnelscope profiles                 list the built-in profiles\n"
        "  tunnelscope --help | --version\n"
        "\n"
        "PROFILE is a .json file or builtin:NAME. While a session plays, what it records is journalled\n"
        "(secrets redacted) in $TUNNELSCOPE_JOURNAL_DIR or the user's data directory; the journal is\n"
        "removed when the session ends.\n"
        "\n"
        "Options of run:\n"
        "  --direct URL     the direct path (overrides the profile)\n"
        "  --tunnel URL     the tunnelled path (overrides the profile)\n"
        "  --runs N         how many runs (overrides the profile)\n"
        "  --json FILE      write the JSON report\n"
        "  --csv FILE       write every frame of both paths as CSV\n"
        "  --junit FILE     write JUnit XML, one test case per run\n"
        "  --html FILE      write the self-contained HTML report (opens offline, no script)\n"
        "  --har FILE       write HAR 1.2 with the WebSocket messages (browser developer tools)\n"
        "  --quiet          print only the verdict line\n"
        "  --verbose        print every run with its paths and findings, and every group of findings\n"
        "  FILE may be - for standard output.\n"
        "\n"
        "Exit status: 0 clean, 1 degraded or broken, 2 bad input, 3 the direct path never connected,\n"
        "130 interrupted (SIGINT/SIGTERM: the run being played is marked interrupted, what was captured\n"
        "is still compared and reported; a second signal quits at once).\n");
}

bool CommandLine::isHeadless(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString first = args.at(1);
    return Commands.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int CommandLine::exec(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "tunnelscope " << TUNNELSCOPE_VERSION << Qt::endl;
        return 0;
    }
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("run"))
        return run(rest);
    if (command == QLatin1String("lab"))
        return lab(rest);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (rest.isEmpty())
        return profiles();
    return badInput(QStringLiteral("\"profiles\" takes no arguments"));
}

int CommandLine::profiles()
{
    for (const QString &name : ProfileLoader::builtinNames()) {
        const auto loaded = ProfileLoader::load(QStringLiteral("builtin:") + name);
        QString description = loaded.ok() ? loaded.profile->description : loaded.problems.join(QStringLiteral("; "));
        const qsizetype stop = description.indexOf(QLatin1String(". "));
        if (stop > 0)
            description = description.left(stop + 1);
        out() << QStringLiteral("builtin:%1").arg(name, -28) << description << '\n';
    }
    out().flush();
    return 0;
}

int CommandLine::validate(const QStringList &args)
{
    if (args.size() != 1)
        return badInput(QStringLiteral("usage: tunnelscope validate PROFILE"));
    const auto loaded = ProfileLoader::load(args.first());
    if (!loaded.ok()) {
        for (const QString &p : loaded.problems)
            err() << p << '\n';
        err() << loaded.problems.size() << " problem(s)" << Qt::endl;
        return ExitBadInput;
    }
    const Profile &p = *loaded.profile;
    out() << args.first() << ": valid: \"" << p.name << "\", " << p.steps.size() << " step(s), " << p.runs
          << " run(s)";
    if (p.lab.enabled)
        out() << QStringLiteral(", lab %1 with %2 fault(s)%3")
                     .arg(p.lab.endpoint.isEmpty() ? QStringLiteral("tunnel in front of direct.url") : QStringLiteral("endpoint ") + p.lab.endpoint)
                     .arg(p.lab.faults.size())
                     .arg(p.lab.tls ? QStringLiteral(", over wss://") : QString());
    out() << Qt::endl;
    return 0;
}

int CommandLine::lab(const QStringList &args)
{
    if (args.size() != 1)
        return badInput(QStringLiteral("usage: tunnelscope lab PROFILE"));
    const auto loaded = ProfileLoader::load(args.first());
    if (!loaded.ok()) {
        for (const QString &p : loaded.problems)
            err() << p << '\n';
        err().flush();
        return ExitBadInput;
    }
    if (!loaded.profile->lab.enabled)
        return badInput(QStringLiteral("%1: $.lab: the profile has no \"lab\" section, so there is nothing to start").arg(args.first()));
    Lab lab(loaded.profile->lab);
    QString error;
    if (!lab.start(&error, QUrl(loaded.profile->direct.url), loaded.profile->direct))
        return badInput(args.first() + QStringLiteral(": $.lab: ") + error);
    QStringList faults;
    for (const FaultSpec &f : loaded.profile->lab.faults)
        faults << FaultSpec::kindName(f.kind);
    out() << "endpoint (" << (loaded.profile->lab.endpoint.isEmpty() ? QStringLiteral("the profile's direct server") : loaded.profile->lab.endpoint)
          << "): " << lab.directUrl().toString() << '\n'
          << "tunnel (" << (faults.isEmpty() ? QStringLiteral("no faults") : faults.join(QStringLiteral(", ")))
          << "): " << lab.tunnelUrl().toString() << '\n'
          << "Listening on 127.0.0.1 only. Ctrl-C to stop." << Qt::endl;
    if (loaded.profile->lab.tls) {
        const QString cert = LabTls::exportCertificate(&error);
        if (cert.isEmpty())
            err() << "warning: " << error << Qt::endl;
        else
            out() << "TLS: the lab's self-signed certificate is " << cert
                  << " (trust it for these URLs only, e.g. curl --cacert " << cert << ')' << Qt::endl;
    }
    return QCoreApplication::exec();
}

namespace {

// What `run` and `report` share: where the reports go, and how much is printed.
struct Outputs
{
    QString json, csv, junit, html, har;
    bool quiet = false;
    bool verbose = false;
    QStringList targets() const { return {json, csv, junit, html, har}; }
};

// Reads the options of `run` (with `overrides`) or of `report` (without); the one positional
// argument goes to `source`. Empty on success, else the message for the user.
QString parseOptions(const QStringList &args, ScenarioRunner::Overrides *overrides, Outputs *o, QString *source,
                     const QString &usage)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto valueOf = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (overrides && a == QLatin1String("--direct"))
            ok = valueOf(&overrides->directUrl);
        else if (overrides && a == QLatin1String("--tunnel"))
            ok = valueOf(&overrides->tunnelUrl);
        else if (a == QLatin1String("--json"))
            ok = valueOf(&o->json);
        else if (a == QLatin1String("--csv"))
            ok = valueOf(&o->csv);
        else if (a == QLatin1String("--junit"))
            ok = valueOf(&o->junit);
        else if (a == QLatin1String("--html"))
            ok = valueOf(&o->html);
        else if (a == QLatin1String("--har"))
            ok = valueOf(&o->har);
        else if (a == QLatin1String("--quiet"))
            o->quiet = true;
        else if (a == QLatin1String("--verbose"))
            o->verbose = true;
        else if (overrides && a == QLatin1String("--runs")) {
            QString n;
            ok = valueOf(&n);
            bool isNumber = false;
            overrides->runs = n.toInt(&isNumber);
            if (ok && (!isNumber || overrides->runs < 1 || overrides->runs > 100000))
                return QStringLiteral("--runs: \"%1\" is not a number from 1 to 100000").arg(n);
        } else if (a.startsWith(QLatin1String("--")))
            return QStringLiteral("unknown option %1 (see tunnelscope --help)").arg(a);
        else if (source->isEmpty())
            *source = a;
        else
            return QStringLiteral("unexpected argument \"%1\": %2").arg(a, usage);
        if (!ok)
            return QStringLiteral("%1 needs a value").arg(a);
    }
    if (source->isEmpty())
        return usage;
    if (o->targets().count(QStringLiteral("-")) > 1)
        return QStringLiteral("only one report can go to standard output (-)");
    return QString();
}

// Prints the summary and writes every report asked for; the exit status.
int writeOutputs(const ComparisonReport &report, const Outputs &o, QTextStream &summary)
{
    summary << (o.quiet ? TextSummary::verdictLine(report) + QLatin1Char('\n') : TextSummary::render(report, o.verbose));
    summary.flush();
    QString error;
    const QList<QPair<QString, std::function<void(QIODevice *)>>> writers{
        {o.json, [&](QIODevice *d) { JsonReportWriter::write(report, d); }},
        {o.csv, [&](QIODevice *d) { CsvReportWriter::write(report, d); }},
        {o.junit, [&](QIODevice *d) { JUnitReportWriter::write(report, d); }},
        {o.html, [&](QIODevice *d) { HtmlReportWriter::write(report, d); }},
        {o.har, [&](QIODevice *d) { HarReportWriter::write(report, d); }},
    };
    for (const auto &w : writers) {
        if (w.first.isEmpty())
            continue;
        if (!writeReport(w.first, w.second, &error))
            return badInput(error);
        if (!o.quiet && w.first != QLatin1String("-"))
            summary << "wrote " << w.first << Qt::endl;
    }
    return report.exitCode();
}

} // namespace

int CommandLine::run(const QStringList &args)
{
    QString source;
    ScenarioRunner::Overrides overrides;
    Outputs outputs;
    const QString problem = parseOptions(args, &overrides, &outputs, &source, QStringLiteral("usage: tunnelscope run PROFILE [options]"));
    if (!problem.isEmpty())
        return badInput(problem);

    const auto loaded = ProfileLoader::load(source);
    if (!loaded.ok()) {
        for (const QString &p : loaded.problems)
            err() << p << '\n';
        err().flush();
        return ExitBadInput;
    }
    ScenarioRunner runner(*loaded.profile);
    const QStringList problems = runner.prepare(overrides);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            err() << p << '\n';
        err().flush();
        return ExitBadInput;
    }
    // SIGINT/SIGTERM: the run being played is cut and marked interrupted, what was captured is
    // still diffed and reported, and the exit status says so (130); a second one quits at once.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &runner, [&runner](int) {
        err() << "interrupted: finishing what was captured and writing the reports (again to quit at once)" << Qt::endl;
        runner.stop();
    });
    // With a report on standard output, the human summary goes to standard error.
    QTextStream &summary = outputs.targets().contains(QStringLiteral("-")) ? err() : out();
    for (const QString &note : runner.notes())
        summary << "note: " << note << Qt::endl;
    if (!outputs.quiet)
        summary << "playing " << runner.profile().name << ": direct " << runner.directUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                << ", tunnel " << runner.tunnelUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << Qt::endl;
    // Whatever happens to this process from here, what it captured can be reported.
    CaptureJournal journal;
    QString journalError;
    if (!journal.follow(&runner, &journalError))
        err() << "warning: " << journalError << "; playing without a journal" << Qt::endl;
    QObject::connect(&runner, &ScenarioRunner::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    runner.start();
    QCoreApplication::exec();

    ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    report.setNotes(runner.notes());
    const int status = writeOutputs(report, outputs, summary);
    return stopSignals.received() && status != ExitBadInput ? ExitInterrupted : status;
}

int CommandLine::report(const QStringList &args)
{
    QString source;
    Outputs outputs;
    const QString problem = parseOptions(args, nullptr, &outputs, &source, QStringLiteral("usage: tunnelscope report JOURNAL [options]"));
    if (!problem.isEmpty())
        return badInput(problem);
    CaptureJournal::Recovered recovered;
    QString error;
    if (!CaptureJournal::read(source, &recovered, &error))
        return badInput(error);
    if (recovered.runs.empty())
        return badInput(QStringLiteral("%1: the journal holds no run (the session stopped before its first one began)").arg(source));
    QTextStream &summary = outputs.targets().contains(QStringLiteral("-")) ? err() : out();
    // The journal holds payloads already redacted: no secret values are needed, or known.
    ComparisonReport report(*recovered.profile, recovered.runs, recovered.startedEpochMs, {});
    report.setNotes(recovered.notes);
    for (const QString &note : recovered.notes)
        summary << "note: " << note << Qt::endl;
    return writeOutputs(report, outputs, summary);
}

} // namespace tunnelscope
