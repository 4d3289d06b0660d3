#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tunnelscope {

// Where a watch keeps every play: its capture journal, DIR/PROFILE/YYYYMMDDTHHMMSS.zzzZ.tsjournal,
// named after the play's start in UTC. A journal is written as the play goes (a crash keeps
// what was captured, `tunnelscope report` reads it) and ends with an end line. Plays are pruned
// by age and by total size, oldest first; the newest always stays.
class RunArchive
{
    Q_DECLARE_TR_FUNCTIONS(RunArchive)

public:
    struct Stored
    {
        QString path;
        QString folder; // the profile's folder name
        QDateTime modified;
        qint64 size = 0;
    };

    // keepMs / keepBytes: 0 keeps everything.
    RunArchive(QString directory, qint64 keepMs, qint64 keepBytes);

    // Creates the directory and takes stock of the journals an earlier watch left there (they
    // count for retention); false with `error` naming it and why.
    bool open(QString *error);
    // The journal file for a play of `profile` that starts now; its folder is created. Empty
    // with `error` set when it cannot be.
    QString journalPath(const QString &profile, const QDateTime &started, QString *error);
    // A play's journal is complete: from now on it counts for retention.
    void kept(const QString &path);
    // Removes what is older than keepMs and, oldest first, what is over keepBytes; the newest
    // journal always stays. The number of files removed.
    int prune(const QDateTime &now);

    const QString &directory() const { return m_directory; }
    // Where a watch keeps its journals unless told otherwise (the command line and the window
    // alike): $XDG_DATA_HOME/tunnelscope/watch.
    static QString defaultDirectory();
    // A profile's name as a folder name: letters, digits, '-', '_' and '.' kept, the rest '_'.
    static QString folderName(const QString &profile);
    // Every journal under `directory` (one folder per profile), oldest first.
    static QList<Stored> list(const QString &directory);

private:
    QString m_directory;
    qint64 m_keepMs;
    qint64 m_keepBytes;
    QList<Stored> m_stored; // oldest first: what prune() works on, without walking the disk
    qint64 m_bytes = 0;
};

} // namespace tunnelscope
