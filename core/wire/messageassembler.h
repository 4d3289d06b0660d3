#pragma once

#include "wireframe.h"

#include <QString>

namespace tunnelscope {

// A complete data message or a control frame, after reassembly of fragments (§5.4).
struct WireMessage
{
    quint8 opcode = Opcode::Text; // Text, Binary or a control opcode
    QByteArray payload;
    quint32 fragments = 1;
    bool compressed = false; // RSV1 on its first frame: permessage-deflate, still to inflate
};

// Joins fragmented data frames into messages; control frames pass straight through,
// as they may arrive between fragments.
class MessageAssembler
{
public:
    enum class Result { Message, Pending, Error };

    explicit MessageAssembler(qint64 maxMessage = qint64(64) << 20) : m_maxMessage(maxMessage) { }

    Result push(WireFrame frame, WireMessage *out);
    QString errorString() const { return m_error; }
    bool inMessage() const { return m_fragments > 0; }

private:
    qint64 m_maxMessage;
    quint8 m_opcode = 0;
    quint32 m_fragments = 0;
    bool m_compressed = false;
    QByteArray m_payload;
    QString m_error;
};

} // namespace tunnelscope
