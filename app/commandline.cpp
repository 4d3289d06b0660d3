#include "commandline.h"

#include "capturejournal.h"
#include "capturepairing.h"
#include "closestname.h"
#include "comparisonreport.h"
#include "durationtext.h"
#include "framefilter.h"
#include "lab.h"
#include "labtls.h"
#include "metricsserver.h"
#include "profileloader.h"
#include "proxyenvironment.h"
#include "recordedwords.h"
#include "reportformat.h"
#include "runarchive.h"
#include "scenariorunner.h"
#include "statusline.h"
#include "stopsignals.h"
#include "terminaltext.h"
#include "textsummary.h"
#include "watchdirectory.h"
#include "watcher.h"
#include "watchhtmlreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <functional>

namespace tunnelscope {

namespace {

constexpr int ExitClean = 0;
constexpr int ExitFindings = 1;
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

// One option of a command, as its help shows it.
struct OptionSpec
{
    const char *name;
    const char *value; // empty for a switch
    const char *help;
};

// One command: what `help COMMAND` shows, and what its parser accepts.
struct CommandSpec
{
    const char *name;
    const char *synopsis;
    const char *summary;
    QList<OptionSpec> options;
};

const QList<OptionSpec> &reportOptions()
{
    static const QList<OptionSpec> options{
        {"json", "FILE", QT_TRANSLATE_NOOP("CommandLine", "write the JSON report (report.schema.json)")},
        {"csv", "FILE", QT_TRANSLATE_NOOP("CommandLine", "write every frame of both paths as CSV")},
        {"junit", "FILE", QT_TRANSLATE_NOOP("CommandLine", "write JUnit XML, one test case per run")},
        {"html", "FILE", QT_TRANSLATE_NOOP("CommandLine", "write the self-contained HTML report (opens offline, no script)")},
        {"har", "FILE", QT_TRANSLATE_NOOP("CommandLine", "write HAR 1.2 with the WebSocket messages (browser developer tools)")},
        {"filter", "EXPR",
         QT_TRANSLATE_NOOP("CommandLine",
                           "the JSON and CSV reports list only the frames EXPR keeps: text, /regex/, dir:in, type:close,ping, "
                           "is:finding, t:100..500, size:>1000, conn:2, type == \"auth_invalid\" (README: Frame filters)")},
        {"quiet", "", QT_TRANSLATE_NOOP("CommandLine", "print only the verdict line")},
        {"verbose", "",
         QT_TRANSLATE_NOOP("CommandLine", "print every run with its paths and findings, and every group of findings")},
    };
    return options;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> specs = [] {
        QList<OptionSpec> run{
            {"direct", "URL", QT_TRANSLATE_NOOP("CommandLine", "the direct path (overrides the profile)")},
            {"tunnel", "URL",
             QT_TRANSLATE_NOOP("CommandLine",
                               "the tunnelled path (overrides the profile); repeated, or as NAME=URL: several tunnels "
                               "against the same direct path")},
            {"runs", "N", QT_TRANSLATE_NOOP("CommandLine", "how many runs (overrides the profile)")},
            {"proxy", "URL",
             QT_TRANSLATE_NOOP("CommandLine",
                               "every path through this proxy: http://[USER:PASSWORD@]host:port (CONNECT) or socks5://...; "
                               "over the profile's and http_proxy, https_proxy, all_proxy")},
            {"no-proxy", "",
             QT_TRANSLATE_NOOP("CommandLine", "no path through any proxy, whatever the profile or the environment says")}};
        run += reportOptions();
        return QList<CommandSpec>{
            {"run", "run PROFILE [options]",
             QT_TRANSLATE_NOOP("CommandLine", "play PROFILE headless, print a summary and write the reports asked for"), run},
            {"lab",
             "lab PROFILE [--port N]",
             QT_TRANSLATE_NOOP("CommandLine", "start PROFILE's lab endpoint and fault tunnel on 127.0.0.1 until Ctrl-C"),
             {{"port", "N",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "the tunnel on port N and the endpoint on N+1, so their URLs survive a restart")}}},
            {"watch",
             "watch PROFILE... [options]",
             QT_TRANSLATE_NOOP(
                 "CommandLine",
                 "play each PROFILE on a schedule until Ctrl-C, keep every play's journal, serve Prometheus metrics"),
             {{"every", "DUR",
               QT_TRANSLATE_NOOP("CommandLine", "from one play's start to the next (30s; 0: back to back; units ms s m h d)")},
              {"for", "DUR", QT_TRANSLATE_NOOP("CommandLine", "stop after this long (default: until SIGINT/SIGTERM)")},
              {"metrics", "HOST:PORT",
               QT_TRANSLATE_NOOP("CommandLine", "serve GET /metrics there (a port alone: 127.0.0.1:PORT)")},
              {"out", "DIR",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "keep each play's capture journal under DIR/PROFILE/ (default: the user's data directory)")},
              {"keep", "DUR", QT_TRANSLATE_NOOP("CommandLine", "remove journals older than this")},
              {"keep-size", "SIZE",
               QT_TRANSLATE_NOOP("CommandLine", "remove the oldest journals while they take more than SIZE (K, M, G)")},
              {"proxy", "URL", QT_TRANSLATE_NOOP("CommandLine", "every path of every play through this proxy (as run --proxy)")},
              {"no-proxy", "",
               QT_TRANSLATE_NOOP("CommandLine", "no path through any proxy, whatever the profiles or the environment say")}}},
            {"validate",
             "validate PROFILE",
             QT_TRANSLATE_NOOP("CommandLine", "check a profile; print every problem with its JSON path"),
             {}},
            {"compare", "compare A B [options]",
             QT_TRANSLATE_NOOP(
                 "CommandLine",
                 "diff two recorded sessions, each a HAR file (a browser's export), a JSON report or a journal: A as the "
                 "direct side, B as the tunnel side; the same reports and exit status as run"),
             reportOptions()
                 + QList<OptionSpec>{{"a-path", "PATH",
                                      QT_TRANSLATE_NOOP("CommandLine",
                                                        "which path of A, when it is a report or a journal (default direct)")},
                                     {"b-path", "PATH",
                                      QT_TRANSLATE_NOOP("CommandLine",
                                                        "which path of B, when it is a report or a journal (default tunnel)")},
                                     {"url", "TEXT",
                                      QT_TRANSLATE_NOOP(
                                          "CommandLine",
                                          "a browser's HAR: only its WebSocket connections whose URL contains TEXT (a page "
                                          "may hold other sockets)")},
                                     {"protocol", "NAME",
                                      QT_TRANSLATE_NOOP(
                                          "CommandLine",
                                          "how to read the messages (raw, homeassistant, socketio, comfyui; default: the "
                                          "profile A or B was played with, else raw)")}}},
            {"report", "report JOURNAL_OR_DIR [options]",
             QT_TRANSLATE_NOOP(
                 "CommandLine",
                 "the reports of a journal (a session that did not end, or one play of a watch), or a watch directory's "
                 "statistics over a window of time (--since; --json and --html; exit 1 when a run in it had findings)"),
             reportOptions()
                 + QList<
                     OptionSpec>{{"since", "DUR",
                                  QT_TRANSLATE_NOOP(
                                      "CommandLine",
                                      "a watch directory: only the plays that ended within DUR (24h, 7d; default: all kept)")}}},
            {"profiles",
             "profiles [--long]",
             QT_TRANSLATE_NOOP("CommandLine", "list the built-in profiles, one line each"),
             {{"long", "", QT_TRANSLATE_NOOP("CommandLine", "the whole story of each profile, not just its first sentence")}}},
            {"show",
             "show PROFILE",
             QT_TRANSLATE_NOOP("CommandLine", "print a profile (a built-in too) as JSON, to start from"),
             {}},
            {"init",
             "init [FILE]",
             QT_TRANSLATE_NOOP("CommandLine",
                               "write a commented starter profile to FILE (tunnelscope-profile.json; - for standard output)"),
             {{"force", "", QT_TRANSLATE_NOOP("CommandLine", "replace FILE if it exists")}}},
            {"help", "help [COMMAND]", QT_TRANSLATE_NOOP("CommandLine", "this help, or a command's"), {}},
        };
    }();
    return specs;
}

const CommandSpec *commandNamed(const QString &name)
{
    for (const CommandSpec &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : commands())
        names << QLatin1String(c.name);
    return names;
}

// A command's options, one line each, in the language chosen; "" for a command with none.
QString optionLines(const CommandSpec &c)
{
    QString text;
    for (const OptionSpec &o : c.options) {
        const QString name = QStringLiteral("--%1%2").arg(QLatin1String(o.name),
                                                          *o.value ? QStringLiteral(" ") + QLatin1String(o.value) : QString());
        text += QStringLiteral("  %1 %2\n").arg(name.leftJustified(16), CommandLine::tr(o.help));
    }
    if (std::any_of(c.options.cbegin(), c.options.cend(),
                    [](const OptionSpec &o) { return QLatin1String(o.value) == QLatin1String("FILE"); }))
        text += QStringLiteral("  ") + CommandLine::tr("FILE may be - for standard output.") + QLatin1Char('\n');
    return text;
}

QString commandHelp(const CommandSpec &c)
{
    QString text = CommandLine::tr("Usage: tunnelscope %1\n%2.\n", "a command's synopsis, then what it does")
                       .arg(QLatin1String(c.synopsis), CommandLine::tr(c.summary));
    if (!c.options.isEmpty())
        text += QLatin1Char('\n') + CommandLine::tr("Options:") + QLatin1Char('\n') + optionLines(c);
    if (QLatin1String(c.name) != QLatin1String("help"))
        text += QLatin1Char('\n') + CommandLine::tr("PROFILE is a .json file or builtin:NAME (tunnelscope profiles lists them).")
            + QLatin1Char('\n');
    return text;
}

// A command's arguments, read by QCommandLineParser against the command's own options.
struct ParsedCommand
{
    QStringList positional;
    QMap<QString, QString> values;       // option -> value ("" for a switch that was given); the last when repeated
    QMap<QString, QStringList> repeated; // option -> every value given, in order
    bool help = false;
    QString problem; // non-empty: the arguments are wrong, in words

    bool has(const char *option) const { return values.contains(QLatin1String(option)); }
    QString value(const char *option) const { return values.value(QLatin1String(option)); }
};

ParsedCommand parseCommand(const CommandSpec &spec, const QStringList &args)
{
    ParsedCommand parsed;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList known;
    for (const OptionSpec &o : spec.options) {
        parser.addOption(QCommandLineOption(QLatin1String(o.name), QLatin1String(o.help), QLatin1String(o.value)));
        known << QStringLiteral("--") + QLatin1String(o.name);
    }
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(helpOption);
    known << QStringLiteral("--help");
    if (!parser.parse(QStringList{QStringLiteral("tunnelscope")} + args)) {
        if (!parser.unknownOptionNames().isEmpty()) {
            const QString option = (parser.unknownOptionNames().first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                + parser.unknownOptionNames().first();
            const QString closest = ClosestName::among(option, known);
            parsed.problem = closest.isEmpty()
                ? CommandLine::tr("unknown option %1 for %2 (see tunnelscope help %2)").arg(option, QLatin1String(spec.name))
                : CommandLine::tr("unknown option %1 for %2; did you mean %3? (see tunnelscope help %2)")
                      .arg(option, QLatin1String(spec.name), closest);
        } else {
            static const QRegularExpression missing(QStringLiteral("Missing value after '(.+)'"));
            const QRegularExpressionMatch m = missing.match(parser.errorText());
            parsed.problem = m.hasMatch() ? CommandLine::tr("%1 needs a value").arg(m.captured(1)) : parser.errorText();
        }
        return parsed;
    }
    parsed.help = parser.isSet(helpOption);
    parsed.positional = parser.positionalArguments();
    for (const OptionSpec &o : spec.options)
        if (parser.isSet(QLatin1String(o.name))) {
            parsed.values.insert(QLatin1String(o.name), *o.value ? parser.value(QLatin1String(o.name)) : QString());
            if (*o.value)
                parsed.repeated.insert(QLatin1String(o.name), parser.values(QLatin1String(o.name)));
        }
    return parsed;
}

// Whether a profile loaded; if not, every problem is printed, each with its file and JSON path.
bool explainProblems(const ProfileLoader::Result &loaded)
{
    if (loaded.ok())
        return true;
    for (const QString &p : loaded.problems)
        err() << p << '\n';
    err().flush();
    return false;
}

// Whether a word names a profile rather than a mistyped command.
bool looksLikeProfile(const QString &word)
{
    return word.startsWith(QLatin1String("builtin:")) || word.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || QFileInfo(word).isFile();
}

// A report's target is checked before any work: a directory that is not there, or that cannot
// be written, is found now, not after the session.
QString checkTarget(const char *option, const QString &target)
{
    if (target.isEmpty() || target == QLatin1String("-"))
        return QString();
    const QFileInfo file(target);
    const QFileInfo dir(file.absolutePath());
    if (file.isDir())
        return CommandLine::tr("--%1 %2: is a directory; name a file").arg(QLatin1String(option), target);
    if (!dir.isDir())
        return CommandLine::tr("--%1 %2: cannot write: the directory %3 does not exist")
            .arg(QLatin1String(option), target, dir.filePath());
    if (!dir.isWritable() || (file.exists() && !file.isWritable()))
        return CommandLine::tr("--%1 %2: cannot write: permission denied").arg(QLatin1String(option), target);
    return QString();
}

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
        *error = CommandLine::tr("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    writer(&file);
    if (!file.commit()) {
        *error = CommandLine::tr("%1: cannot write: %2").arg(target, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString CommandLine::usage()
{
    const auto line = [](const QString &synopsis, const QString &summary) {
        return QStringLiteral("  tunnelscope %1 %2\n").arg(synopsis.leftJustified(26), summary);
    };
    QString text = tr("Usage:") + QLatin1Char('\n') + line(QString(), tr("open the desktop app"))
        + line(QStringLiteral("PROFILE"), tr("open the desktop app with PROFILE loaded"));
    for (const CommandSpec &c : commands())
        text += line(QLatin1String(c.synopsis), tr(c.summary));
    text += QStringLiteral("  tunnelscope --help | --version\n\n");
    text += tr("PROFILE is a .json file or builtin:NAME. While a session plays, what it records is journalled\n"
               "(secrets redacted) in $TUNNELSCOPE_JOURNAL_DIR or the user's data directory; the journal is\n"
               "removed when the session ends. `tunnelscope help COMMAND` shows a command's options.\n");
    text += QLatin1Char('\n') + tr("Options of run:") + QLatin1Char('\n') + optionLines(*commandNamed(QStringLiteral("run")))
        + QLatin1Char('\n');
    text += tr("Exit status: 0 clean, 1 degraded or broken, 2 bad input, 3 the direct path never connected,\n"
               "130 interrupted (SIGINT/SIGTERM: the run being played is marked interrupted, what was captured\n"
               "is still compared and reported; a second signal quits at once).\n");
    return text;
}

bool CommandLine::hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.startsWith("xcb"))
        return x11;
    if (platform.startsWith("wayland"))
        return wayland;
    // offscreen, minimal, vnc, eglfs...: a platform that needs no display server.
    return !platform.isEmpty() || x11 || wayland;
}

CommandLine::Plan CommandLine::plan(const QStringList &args)
{
    const QString first = args.value(1);
    // A mistake is explained once the language is installed, which needs an application object.
    const auto mistake = [](std::function<QString()> explain) {
        return Plan{Plan::Kind::Exit, ExitBadInput, QString(), std::move(explain)};
    };
    auto window = [&mistake](const QString &profile) {
        if (hasDisplay())
            return Plan{Plan::Kind::Window, 0, profile, {}};
        return mistake([] {
            return tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); to play a profile "
                      "headless: tunnelscope run PROFILE (see tunnelscope help)");
        });
    };
    if (args.size() < 2)
        return window(QString());
    static const QStringList globalOptions{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"),
                                           QStringLiteral("-v")};
    if (commandNamed(first) || globalOptions.contains(first))
        return Plan{Plan::Kind::Command, 0, QString(), {}};
    if (first.startsWith(QLatin1Char('-'))) {
        const QString closest = ClosestName::among(first, {QStringLiteral("--help"), QStringLiteral("--version")});
        return mistake([first, closest] {
            return closest.isEmpty() ? tr("unknown option %1 (see tunnelscope help)").arg(first)
                                     : tr("unknown option %1; did you mean %2? (see tunnelscope help)").arg(first, closest);
        });
    }
    if (looksLikeProfile(first) && args.size() == 2)
        return window(first);
    if (looksLikeProfile(first))
        return mistake([first] {
            return tr("the window takes one profile; to play it headless with options: tunnelscope run %1 [options]").arg(first);
        });
    const QString closest = ClosestName::among(first, commandNames());
    return mistake([first, closest] {
        return closest.isEmpty()
            ? tr("unknown command \"%1\" (see tunnelscope help; a profile is a .json file or builtin:NAME)").arg(first)
            : tr("unknown command \"%1\"; did you mean \"%2\"? (see tunnelscope help; a profile is a .json file or "
                 "builtin:NAME)")
                  .arg(first, closest);
    });
}

void CommandLine::explain(const Plan &plan)
{
    if (plan.explain)
        err() << "tunnelscope: " << plan.explain() << Qt::endl;
}

int CommandLine::exec(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h"))
        return help(args.mid(2));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "tunnelscope " << TUNNELSCOPE_VERSION << Qt::endl;
        return 0;
    }
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("help"))
        return help(rest);
    // `COMMAND --help`, whatever else is on the line.
    if (const CommandSpec *spec = commandNamed(command)) {
        const ParsedCommand parsed = parseCommand(*spec, rest);
        if (parsed.help)
            return help({command});
    }
    if (command == QLatin1String("run"))
        return run(rest);
    if (command == QLatin1String("lab"))
        return lab(rest);
    if (command == QLatin1String("watch"))
        return watch(rest);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (command == QLatin1String("compare"))
        return compare(rest);
    if (command == QLatin1String("show"))
        return show(rest);
    if (command == QLatin1String("init"))
        return init(rest);
    return profiles(rest);
}

int CommandLine::help(const QStringList &topics)
{
    if (topics.isEmpty()) {
        out() << usage();
        out().flush();
        return 0;
    }
    const CommandSpec *spec = commandNamed(topics.first());
    if (!spec) {
        const QString closest = ClosestName::among(topics.first(), commandNames());
        const QString names = commandNames().join(QStringLiteral(", "));
        return badInput(
            closest.isEmpty()
                ? tr("no command \"%1\"; the commands are %2").arg(topics.first(), names)
                : tr("no command \"%1\" (did you mean \"%2\"?); the commands are %3").arg(topics.first(), closest, names));
    }
    out() << commandHelp(*spec);
    out().flush();
    return 0;
}

namespace {
// The arguments of a command that takes one profile and no options: the profile, or the
// message for the user.
bool oneProfile(const char *command, const QStringList &args, QString *profile, QString *problem)
{
    const ParsedCommand parsed = parseCommand(*commandNamed(QLatin1String(command)), args);
    if (!parsed.problem.isEmpty())
        *problem = parsed.problem;
    else if (parsed.positional.size() != 1)
        *problem = CommandLine::tr("usage: tunnelscope %1").arg(QLatin1String(commandNamed(QLatin1String(command))->synopsis));
    else
        *profile = parsed.positional.first();
    return problem->isEmpty();
}
} // namespace

int CommandLine::profiles(const QStringList &args)
{
    const ParsedCommand parsed = parseCommand(*commandNamed(QStringLiteral("profiles")), args);
    if (!parsed.problem.isEmpty())
        return badInput(parsed.problem);
    if (!parsed.positional.isEmpty())
        return badInput(tr("\"profiles\" takes no arguments; tunnelscope show builtin:NAME prints one"));
    constexpr int Width = 80;
    const QStringList names = ProfileLoader::builtinNames();
    qsizetype nameWidth = 0;
    for (const QString &name : names)
        nameWidth = std::max(nameWidth, name.size());
    out() << tr("Built-in profiles (builtin:NAME; tunnelscope show builtin:NAME prints one):") << '\n';
    for (const QString &name : names) {
        const auto loaded = ProfileLoader::load(QStringLiteral("builtin:") + name);
        const QString description
            = loaded.ok() ? loaded.profile->descriptionToRead() : loaded.problems.join(QStringLiteral("; "));
        if (parsed.has("long")) {
            out() << '\n' << name << '\n' << TerminalText::wrapped(description, Width, QStringLiteral("  ")) << '\n';
            continue;
        }
        const qsizetype room = Width - 2 - nameWidth - 2;
        out() << "  " << name.leftJustified(nameWidth) << "  " << TerminalText::firstSentence(description, int(room)) << '\n';
    }
    out().flush();
    return 0;
}

int CommandLine::show(const QStringList &args)
{
    QString source, problem;
    if (!oneProfile("show", args, &source, &problem))
        return badInput(problem);
    const auto loaded = ProfileLoader::load(source);
    if (!explainProblems(loaded))
        return ExitBadInput;
    // The profile as written (a built-in's own file), so it can be copied and edited.
    QFile file(source.startsWith(QLatin1String("builtin:")) ? ProfileLoader::builtinPath(source.mid(8)) : source);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("%1: cannot read: %2").arg(source, file.errorString()));
    out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return badInput(tr("cannot write to standard output"));
    stdoutFile.write(file.readAll());
    return 0;
}

int CommandLine::init(const QStringList &args)
{
    const ParsedCommand parsed = parseCommand(*commandNamed(QStringLiteral("init")), args);
    if (!parsed.problem.isEmpty())
        return badInput(parsed.problem);
    if (parsed.positional.size() > 1)
        return badInput(tr("usage: tunnelscope %1").arg(QLatin1String(commandNamed(QStringLiteral("init"))->synopsis)));
    const QString target = parsed.positional.value(0, QStringLiteral("tunnelscope-profile.json"));
    const bool toStdout = target == QLatin1String("-");
    if (!toStdout && QFileInfo::exists(target) && !parsed.has("force"))
        return badInput(tr("%1 already exists: name another file, or add --force to replace it").arg(target));
    QFile templateFile(QStringLiteral(":/templates/starter-profile.jsonc"));
    if (!templateFile.open(QIODevice::ReadOnly))
        return badInput(tr("the starter profile is missing from this build"));
    // The profile is named after its file; the commands in its comments name the file.
    const QString shown = toStdout ? QStringLiteral("my-profile.json") : target;
    QString name = QFileInfo(shown).completeBaseName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("-"));
    QByteArray text = templateFile.readAll();
    text.replace("@NAME@", (name.isEmpty() ? QStringLiteral("my-profile") : name).toUtf8());
    text.replace("@FILE@", shown.toUtf8());
    if (toStdout) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(text) != text.size())
            return badInput(tr("cannot write to standard output"));
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return badInput(tr("%1: cannot write: %2").arg(target, file.errorString()));
    err() << tr("wrote %1: a profile that plays against the built-in lab as it is; edit \"direct\" and \"tunnel\" to test "
                "your own tunnel, then: tunnelscope run %1")
                 .arg(target)
          << Qt::endl;
    return 0;
}

int CommandLine::validate(const QStringList &args)
{
    QString source, problem;
    if (!oneProfile("validate", args, &source, &problem))
        return badInput(problem);
    const auto loaded = ProfileLoader::load(source);
    if (!loaded.ok()) {
        for (const QString &p : loaded.problems)
            err() << p << '\n';
        err() << tr("%n problem(s)", nullptr, int(loaded.problems.size())) << Qt::endl;
        return ExitBadInput;
    }
    const Profile &p = *loaded.profile;
    // What `run` would refuse before connecting, though the profile is well formed.
    if (p.lab.enabled && p.lab.endpoint.isEmpty() && p.direct.url.isEmpty())
        return badInput(tr("%1: $.lab: with no \"endpoint\", the lab's tunnel fronts direct.url, which is not set; set "
                           "lab.endpoint (echo, homeassistant, ...) or direct.url (or give run --direct URL)")
                            .arg(source));
    out() << tr("%1: valid: \"%2\", %3 step(s), %4 run(s)")
                 .arg(source, p.name, QString::number(p.steps.size()), QString::number(p.runs));
    if (!p.identities.isEmpty()) {
        QStringList names;
        for (const IdentitySpec &identity : p.identities)
            names << identity.name;
        out() << tr(" as each of %1 identities (%2)").arg(QString::number(p.identities.size()), names.join(QStringLiteral(", ")));
    }
    if (p.lab.enabled)
        out() << (p.lab.endpoint.isEmpty()
                      ? tr(", lab tunnel in front of direct.url with %1 fault(s)%2")
                            .arg(QString::number(p.lab.faults.size()), p.lab.tls ? tr(", over wss://") : QString())
                      : tr(", lab endpoint %1 with %2 fault(s)%3")
                            .arg(p.lab.endpoint, QString::number(p.lab.faults.size()),
                                 p.lab.tls ? tr(", over wss://") : QString()));
    out() << Qt::endl;
    return 0;
}

int CommandLine::lab(const QStringList &args)
{
    const ParsedCommand parsed = parseCommand(*commandNamed(QStringLiteral("lab")), args);
    if (!parsed.problem.isEmpty())
        return badInput(parsed.problem);
    if (parsed.positional.size() != 1)
        return badInput(tr("usage: tunnelscope %1").arg(QLatin1String(commandNamed(QStringLiteral("lab"))->synopsis)));
    const QString source = parsed.positional.first();
    quint16 port = 0;
    if (parsed.has("port")) {
        bool isNumber = false;
        const uint n = parsed.value("port").toUInt(&isNumber);
        if (!isNumber || n < 1024 || n > 65534)
            return badInput(tr("--port: \"%1\" is not a port from 1024 to 65534 (the endpoint takes the next one)")
                                .arg(parsed.value("port")));
        port = quint16(n);
    }
    const auto loaded = ProfileLoader::load(source);
    if (!explainProblems(loaded))
        return ExitBadInput;
    if (!loaded.profile->lab.enabled)
        return badInput(tr("%1: $.lab: the profile has no \"lab\" section, so there is nothing to start").arg(source));
    Lab lab(loaded.profile->lab);
    if (port)
        lab.setPorts(port, quint16(port + 1));
    QString error;
    if (!lab.start(&error, QUrl(loaded.profile->direct.url), loaded.profile->direct))
        return badInput(source + QStringLiteral(": $.lab: ") + error);
    const auto faultNames = [](const QList<FaultSpec> &faults) {
        QStringList names;
        for (const FaultSpec &f : faults)
            names << FaultSpec::kindName(f.kind);
        return names.isEmpty() ? tr("no faults") : names.join(QStringLiteral(", "));
    };
    out() << tr("endpoint (%1): %2")
                 .arg(loaded.profile->lab.endpoint.isEmpty() ? tr("the profile's direct server") : loaded.profile->lab.endpoint,
                      lab.directUrl().toString())
          << '\n'
          << tr("tunnel (%1): %2").arg(faultNames(loaded.profile->lab.faults), lab.tunnelUrl().toString()) << '\n';
    // Several tunnels: a fault tunnel each, with the faults lab.tunnels gives it.
    for (const TunnelSpec &t : std::as_const(loaded.profile->tunnels)) {
        if (!t.path.url.isEmpty())
            continue;
        const QUrl url = lab.addTunnel(t.name, &error);
        if (url.isEmpty())
            return badInput(tr("%1: $.lab: the fault tunnel for %2: %3").arg(source, t.name, error));
        out() << tr("tunnel %1 (%2): %3")
                     .arg(t.name, faultNames(loaded.profile->lab.tunnelFaults.value(t.name, loaded.profile->lab.faults)),
                          url.toString())
              << '\n';
    }
    out() << tr("Listening on 127.0.0.1 only. Ctrl-C to stop.") << Qt::endl;
    if (loaded.profile->lab.tls) {
        const QString cert = LabTls::exportCertificate(&error);
        if (cert.isEmpty())
            err() << tr("warning: %1").arg(error) << Qt::endl;
        else
            out() << tr("TLS: the lab's self-signed certificate is %1 (trust it for these URLs only, e.g. curl --cacert %1)")
                         .arg(cert)
                  << Qt::endl;
    }
    return QCoreApplication::exec();
}

namespace {

// What `run` and `report` share: where the reports go, and how much is printed.
struct Outputs
{
    QHash<QString, QString> files; // report format (ReportFormat) -> the file to write it to
    bool quiet = false;
    bool verbose = false;
    QString since;      // report only: the window of a watch directory
    FrameFilter frames; // --filter: the frames the JSON and CSV reports list
    QStringList targets() const { return files.values(); }
};

// Reads the options of `run` (with `overrides`) or of `report` (without); the one positional
// argument goes to `source`. Every report target is checked here, before any work. Empty on
// success, else the message for the user.
QString parseOptions(const char *command, const QStringList &args, ScenarioRunner::Overrides *overrides, Outputs *o,
                     QStringList *sources, qsizetype wanted = 1, ParsedCommand *all = nullptr)
{
    const CommandSpec &spec = *commandNamed(QLatin1String(command));
    const ParsedCommand parsed = parseCommand(spec, args);
    if (!parsed.problem.isEmpty())
        return parsed.problem;
    if (parsed.positional.size() != wanted)
        return parsed.positional.size() < wanted ? CommandLine::tr("usage: tunnelscope %1").arg(QLatin1String(spec.synopsis))
                                                 : CommandLine::tr("unexpected argument \"%1\": usage: tunnelscope %2")
                                                       .arg(parsed.positional.at(wanted), QLatin1String(spec.synopsis));
    *sources = parsed.positional;
    if (all)
        *all = parsed;
    for (const ReportFormat::Info &format : ReportFormat::all())
        if (const QString file = parsed.value(format.name); !file.isEmpty())
            o->files.insert(QLatin1String(format.name), file);
    o->quiet = parsed.has("quiet");
    o->verbose = parsed.has("verbose");
    if (parsed.has("filter")) {
        QString problem;
        o->frames = FrameFilter::parse(parsed.value("filter"), &problem);
        if (!problem.isEmpty())
            return CommandLine::tr("--filter \"%1\": %2").arg(parsed.value("filter"), problem);
        if (!o->files.contains(QStringLiteral("json")) && !o->files.contains(QStringLiteral("csv")))
            return CommandLine::tr(
                "--filter trims the frames of the JSON and CSV reports; give --json FILE or --csv FILE with it");
    }
    o->since = parsed.value("since");
    if (overrides) {
        overrides->directUrl = parsed.value("direct");
        overrides->tunnelUrl = parsed.value("tunnel");
        if (const QStringList tunnels = parsed.repeated.value(QStringLiteral("tunnel"));
            tunnels.size() > 1 || (tunnels.size() == 1 && ScenarioRunner::isNamedTunnel(tunnels.first()))) {
            overrides->tunnelUrl.clear();
            overrides->tunnels = tunnels;
        }
        overrides->proxy = parsed.value("proxy");
        overrides->noProxy = parsed.has("no-proxy");
        if (overrides->noProxy && parsed.has("proxy"))
            return CommandLine::tr("--proxy and --no-proxy: give one or the other");
        if (QString problem; parsed.has("proxy") && ProxyEnvironment::parse(overrides->proxy, &problem).isEmpty())
            return CommandLine::tr("--proxy: %1").arg(problem);
        if (parsed.has("runs")) {
            bool isNumber = false;
            overrides->runs = parsed.value("runs").toInt(&isNumber);
            if (!isNumber || overrides->runs < 1 || overrides->runs > 100000)
                return CommandLine::tr("--runs: \"%1\" is not a number from 1 to 100000").arg(parsed.value("runs"));
        }
    }
    if (o->targets().count(QStringLiteral("-")) > 1)
        return CommandLine::tr("only one report can go to standard output (-)");
    for (const ReportFormat::Info &format : ReportFormat::all())
        if (const QString problem = checkTarget(format.name, parsed.value(format.name)); !problem.isEmpty())
            return problem;
    return QString();
}

// Prints the summary and writes every report asked for; the exit status.
int writeOutputs(const ComparisonReport &report, const Outputs &o, QTextStream &summary)
{
    summary << (o.quiet ? TextSummary::verdictLine(report) + QLatin1Char('\n') : TextSummary::render(report, o.verbose));
    summary.flush();
    QString error;
    for (const ReportFormat::Info &format : ReportFormat::all()) {
        const QString file = o.files.value(QLatin1String(format.name));
        if (file.isEmpty())
            continue;
        if (!writeReport(
                file, [&](QIODevice *d) { ReportFormat::write(QLatin1String(format.name), report, d, o.frames); }, &error))
            return badInput(error);
        if (!o.quiet && file != QLatin1String("-"))
            summary << CommandLine::tr("wrote %1").arg(file) << Qt::endl;
    }
    return report.exitCode();
}

} // namespace

int CommandLine::run(const QStringList &args)
{
    QString source;
    ScenarioRunner::Overrides overrides;
    Outputs outputs;
    QStringList sources;
    const QString problem = parseOptions("run", args, &overrides, &outputs, &sources);
    source = sources.value(0);
    if (!problem.isEmpty())
        return badInput(problem);

    const auto loaded = ProfileLoader::load(source);
    if (!explainProblems(loaded))
        return ExitBadInput;
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
        err() << tr("interrupted: finishing what was captured and writing the reports (again to quit at once)") << Qt::endl;
        runner.stop();
    });
    // With a report on standard output, the human summary goes to standard error.
    QTextStream &summary = outputs.targets().contains(QStringLiteral("-")) ? err() : out();
    for (const QString &note : runner.notes())
        summary << tr("note: %1").arg(RecordedWords::read(note).localized()) << Qt::endl;
    if (!outputs.quiet)
        summary << tr("playing %1: direct %2, tunnel %3")
                       .arg(runner.profile().name, runner.directUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                            runner.tunnelUrl().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                << Qt::endl;
    // Whatever happens to this process from here, what it captured can be reported.
    CaptureJournal journal;
    QString journalError;
    if (!journal.follow(&runner, &journalError))
        err() << tr("warning: %1; playing without a journal").arg(journalError) << Qt::endl;
    QObject::connect(&runner, &ScenarioRunner::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // On a terminal, a live status line while it plays (a log or a pipe gets nothing).
    std::unique_ptr<StatusLine> statusLine;
    if (!outputs.quiet && StatusLine::isTerminal(stderr)) {
        statusLine = std::make_unique<StatusLine>(runner, stderr);
        statusLine->start();
    }
    runner.start();
    QCoreApplication::exec();

    ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    report.setNotes(runner.notes());
    const int status = writeOutputs(report, outputs, summary);
    return stopSignals.received() && status != ExitBadInput ? ExitInterrupted : status;
}

namespace {

// "2G", "500M", "64K", "1000": bytes.
std::optional<qint64> parseSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,12})([KMG]i?B?)?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QChar unit = m.captured(2).isEmpty() ? QLatin1Char(' ') : m.captured(2).at(0).toUpper();
    const int shift = unit == QLatin1Char('K') ? 10 : unit == QLatin1Char('M') ? 20 : unit == QLatin1Char('G') ? 30 : 0;
    return m.captured(1).toLongLong() << shift;
}

// "127.0.0.1:9464", "[::1]:9464", "9464" (loopback): where to serve the metrics.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    bool isNumber = false;
    const uint alone = text.toUInt(&isNumber);
    if (isNumber) {
        *address = QHostAddress::LocalHost;
        *port = quint16(alone);
        return alone < 65536; // 0: any free port (the line "metrics: ..." names it)
    }
    const QUrl url(QStringLiteral("http://") + text);
    if (!url.isValid() || url.port() < 0 || !address->setAddress(url.host()))
        return false;
    *port = quint16(url.port());
    return true;
}

struct WatchOptions
{
    Watcher::Options schedule;
    QString out;
    qint64 keepMs = 0;
    qint64 keepBytes = 0;
    bool serveMetrics = false;
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
};

// The options of `watch`, each checked; the problem, or empty.
QString readWatchOptions(const ParsedCommand &parsed, WatchOptions *o)
{
    o->schedule.proxy = parsed.value("proxy");
    o->schedule.noProxy = parsed.has("no-proxy");
    if (o->schedule.noProxy && parsed.has("proxy"))
        return CommandLine::tr("--proxy and --no-proxy: give one or the other");
    if (QString problem; parsed.has("proxy") && ProxyEnvironment::parse(o->schedule.proxy, &problem).isEmpty())
        return CommandLine::tr("--proxy: %1").arg(problem);
    for (const char *name : {"every", "for", "keep"}) {
        if (!parsed.has(name))
            continue;
        const std::optional<qint64> ms = DurationText::parseMs(parsed.value(name));
        if (!ms || (*ms == 0 && QLatin1String(name) != QLatin1String("every")))
            return CommandLine::tr("--%1: \"%2\" is not a duration; write it as 500ms, 30s, 5m, 24h or 7d")
                .arg(QLatin1String(name), parsed.value(name));
        (QLatin1String(name) == QLatin1String("every")     ? o->schedule.everyMs
             : QLatin1String(name) == QLatin1String("for") ? o->schedule.forMs
                                                           : o->keepMs)
            = *ms;
    }
    if (parsed.has("keep-size")) {
        const std::optional<qint64> bytes = parseSize(parsed.value("keep-size"));
        if (!bytes || *bytes <= 0)
            return CommandLine::tr("--keep-size: \"%1\" is not a size; write it as 500M or 2G").arg(parsed.value("keep-size"));
        o->keepBytes = *bytes;
    }
    if (parsed.has("metrics")) {
        o->serveMetrics = true;
        if (!parseListenAddress(parsed.value("metrics"), &o->metricsAddress, &o->metricsPort))
            return CommandLine::tr("--metrics: \"%1\" is not HOST:PORT (e.g. 127.0.0.1:9464) or a port")
                .arg(parsed.value("metrics"));
    }
    o->out = parsed.has("out") ? parsed.value("out") : RunArchive::defaultDirectory();
    return QString();
}

} // namespace

int CommandLine::watch(const QStringList &args)
{
    const ParsedCommand parsed = parseCommand(*commandNamed(QStringLiteral("watch")), args);
    if (!parsed.problem.isEmpty())
        return badInput(parsed.problem);
    if (parsed.positional.isEmpty())
        return badInput(tr("usage: tunnelscope %1")
                            .arg(QStringLiteral("watch PROFILE... [--every DUR] [--for DUR] [--metrics HOST:PORT] [--out DIR]")));
    WatchOptions options;
    if (const QString problem = readWatchOptions(parsed, &options); !problem.isEmpty())
        return badInput(problem);
    std::vector<Profile> profiles;
    for (const QString &source : parsed.positional) {
        const auto loaded = ProfileLoader::load(source);
        if (!explainProblems(loaded))
            return ExitBadInput;
        profiles.push_back(*loaded.profile);
    }
    RunArchive archive(options.out, options.keepMs, options.keepBytes);
    QString error;
    if (!archive.open(&error))
        return badInput(error);
    Watcher watcher(std::move(profiles), options.schedule, &archive);
    if (const QStringList problems = watcher.prepare(); !problems.isEmpty()) {
        for (const QString &p : problems)
            err() << p << '\n';
        err().flush();
        return ExitBadInput;
    }
    std::unique_ptr<MetricsServer> server;
    if (options.serveMetrics) {
        server = std::make_unique<MetricsServer>(
            [&watcher](PrometheusExposition::Format format) { return watcher.metrics().exposition(format); });
        if (!server->listen(options.metricsAddress, options.metricsPort, &error))
            return badInput(tr("--metrics: %1").arg(error));
        const QString host = options.metricsAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + options.metricsAddress.toString() + QLatin1Char(']')
            : options.metricsAddress.toString();
        // "metrics: URL" is what scripts read to find the port: it is the same in every language.
        out() << QStringLiteral("metrics: http://%1:%2/metrics").arg(host).arg(server->port()) << Qt::endl;
    }
    const QString watched = parsed.positional.join(QStringLiteral(", "));
    const QString pace = options.schedule.everyMs > 0
        ? tr("every %1", "how often a watch plays").arg(DurationText::spoken(options.schedule.everyMs))
        : tr("back to back", "how often a watch plays: each play starts when the last one ends");
    out() << (options.schedule.forMs > 0
                  ? tr("watching %1 %2 for %3; journals in %4")
                        .arg(watched, pace, DurationText::spoken(options.schedule.forMs), archive.directory())
                  : tr("watching %1 %2; journals in %3").arg(watched, pace, archive.directory()))
          << Qt::endl;
    QObject::connect(&watcher, &Watcher::played, [](const QString &line, const QString &path) {
        out() << line << (path.isEmpty() ? QString() : QStringLiteral(" -> ") + path) << Qt::endl;
    });
    QObject::connect(&watcher, &Watcher::problem,
                     [](const QString &message) { err() << tr("warning: %1").arg(message) << Qt::endl; });
    // SIGINT/SIGTERM end a watch as asked: the play under way finishes its current run and
    // plays no other, its report is kept, and the exit status is 0.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &watcher, [&watcher](int) {
        err() << tr("stopping: finishing the run under way (again to quit at once)") << Qt::endl;
        watcher.stop();
    });
    QObject::connect(&watcher, &Watcher::finished, QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    watcher.start();
    QCoreApplication::exec();
    out() << watcher.summary();
    out().flush();
    return 0;
}

namespace {

// `report DIR`: a watch directory's statistics over --since; 0 when every run in it was clean.
int reportWatchDirectory(const QString &directory, const Outputs &o)
{
    for (auto f = o.files.cbegin(); f != o.files.cend(); ++f)
        if (f.key() != QLatin1String("json") && f.key() != QLatin1String("html"))
            return badInput(CommandLine::tr("--%1: a watch directory is summarised with --json or --html; one play's %1 "
                                            "comes from its journal: tunnelscope report DIR/PROFILE/FILE.tsjournal --%1 FILE")
                                .arg(f.key()));
    qint64 sinceMs = 0;
    if (!o.since.isEmpty()) {
        const std::optional<qint64> ms = DurationText::parseMs(o.since);
        if (!ms || *ms <= 0)
            return badInput(CommandLine::tr("--since: \"%1\" is not a duration; write it as 30m, 24h or 7d").arg(o.since));
        sinceMs = *ms;
    }
    WatchDirectory watch(directory, sinceMs, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    QString error;
    if (!watch.read(&error))
        return badInput(error);
    QTextStream &summary = o.targets().contains(QStringLiteral("-")) ? err() : out();
    if (!o.quiet)
        summary << watch.text(o.verbose ? 0 : 15);
    summary.flush();
    if (const QString file = o.files.value(QStringLiteral("json")); !file.isEmpty()) {
        if (!writeReport(
                file, [&](QIODevice *d) { d->write(QJsonDocument(watch.json()).toJson(QJsonDocument::Indented)); }, &error))
            return badInput(error);
    }
    if (const QString file = o.files.value(QStringLiteral("html")); !file.isEmpty()) {
        // The worst plays' own reports go beside the page, in NAME-plays/ (none for standard output).
        const QFileInfo page(file);
        const bool beside = file != QLatin1String("-");
        const QString folderLink = beside ? page.completeBaseName() + QStringLiteral("-plays") : QString();
        QString problem;
        if (!writeReport(
                file,
                [&](QIODevice *d) {
                    WatchHtmlReport::write(watch, d, beside ? page.absolutePath() + QLatin1Char('/') + folderLink : QString(),
                                           folderLink, &problem);
                },
                &error)
            || !problem.isEmpty())
            return badInput(problem.isEmpty() ? error : problem);
    }
    bool clean = true;
    for (const QString &profile : watch.statistics().profiles()) {
        const WatchTally all = watch.statistics().window(profile, 0, watch.nowSeconds());
        clean = clean && all.verdicts.value(QStringLiteral("clean")) == all.runs;
    }
    return clean ? ExitClean : ExitFindings;
}

} // namespace

int CommandLine::report(const QStringList &args)
{
    QString source;
    Outputs outputs;
    QStringList sources;
    const QString problem = parseOptions("report", args, nullptr, &outputs, &sources);
    source = sources.value(0);
    if (!problem.isEmpty())
        return badInput(problem);
    if (QFileInfo(source).isDir())
        return reportWatchDirectory(source, outputs);
    if (!outputs.since.isEmpty())
        return badInput(tr("--since: %1 is a journal, not a watch directory; --since picks a window of a watch's plays "
                           "(tunnelscope report DIR --since 24h)")
                            .arg(source));
    CaptureJournal::Recovered recovered;
    QString error;
    if (!CaptureJournal::read(source, &recovered, &error))
        return badInput(error);
    if (recovered.runs.empty())
        return badInput(tr("%1: the journal holds no run (the session stopped before its first one began)").arg(source));
    QTextStream &summary = outputs.targets().contains(QStringLiteral("-")) ? err() : out();
    // The journal holds payloads already redacted: no secret values are needed, or known.
    ComparisonReport report(*recovered.profile, recovered.runs, recovered.startedEpochMs, {});
    report.setNotes(recovered.notes);
    for (const QString &note : recovered.notes)
        summary << tr("note: %1").arg(RecordedWords::read(note).localized()) << Qt::endl;
    return writeOutputs(report, outputs, summary);
}

int CommandLine::compare(const QStringList &args)
{
    QStringList sources;
    Outputs outputs;
    ParsedCommand parsed;
    if (const QString problem = parseOptions("compare", args, nullptr, &outputs, &sources, 2, &parsed); !problem.isEmpty())
        return badInput(problem);
    CapturePairing::Result paired;
    QString error;
    if (!CapturePairing::pair(
            {sources.at(0), parsed.has("a-path") ? parsed.value("a-path") : QStringLiteral("direct"), parsed.value("url")},
            {sources.at(1), parsed.has("b-path") ? parsed.value("b-path") : QStringLiteral("tunnel"), parsed.value("url")},
            parsed.value("protocol"), &paired, &error))
        return badInput(error);
    QTextStream &summary = outputs.targets().contains(QStringLiteral("-")) ? err() : out();
    ComparisonReport report(paired.profile, paired.runs, paired.startedEpochMs, {});
    report.setNotes(paired.notes);
    return writeOutputs(report, outputs, summary);
}

} // namespace tunnelscope
