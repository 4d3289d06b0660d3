#pragma once

#include "runrecord.h"
#include "secretredactor.h"

#include <QFile>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace tunnelscope {

class ScenarioRunner;
struct Profile;

// Crash-safe capture: while a scenario plays, everything recorded goes to an append-only
// journal on disk (JSON lines, flushed every 50 ms, secrets redacted, size-capped), so a run
// that dies, even by SIGKILL, can still be reported: `tunnelscope report JOURNAL`. A journal
// that reaches its end is removed; one that did not is a session to recover.
class CaptureJournal : public QObject
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 50;
    static constexpr qint64 DefaultMaxBytes = qint64(1) << 30;

    explicit CaptureJournal(QObject *parent = nullptr);
    ~CaptureJournal() override;

    // $TUNNELSCOPE_JOURNAL_DIR, else ~/.local/share/tunnelscope/journal (XDG data home).
    static QString directory();
    // Journals that never reached their end, newest first.
    static QStringList unfinished();

    // Starts journalling `runner`'s play into a new file of directory(); false (with why)
    // when it cannot be written: the play goes on unjournalled.
    bool follow(const ScenarioRunner *runner, QString *error);
    // The same into `filePath` (a watch keeps each play's journal where it chooses).
    bool followInto(const ScenarioRunner *runner, const QString &filePath, QString *error);
    // ".tsjournal": what journals are named with.
    static QString fileSuffix();
    QString path() const { return m_file.fileName(); }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Keep the journal of a session that ended (it is removed by default, as there is
    // nothing to recover): for checking it against the report, as the soak bench does.
    void setKeepWhenFinished(bool keep) { m_keepWhenFinished = keep; }

    struct Recovered
    {
        std::unique_ptr<Profile> profile;
        std::vector<std::unique_ptr<RunRecord>> runs;
        qint64 startedEpochMs = 0;
        bool complete = false; // the journal reached its end
        QStringList notes;
    };
    // Marks an unfinished journal as dealt with (recovered or discarded): no longer offered.
    static bool setAside(const QString &path, bool discard);
    // Reads a journal back; a torn last line (the process died mid-write) is left out.
    static bool read(const QString &path, Recovered *out, QString *error);

private:
    struct Position
    {
        qsizetype frames = 0;
        qsizetype connections = 0;
        qsizetype reconnects = 0;
        qsizetype steps = 0;
        qsizetype pings = 0;
        // HTTP exchanges and prompts change after they appear (an answer comes, a prompt
        // ends): each is written again whenever its journal line would differ.
        QList<QByteArray> http;
        QList<QByteArray> prompts;
    };

    void tick();
    // The run as it goes (its first tunnel's record, live) or ended (`others`: the records of
    // its other tunnels, each written whole).
    void writeRun(int index, const RunRecord &run, bool final, const QList<const RunRecord *> &others = {});
    void writePath(int index, const QString &side, const PathRecord &p, Position *at);
    void line(const QJsonObject &o);
    void finish();

    const ScenarioRunner *m_runner = nullptr;
    QFile m_file;
    QTimer m_timer;
    SecretRedactor m_redactor;
    int m_run = -1; // the run being followed
    bool m_runAnnounced = false;
    Position m_direct, m_tunnel;
    qint64 m_maxBytes = DefaultMaxBytes;
    bool m_capped = false;
    bool m_keepWhenFinished = false;
};

} // namespace tunnelscope
