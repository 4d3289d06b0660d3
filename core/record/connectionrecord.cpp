#include "connectionrecord.h"

namespace tunnelscope {

HandshakeRecord::Headers HandshakeRecord::headersFromJson(const QJsonArray &pairs)
{
    Headers headers;
    for (const QJsonValue &v : pairs)
        headers.append({v.toArray().at(0).toString().toLatin1(), v.toArray().at(1).toString().toUtf8()});
    return headers;
}

QString CloseRecord::initiatorName(Initiator i)
{
    switch (i) {
    case Initiator::Client:
        return QStringLiteral("client");
    case Initiator::Server:
        return QStringLiteral("server");
    case Initiator::None:
        break;
    }
    return QStringLiteral("none");
}

QString CloseRecord::tcpEndedByName(TcpEndedBy by)
{
    switch (by) {
    case TcpEndedBy::Peer:
        return QStringLiteral("peer");
    case TcpEndedBy::Client:
        return QStringLiteral("client");
    case TcpEndedBy::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CloseRecord::TcpEndedBy CloseRecord::tcpEndedByFromName(const QString &name)
{
    if (name == QLatin1String("peer"))
        return TcpEndedBy::Peer;
    if (name == QLatin1String("client"))
        return TcpEndedBy::Client;
    return TcpEndedBy::Unknown;
}

} // namespace tunnelscope
