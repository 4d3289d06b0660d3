#include "deflateagreement.h"

#include "deflateoffer.h"
#include "recordedwords.h"
#include "websocketextensions.h"
#include "wirewords.h"

#include <QSet>

namespace tunnelscope {

QByteArray DeflateAgreement::header() const
{
    QByteArray out = "permessage-deflate";
    if (serverNoContextTakeover)
        out += "; server_no_context_takeover";
    if (clientNoContextTakeover)
        out += "; client_no_context_takeover";
    if (serverMaxWindowBits < 15)
        out += "; server_max_window_bits=" + QByteArray::number(serverMaxWindowBits);
    if (clientMaxWindowBits < 15)
        out += "; client_max_window_bits=" + QByteArray::number(clientMaxWindowBits);
    return out;
}

std::optional<DeflateAgreement> DeflateAgreement::fromAnswer(QByteArrayView header, const DeflateOffer &offer, QString *error)
{
    error->clear();
    QList<WebSocketExtensions::Extension> extensions;
    if (!WebSocketExtensions::parse(header, &extensions, error))
        return std::nullopt;
    if (extensions.isEmpty())
        return std::nullopt;
    if (extensions.size() > 1 || extensions.first().name != "permessage-deflate") {
        for (const auto &ext : std::as_const(extensions))
            if (ext.name != "permessage-deflate") {
                *error = RecordedWords::english(WireWords::ExtensionNotOffered).arg(QString::fromLatin1(ext.name.left(64)));
                return std::nullopt;
            }
        *error = RecordedWords::english(WireWords::DeflateAgreedTwice).arg(extensions.size());
        return std::nullopt;
    }
    DeflateAgreement a;
    if (offer.clientMaxWindowBits > 0)
        a.clientMaxWindowBits = offer.clientMaxWindowBits; // ours to keep, whatever the answer says
    QSet<QByteArray> seen;
    for (const auto &[name, value] : extensions.first().params) {
        const QString shown = QString::fromLatin1(name.left(64));
        if (seen.contains(name)) {
            *error = RecordedWords::english(WireWords::DeflateParameterRepeated).arg(shown);
            return std::nullopt;
        }
        seen.insert(name);
        bool ok = false;
        const int bits = value.toInt(&ok);
        const bool validBits = ok && bits >= 8 && bits <= 15;
        if (name == "server_no_context_takeover" && value.isNull()) {
            a.serverNoContextTakeover = true;
        } else if (name == "client_no_context_takeover" && value.isNull()) {
            a.clientNoContextTakeover = true;
        } else if (name == "server_max_window_bits" && validBits) {
            if (offer.serverMaxWindowBits > 0 && bits > offer.serverMaxWindowBits) {
                *error = RecordedWords::english(WireWords::ServerWindowAboveOffer).arg(bits).arg(offer.serverMaxWindowBits);
                return std::nullopt;
            }
            a.serverMaxWindowBits = bits;
        } else if (name == "client_max_window_bits" && validBits) {
            if (offer.clientMaxWindowBits < 0) {
                *error = RecordedWords::english(WireWords::ClientWindowNotOffered);
                return std::nullopt;
            }
            if (offer.clientMaxWindowBits > 0 && bits > offer.clientMaxWindowBits) {
                *error = RecordedWords::english(WireWords::ClientWindowAboveOffer).arg(bits).arg(offer.clientMaxWindowBits);
                return std::nullopt;
            }
            a.clientMaxWindowBits = bits;
        } else {
            *error = value.isNull()
                ? RecordedWords::english(WireWords::DeflateParameterUnknown).arg(shown)
                : RecordedWords::english(WireWords::DeflateValueUnknown).arg(shown, QString::fromLatin1(value.left(32)));
            return std::nullopt;
        }
    }
    if (offer.serverMaxWindowBits > 0 && !seen.contains("server_max_window_bits")) {
        *error = RecordedWords::english(WireWords::ServerWindowNotSaidBack).arg(offer.serverMaxWindowBits);
        return std::nullopt;
    }
    return a;
}

} // namespace tunnelscope
