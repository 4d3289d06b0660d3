#pragma once

#include "sentence.h"

#include <QByteArray>
#include <QString>

#include "utf8.h"

namespace tunnelscope {

// What a close frame's payload says (RFC 6455 §5.5.1, §7.4), and what close codes mean.
struct ClosePayload
{
    bool hasCode = false;
    quint16 code = 0; // when hasCode
    QByteArray reason;
    QString problem; // empty when the payload is valid on the wire

    static ClosePayload parse(const QByteArray &payload);

    // The code an application sees: the status, or 1005 when the frame carried none.
    quint16 effectiveCode() const { return hasCode ? code : quint16(1005); }

    // 1005, 1006 and 1015 only describe what happened; sending them is a protocol error,
    // as is any code outside the assigned/registered/private ranges.
    static bool isAllowedOnWire(quint16 code);
    // "normal", "abnormal (no close frame)", ... for summaries and tooltips.
    static QString describe(quint16 code);
    // The same, in the language chosen too.
    static Sentence meaning(quint16 code);

private:
    static const char *name(quint16 code);
};

} // namespace tunnelscope
