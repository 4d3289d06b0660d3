#include "deflateagreement.h"

#include "deflateoffer.h"
#include "websocketextensions.h"

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
                *error = QStringLiteral("the server agreed to the extension \"%1\", which was not offered")
                             .arg(QString::fromLatin1(ext.name.left(64)));
                return std::nullopt;
            }
        *error = QStringLiteral("the server agreed to permessage-deflate %1 times (it was offered once)").arg(extensions.size());
        return std::nullopt;
    }
    DeflateAgreement a;
    if (offer.clientMaxWindowBits > 0)
        a.clientMaxWindowBits = offer.clientMaxWindowBits; // ours to keep, whatever the answer says
    QSet<QByteArray> seen;
    for (const auto &[name, value] : extensions.first().params) {
        const QString shown = QString::fromLatin1(name.left(64));
        if (seen.contains(name)) {
            *error = QStringLiteral("the server's permessage-deflate answer repeats %1").arg(shown);
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
                *error = QStringLiteral("the server answered server_max_window_bits=%1, more than the %2 offered")
                             .arg(bits)
                             .arg(offer.serverMaxWindowBits);
                return std::nullopt;
            }
            a.serverMaxWindowBits = bits;
        } else if (name == "client_max_window_bits" && validBits) {
            if (offer.clientMaxWindowBits < 0) {
                *error = QStringLiteral("the server answered client_max_window_bits, which the client did not offer");
                return std::nullopt;
            }
            if (offer.clientMaxWindowBits > 0 && bits > offer.clientMaxWindowBits) {
                *error = QStringLiteral("the server answered client_max_window_bits=%1, more than the %2 offered")
                             .arg(bits)
                             .arg(offer.clientMaxWindowBits);
                return std::nullopt;
            }
            a.clientMaxWindowBits = bits;
        } else {
            *error = value.isNull()
                ? QStringLiteral("the server's permessage-deflate answer has the parameter %1, which is unknown or needs a value")
                      .arg(shown)
                : QStringLiteral("the server's permessage-deflate answer has %1=\"%2\", which is unknown or out of range")
                      .arg(shown, QString::fromLatin1(value.left(32)));
            return std::nullopt;
        }
    }
    if (offer.serverMaxWindowBits > 0 && !seen.contains("server_max_window_bits")) {
        *error = QStringLiteral("the server accepted server_max_window_bits=%1 without saying it back (RFC 7692 §7.1.2.1)")
                     .arg(offer.serverMaxWindowBits);
        return std::nullopt;
    }
    return a;
}

} // namespace tunnelscope
