#include "socketiopacket.h"

#include "recordedwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tunnelscope {

QString SocketIoPacket::eventName() const
{
    if (engineType != Message || (socketType != Event && socketType != BinaryEvent))
        return QString();
    return data.toArray().at(0).toString();
}

SocketIoPacket SocketIoPacket::parse(QByteArrayView text)
{
    SocketIoPacket p;
    if (text.isEmpty() || text[0] < '0' || text[0] > '6') {
        p.error = RecordedWords::english(RecordedWords::EngineIoNoType);
        return p;
    }
    p.engineType = text[0] - '0';
    qsizetype i = 1;
    auto json = [&](QByteArrayView rest) -> bool {
        if (rest.isEmpty())
            return true;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(rest.toByteArray(), &err);
        if (err.error != QJsonParseError::NoError) {
            p.error = RecordedWords::english(RecordedWords::PacketNotJson, err.offset);
            return false;
        }
        p.data = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return true;
    };
    if (p.engineType != Message) {
        if (p.engineType == Open && !json(text.sliced(1)))
            return p;
        if (p.engineType == Open && !p.data.isObject())
            p.error = RecordedWords::english(RecordedWords::OpenWithoutObject);
        return p;
    }
    if (i >= text.size()) {
        p.error = RecordedWords::english(RecordedWords::MessageWithoutSocketIoType);
        return p;
    }
    if (text[i] < '0' || text[i] > '6') {
        p.error = RecordedWords::english(RecordedWords::UnknownSocketIoType, QString(QLatin1Char(text[i])));
        return p;
    }
    p.socketType = text[i++] - '0';
    if (p.socketType == BinaryEvent || p.socketType == BinaryAck) {
        const qsizetype dash = text.indexOf('-', i);
        bool ok = false;
        p.attachments = dash > i ? text.sliced(i, dash - i).toByteArray().toInt(&ok) : 0;
        if (!ok) {
            p.error = RecordedWords::english(RecordedWords::BinaryWithoutCount);
            return p;
        }
        i = dash + 1;
    }
    if (i < text.size() && text[i] == '/') {
        const qsizetype comma = text.indexOf(',', i);
        if (comma < 0) {
            p.error = RecordedWords::english(RecordedWords::NamespaceUnended);
            return p;
        }
        p.nameSpace = QString::fromUtf8(text.sliced(i, comma - i));
        i = comma + 1;
    }
    const qsizetype idStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    if (i > idStart)
        p.ackId = text.sliced(idStart, i - idStart).toByteArray().toLongLong();
    if (!json(text.sliced(i)))
        return p;
    if ((p.socketType == Event || p.socketType == BinaryEvent)
        && (!p.data.isArray() || p.data.toArray().isEmpty() || !p.data.toArray().at(0).isString()))
        p.error = RecordedWords::english(RecordedWords::EventWithoutArray);
    else if ((p.socketType == Ack || p.socketType == BinaryAck) && (p.ackId < 0 || !p.data.isArray()))
        p.error = RecordedWords::english(RecordedWords::AckWithoutArray);
    else if (p.socketType == ConnectError && !p.data.isObject())
        p.error = RecordedWords::english(RecordedWords::ConnectErrorWithoutObject);
    return p;
}

QByteArray SocketIoPacket::event(const QJsonArray &nameAndArgs, qint64 ackId, const QString &nameSpace)
{
    QByteArray out = "42";
    if (!nameSpace.isEmpty() && nameSpace != QLatin1String("/"))
        out += nameSpace.toUtf8() + ',';
    if (ackId >= 0)
        out += QByteArray::number(ackId);
    return out + QJsonDocument(nameAndArgs).toJson(QJsonDocument::Compact);
}

} // namespace tunnelscope
