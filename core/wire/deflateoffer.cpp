#include "deflateoffer.h"

#include "deflateagreement.h"
#include "websocketextensions.h"

namespace tunnelscope {

namespace {
bool readBits(const QByteArray &value, int *bits)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 8 || n > 15)
        return false;
    *bits = n;
    return true;
}
} // namespace

QByteArray DeflateOffer::header() const
{
    QByteArray out = "permessage-deflate";
    if (serverNoContextTakeover)
        out += "; server_no_context_takeover";
    if (clientNoContextTakeover)
        out += "; client_no_context_takeover";
    if (serverMaxWindowBits > 0)
        out += "; server_max_window_bits=" + QByteArray::number(serverMaxWindowBits);
    if (clientMaxWindowBits == 0)
        out += "; client_max_window_bits";
    else if (clientMaxWindowBits > 0)
        out += "; client_max_window_bits=" + QByteArray::number(clientMaxWindowBits);
    return out;
}

std::optional<DeflateOffer> DeflateOffer::fromRequest(QByteArrayView header)
{
    QList<WebSocketExtensions::Extension> extensions;
    QString error;
    if (!WebSocketExtensions::parse(header, &extensions, &error))
        return std::nullopt;
    for (const auto &ext : std::as_const(extensions)) {
        if (ext.name != "permessage-deflate")
            continue;
        DeflateOffer offer;
        bool valid = true;
        for (const auto &[name, value] : ext.params) {
            if (name == "server_no_context_takeover" && value.isNull())
                offer.serverNoContextTakeover = true;
            else if (name == "client_no_context_takeover" && value.isNull())
                offer.clientNoContextTakeover = true;
            else if (name == "server_max_window_bits")
                valid = valid && readBits(value, &offer.serverMaxWindowBits);
            else if (name == "client_max_window_bits" && value.isNull())
                offer.clientMaxWindowBits = 0;
            else if (name == "client_max_window_bits")
                valid = valid && readBits(value, &offer.clientMaxWindowBits);
            else
                valid = false;
        }
        if (valid)
            return offer; // §7.1: a server declines an offer it cannot read and looks at the next
    }
    return std::nullopt;
}

DeflateAgreement DeflateOffer::accepted() const
{
    DeflateAgreement a;
    a.serverNoContextTakeover = serverNoContextTakeover;
    a.clientNoContextTakeover = clientNoContextTakeover;
    if (serverMaxWindowBits > 0)
        a.serverMaxWindowBits = serverMaxWindowBits;
    if (clientMaxWindowBits > 0)
        a.clientMaxWindowBits = clientMaxWindowBits;
    return a;
}

} // namespace tunnelscope
