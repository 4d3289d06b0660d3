#include "httpheaders.h"

#include "recordedwords.h"
#include "wirewords.h"
namespace tunnelscope {

HttpHeaders::Head HttpHeaders::split(QByteArrayView bytes, qsizetype maxSize, QList<QByteArray> *lines, qsizetype *consumed)
{
    const qsizetype end = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0)
        return bytes.size() > maxSize ? Head::Unterminated : Head::NeedMore;
    if (end + 4 > maxSize)
        return Head::TooLarge;
    *lines = bytes.first(end).toByteArray().split('\n');
    *consumed = end + 4;
    return Head::Complete;
}

bool HttpHeaders::parse(const QList<QByteArray> &lines, List *headers, QString *error)
{
    headers->clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = RecordedWords::english(WireWords::MalformedHeaderLine).arg(QString::fromLatin1(line.left(80)));
            return false;
        }
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

QByteArray HttpHeaders::value(const List &headers, QByteArrayView name)
{
    for (const auto &h : headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

} // namespace tunnelscope
