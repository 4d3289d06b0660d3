#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tunnelscope {

// Where a watch keeps the report of every play: DIR/PROFILE/YYYYMMDDTHHMMSS.zzzZ.json, each
// written whole or not at all (a stop or a crash never leaves half a file), and pruned by
// age and by total size, oldest first.
class RunArchive
{
public:
    // keepMs / keepBytes: 0 keeps everything.
    RunArchive(QString directory, qint64 keepMs, qint64 keepBytes);

    // Creates the directory; false with `error` naming it and why.
    bool open(QString *error);
    // Stores one play's JSON report; the file written, or empty with `error` set.
    QString store(const QString &profile, const QByteArray &json, const QDateTime &finished, QString *error);
    // Removes what is older than keepMs and, oldest first, what is over keepBytes; the newest
    // report always stays. The number of files removed.
    int prune(const QDateTime &now);
    qint64 bytes() const;

    const QString &directory() const { return m_directory; }
    // A profile's name as a folder name: letters, digits, '-', '_' and '.' kept, the rest '_'.
    static QString folderName(const QString &profile);

private:
    QString m_directory;
    qint64 m_keepMs;
    qint64 m_keepBytes;
};

} // namespace tunnelscope
