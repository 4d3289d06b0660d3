#include "runarchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace tunnelscope {

RunArchive::RunArchive(QString directory, qint64 keepMs, qint64 keepBytes)
    : m_directory(std::move(directory)), m_keepMs(keepMs), m_keepBytes(keepBytes)
{ }

bool RunArchive::open(QString *error)
{
    if (QDir().mkpath(m_directory) && QFileInfo(m_directory).isWritable())
        return true;
    *error = QStringLiteral("%1: cannot create or write this directory for the reports (--out)").arg(m_directory);
    return false;
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

QString RunArchive::store(const QString &profile, const QByteArray &json, const QDateTime &finished, QString *error)
{
    const QString folder = m_directory + QLatin1Char('/') + folderName(profile);
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("%1: cannot create this directory").arg(folder);
        return QString();
    }
    const QString path = folder + QLatin1Char('/') + finished.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"))
        + QStringLiteral(".json");
    // QSaveFile writes beside and renames on commit: the file is whole or absent.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return QString();
    }
    return path;
}

namespace {

struct Stored
{
    QString path;
    QDateTime modified;
    qint64 size;
};

QList<Stored> storedReports(const QString &directory)
{
    QList<Stored> out;
    QDirIterator it(directory, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        out.append({it.filePath(), it.fileInfo().lastModified(), it.fileInfo().size()});
    }
    std::sort(out.begin(), out.end(), [](const Stored &a, const Stored &b) { return a.modified < b.modified; });
    return out;
}

} // namespace

int RunArchive::prune(const QDateTime &now)
{
    if (m_keepMs <= 0 && m_keepBytes <= 0)
        return 0;
    const QList<Stored> stored = storedReports(m_directory);
    qint64 total = 0;
    for (const Stored &s : stored)
        total += s.size;
    int removed = 0;
    // The newest report is kept whatever its size: a watch always has its last play on disk.
    for (const Stored &s : stored.mid(0, stored.size() - 1)) {
        const bool tooOld = m_keepMs > 0 && s.modified.msecsTo(now) > m_keepMs;
        const bool overSize = m_keepBytes > 0 && total > m_keepBytes;
        if (!tooOld && !overSize)
            break; // oldest first: the rest are younger and fit
        if (QFile::remove(s.path)) {
            total -= s.size;
            ++removed;
        }
    }
    return removed;
}

qint64 RunArchive::bytes() const
{
    qint64 total = 0;
    for (const Stored &s : storedReports(m_directory))
        total += s.size;
    return total;
}

} // namespace tunnelscope
