#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace tunnelscope {

struct DeflateOffer;

// The permessage-deflate parameters both ends use once a server has answered an offer
// (RFC 7692 §7.1): whether each side starts every message with an empty window, and the
// largest window each side's compressor may use.
struct DeflateAgreement
{
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 15;
    int clientMaxWindowBits = 15;

    // The answer a server writes.
    QByteArray header() const;
    // The server's Sec-WebSocket-Extensions read against the client's offer. No value and no
    // error: the server declined (or the header is empty). An error names what breaks RFC 7692
    // or RFC 6455 §9.1 (an extension that was not offered, a parameter out of range…).
    static std::optional<DeflateAgreement> fromAnswer(QByteArrayView header, const DeflateOffer &offer, QString *error);

    bool operator==(const DeflateAgreement &other) const = default;
};

} // namespace tunnelscope
