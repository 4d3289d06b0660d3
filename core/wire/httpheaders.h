#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// What HTTP/1.1 requests and answers share: the head ends at a blank line within a size
// limit, and "Name: value" lines follow the first line.
class HttpHeaders
{
public:
    using List = QList<QPair<QByteArray, QByteArray>>;
    enum class Head { Complete, NeedMore, Unterminated, TooLarge };

    static constexpr qsizetype MaxHeadSize = 64 * 1024;

    // Finds the end of the head; on Complete, `lines` holds its lines and `consumed` its size.
    static Head split(QByteArrayView bytes, qsizetype maxSize, QList<QByteArray> *lines, qsizetype *consumed);
    // Parses lines[1..]; false with `error` set on a malformed line.
    static bool parse(const QList<QByteArray> &lines, List *headers, QString *error);
    // The first header with this name (case-insensitive), or a null array.
    static QByteArray value(const List &headers, QByteArrayView name);
};

} // namespace tunnelscope
