#pragma once

#include <QByteArray>
#include <optional>

namespace tunnelscope {

struct DeflateAgreement;

// A permessage-deflate offer (RFC 7692 §7.1): what a client asks for in
// Sec-WebSocket-Extensions, and what a server reads from it.
struct DeflateOffer
{
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 0;  // 0: not asked; else 8..15
    int clientMaxWindowBits = -1; // -1: not sent; 0: sent without a value (the server may choose); else 8..15

    QByteArray header() const;
    // The first valid permessage-deflate offer in a client's header (a server reading a request).
    static std::optional<DeflateOffer> fromRequest(QByteArrayView header);
    // What a server that takes the offer as it stands agrees to.
    DeflateAgreement accepted() const;
};

} // namespace tunnelscope
