#include "closepayload.h"

#include "recordedwords.h"
#include "wirewords.h"
#include <QCoreApplication>
#include <QtEndian>

namespace tunnelscope {

ClosePayload ClosePayload::parse(const QByteArray &payload)
{
    ClosePayload c;
    if (payload.isEmpty())
        return c;
    if (payload.size() == 1) {
        c.problem = RecordedWords::english(WireWords::CloseOneByte);
        return c;
    }
    c.hasCode = true;
    c.code = qFromBigEndian<quint16>(payload.constData());
    c.reason = QByteArray(payload.constData() + 2, payload.size() - 2); // a copy, never a view of the caller's buffer
    if (!isAllowedOnWire(c.code))
        c.problem = RecordedWords::english(WireWords::CloseCodeNotOnWire).arg(c.code).arg(describe(c.code));
    else if (!isValidUtf8(c.reason))
        c.problem = RecordedWords::english(WireWords::CloseReasonNotUtf8);
    return c;
}

bool ClosePayload::isAllowedOnWire(quint16 code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return code >= 1000 && code <= 1014 && code != 1004 && code != 1005 && code != 1006;
}

const char *ClosePayload::name(quint16 code)
{
    switch (code) {
    case 1000:
        return QT_TRANSLATE_NOOP("ClosePayload", "normal");
    case 1001:
        return QT_TRANSLATE_NOOP("ClosePayload", "going away");
    case 1002:
        return QT_TRANSLATE_NOOP("ClosePayload", "protocol error");
    case 1003:
        return QT_TRANSLATE_NOOP("ClosePayload", "unsupported data");
    case 1005:
        return QT_TRANSLATE_NOOP("ClosePayload", "no status");
    case 1006:
        return QT_TRANSLATE_NOOP("ClosePayload", "abnormal, no close frame");
    case 1007:
        return QT_TRANSLATE_NOOP("ClosePayload", "invalid payload data");
    case 1008:
        return QT_TRANSLATE_NOOP("ClosePayload", "policy violation");
    case 1009:
        return QT_TRANSLATE_NOOP("ClosePayload", "message too big");
    case 1010:
        return QT_TRANSLATE_NOOP("ClosePayload", "extension required");
    case 1011:
        return QT_TRANSLATE_NOOP("ClosePayload", "internal error");
    case 1012:
        return QT_TRANSLATE_NOOP("ClosePayload", "service restart");
    case 1013:
        return QT_TRANSLATE_NOOP("ClosePayload", "try again later");
    case 1014:
        return QT_TRANSLATE_NOOP("ClosePayload", "bad gateway");
    case 1015:
        return QT_TRANSLATE_NOOP("ClosePayload", "TLS handshake failure");
    default:
        break;
    }
    if (code >= 3000 && code <= 3999)
        return QT_TRANSLATE_NOOP("ClosePayload", "registered");
    if (code >= 4000 && code <= 4999)
        return QT_TRANSLATE_NOOP("ClosePayload", "private");
    return QT_TRANSLATE_NOOP("ClosePayload", "reserved");
}

QString ClosePayload::describe(quint16 code)
{
    return QString::fromLatin1(name(code));
}

Sentence ClosePayload::meaning(quint16 code)
{
    return Sentence::translate("ClosePayload", name(code));
}

} // namespace tunnelscope
