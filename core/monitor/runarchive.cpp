#include "runarchive.h"

#include "capturejournal.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace tunnelscope {

RunArchive::RunArchive(QString directory, qint64 keepMs, qint64 keepBytes)
    : m_directory(std::move(directory)), m_keepMs(keepMs), m_keepBytes(keepBytes)
{ }

bool RunArchive::open(QString *error)
{
    if (!QDir().mkpath(m_directory) || !QFileInfo(m_directory).isWritable()) {
        *error = tr("%1: cannot create or write this directory for the journals (--out)").arg(m_directory);
        return false;
    }
    m_stored = list(m_directory);
    m_bytes = 0;
    for (const Stored &s : std::as_const(m_stored))
        m_bytes += s.size;
    return true;
}

QString RunArchive::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tunnelscope/watch");
}

QString RunArchive::folderName(const QString &profile)
{
    QString out;
    for (const QChar c : profile)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.')
            ? c
            : QLatin1Char('_');
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString RunArchive::journalPath(const QString &profile, const QDateTime &started, QString *error)
{
    const QString folder = m_directory + QLatin1Char('/') + folderName(profile);
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: cannot create this directory").arg(folder);
        return QString();
    }
    return folder + QLatin1Char('/') + started.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"))
        + CaptureJournal::fileSuffix();
}

void RunArchive::kept(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return;
    m_stored.append({info.filePath(), info.dir().dirName(), info.lastModified(), info.size()});
    m_bytes += info.size();
}

QList<RunArchive::Stored> RunArchive::list(const QString &directory)
{
    QList<Stored> out;
    QDirIterator it(directory, {QLatin1Char('*') + CaptureJournal::fileSuffix()}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out.append({it.filePath(), it.fileInfo().dir().dirName(), it.fileInfo().lastModified(), it.fileInfo().size()});
    }
    std::sort(out.begin(), out.end(), [](const Stored &a, const Stored &b) { return a.modified < b.modified; });
    return out;
}

int RunArchive::prune(const QDateTime &now)
{
    if (m_keepMs <= 0 && m_keepBytes <= 0)
        return 0;
    int removed = 0;
    // The newest journal is kept whatever its size: a watch always has its last play on disk.
    while (m_stored.size() > 1) {
        const Stored &s = m_stored.first();
        const bool tooOld = m_keepMs > 0 && s.modified.msecsTo(now) > m_keepMs;
        const bool overSize = m_keepBytes > 0 && m_bytes > m_keepBytes;
        if (!tooOld && !overSize)
            break; // oldest first: the rest are younger and fit
        // Gone already (a user cleaned up) or removed now: either way it no longer counts.
        if (QFile::remove(s.path) || !QFileInfo::exists(s.path))
            ++removed;
        m_bytes -= s.size;
        m_stored.removeFirst();
    }
    return removed;
}

} // namespace tunnelscope
