#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace tunnelscope {

// What a recorded event on one path is. Mirrors the report's frame `type`.
enum class FrameType : quint8 { Open, Text, Binary, Ping, Pong, Close, Error };
enum class Direction : quint8 { In, Out };

QString frameTypeName(FrameType type);
QString directionName(Direction dir);

// One recorded event, as handed out by FrameStore. The payload is a view into the store:
// valid as long as the store lives.
struct Frame
{
    qint64 tUs = 0;
    FrameType type = FrameType::Text;
    Direction dir = Direction::In;
    quint16 closeCode = 0;  // close frames with a status only
    quint32 fragments = 1;  // data messages: how many frames carried it
    QByteArrayView payload; // raw bytes as on the wire (close: code + reason); a compressed message inflated
    qint64 compressedSize = -1; // permessage-deflate: the message's payload size on the wire (-1: not compressed)

    bool isData() const { return type == FrameType::Text || type == FrameType::Binary; }
    bool hasCloseCode() const { return type == FrameType::Close && payload.size() >= 2; }
    QByteArrayView closeReason() const { return payload.size() > 2 ? payload.sliced(2) : QByteArrayView(); }
};

} // namespace tunnelscope
