#include "framedetail.h"
#include "runclock.h"

#include "closepayload.h"
#include "comfyuibinary.h"
#include "recordedwords.h"
#include "secretredactor.h"
#include "socketiopacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tunnelscope {

QString FrameDetail::hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    // Written in place: the detail pane dumps up to maxBytes of any frame it is shown.
    static constexpr char Digits[] = "0123456789abcdef";
    constexpr qsizetype RowWidth = 8 + 2 + 16 * 3 + 1 + 1 + 16 + 1;
    const qsizetype n = std::min(bytes.size(), maxBytes);
    QString out((n + 15) / 16 * RowWidth, QLatin1Char(' '));
    QChar *p = out.data();
    for (qsizetype row = 0; row < n; row += 16) {
        QChar *line = p;
        for (int shift = 28; shift >= 0; shift -= 4)
            *p++ = QLatin1Char(Digits[(quint64(row) >> shift) & 0xf]);
        p += 2;
        QChar *ascii = line + RowWidth - 17;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const uchar c = uchar(bytes[i]);
                p[0] = QLatin1Char(Digits[c >> 4]);
                p[1] = QLatin1Char(Digits[c & 0xf]);
                *ascii++ = c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            }
            p += 3;
            if (i == row + 7)
                ++p;
        }
        line[RowWidth - 1] = QLatin1Char('\n');
        p = line + RowWidth;
        if (n - row < 16) { // the last, short row ends after its characters
            const qsizetype end = ascii - out.constData();
            out.truncate(end + 1);
            out[end] = QLatin1Char('\n');
        }
    }
    if (bytes.size() > n)
        out += tr("… %1 more bytes").arg(bytes.size() - n) + QLatin1Char('\n');
    return out;
}

QByteArray FrameDetail::previewImage(const Frame &frame, QString *format)
{
    if (frame.type != FrameType::Binary)
        return QByteArray();
    const ComfyUiBinary b = ComfyUiBinary::parse(frame.payload);
    if (!b.isValid() || !b.isPreview())
        return QByteArray();
    if (format)
        *format = b.imageFormat;
    return b.image;
}

namespace {

QString headline(const Frame &frame)
{
    QString head = (frame.dir == Direction::In ? FrameDetail::tr("%1 received, %2 bytes at %3 ms")
                                               : FrameDetail::tr("%1 sent, %2 bytes at %3 ms"))
                       .arg(frameTypeName(frame.type))
                       .arg(frame.payload.size())
                       .arg(RunClock::toMs(frame.tUs), 0, 'f', 3);
    if (frame.fragments > 1)
        head += FrameDetail::tr(", in %1 fragments").arg(frame.fragments);
    if (frame.compressedSize >= 0)
        head += FrameDetail::tr(", %1 bytes on the wire (permessage-deflate)").arg(frame.compressedSize);
    return head + QStringLiteral("\n\n");
}

QString describeClose(const Frame &frame, const SecretRedactor &redactor)
{
    const ClosePayload c = ClosePayload::parse(frame.payload.toByteArray());
    if (!c.hasCode)
        return FrameDetail::tr("Close frame without a status code: the application sees 1005 (no status).") + QLatin1Char('\n');
    QString text = FrameDetail::tr("Close code %1 (%2)\nReason: %3\n")
                       .arg(c.code)
                       .arg(ClosePayload::describe(c.code), redactor.redact(decodeUtf8(c.reason)));
    if (!c.problem.isEmpty())
        text += QLatin1Char('\n') + FrameDetail::tr("Protocol violation: %1").arg(c.problem) + QLatin1Char('\n');
    return text;
}

// Shown as bytes: every secret byte masked in place, so offsets stay the wire's.
QString describeBytes(const Frame &frame, const SecretRedactor &redactor)
{
    QString text;
    const SecretRedactor::Masked masked = redactor.mask(frame.payload);
    if (masked.maskedBytes > 0)
        text += FrameDetail::tr("%1 bytes that carry secrets are shown as '%2' (%3).")
                    .arg(masked.maskedBytes)
                    .arg(QLatin1Char(SecretRedactor::MaskByte))
                    .arg(QString::number(uchar(SecretRedactor::MaskByte), 16))
            + QStringLiteral("\n\n");
    // ComfyUI's binary events; only a frame that parses whole is named as one.
    if (const ComfyUiBinary b = ComfyUiBinary::parse(masked.bytes); frame.type == FrameType::Binary && b.isValid()) {
        text += redactor.redact(b.describe().localized()) + QStringLiteral("\n\n");
        if (!b.metadata.isEmpty())
            text += FrameDetail::tr("Metadata:") + QLatin1Char('\n')
                + QString::fromUtf8(QJsonDocument(redactor.redact(b.metadata)).toJson(QJsonDocument::Indented))
                + QStringLiteral("\n");
    }
    return text + FrameDetail::hexDump(masked.bytes);
}

// A Socket.IO / Engine.IO packet: what it is, then its JSON; empty when the text is not one.
QString describeSocketIo(const QByteArray &bytes, const SecretRedactor &redactor)
{
    if (bytes.isEmpty() || bytes[0] < '0' || bytes[0] > '6'
        || (bytes.size() > 1 && QChar::isDigit(uchar(bytes[1])) && bytes[0] != '4'))
        return QString();
    // Decoded from the redacted bytes: a connect packet's auth object is shown without its values.
    const QByteArray safe = redactor.redact(bytes);
    const SocketIoPacket p = SocketIoPacket::parse(safe);
    if (!p.isValid())
        return QString();
    static const char *engine[] = {"open", "close", "ping", "pong", "message", "upgrade", "noop"};
    static const char *socket[] = {"connect", "disconnect", "event", "ack", "connect error", "binary event", "binary ack"};
    QString what = QStringLiteral("Engine.IO %1").arg(QLatin1String(engine[p.engineType]));
    if (p.socketType >= 0)
        what = QStringLiteral("Socket.IO %1").arg(QLatin1String(socket[p.socketType]));
    if (!p.eventName().isEmpty())
        what += QStringLiteral(" \"%1\"").arg(p.eventName());
    if (p.nameSpace != QLatin1String("/"))
        what += FrameDetail::tr(" in namespace %1").arg(p.nameSpace);
    if (p.ackId >= 0)
        what += FrameDetail::tr(", ack id %1").arg(p.ackId);
    if (p.attachments > 0)
        what += FrameDetail::tr(", %n binary attachment(s) follow", nullptr, p.attachments);
    QString body;
    if (p.data.isObject())
        body = QString::fromUtf8(QJsonDocument(p.data.toObject()).toJson(QJsonDocument::Indented));
    else if (p.data.isArray())
        body = QString::fromUtf8(QJsonDocument(p.data.toArray()).toJson(QJsonDocument::Indented));
    // Both come from the redacted bytes already.
    return what + QStringLiteral("\n\n") + body + QLatin1Char('\n') + FrameDetail::tr("Raw: %1").arg(decodeUtf8(safe.left(2000)));
}

// JSON, named by its "type" and pretty-printed; empty when JSON.parse would not accept it (Qt's
// parser skips a BOM that browsers reject).
QString describeJson(const QByteArray &bytes, const SecretRedactor &redactor)
{
    QJsonParseError err{};
    const QByteArray trimmed = bytes.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return QString();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || doc.isNull())
        return QString();
    QString text;
    // Home Assistant (and most JSON protocols) name their messages in "type".
    const QString type = doc.object().value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        text += (doc.object().contains(QStringLiteral("id"))
                     ? FrameDetail::tr("Message type \"%1\", id %2")
                           .arg(type, doc.object().value(QStringLiteral("id")).toVariant().toString())
                     : FrameDetail::tr("Message type \"%1\"").arg(type))
            + QStringLiteral("\n\n");
    else if (doc.isArray())
        text += FrameDetail::tr("%1 messages in one frame (coalesced)").arg(doc.array().size()) + QStringLiteral("\n\n");
    return text + redactor.redact(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString describeText(const QByteArray &bytes, const SecretRedactor &redactor)
{
    const QString text = redactor.redact(decodeUtf8(bytes));
    if (text.startsWith(QChar(0xFEFF)))
        return FrameDetail::tr("Starts with a byte order mark (EF BB BF): JSON.parse fails on it.") + QStringLiteral("\n\n")
            + text;
    return text;
}

} // namespace

QString FrameDetail::describe(const Frame &frame, const SecretRedactor &redactor)
{
    const QString head = headline(frame);
    if (frame.type == FrameType::Close)
        return head + describeClose(frame, redactor);
    // What the client recorded in words (a violation, how TCP ended), in the language chosen.
    if (frame.type == FrameType::Error)
        return head + redactor.redact(RecordedWords::read(decodeUtf8(frame.payload.toByteArray())).localized());
    if (frame.type == FrameType::Binary || !isValidUtf8(frame.payload))
        return head + describeBytes(frame, redactor);
    const QByteArray bytes = frame.payload.toByteArray();
    if (const QString packet = describeSocketIo(bytes, redactor); !packet.isEmpty())
        return head + packet;
    if (const QString json = describeJson(bytes, redactor); !json.isEmpty())
        return head + json;
    return head + describeText(bytes, redactor);
}

} // namespace tunnelscope
