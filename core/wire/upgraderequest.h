#pragma once

#include "deflateagreement.h"
#include "deflateoffer.h"
#include "httpresponsehead.h"

#include <QStringList>
#include <QUrl>

namespace tunnelscope {

// The client's HTTP upgrade (RFC 6455 §4.1) and the checks of the server's answer.
class UpgradeRequest
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    UpgradeRequest(const QUrl &url, const Headers &extraHeaders, const QStringList &subprotocols, QByteArray key = QByteArray());

    // Offer permessage-deflate (RFC 7692) with these parameters; before bytes().
    void offerDeflate(const DeflateOffer &offer) { m_deflate = offer; }

    QByteArray bytes() const;
    QByteArray key() const { return m_key; }

    // Empty when the answer completes the upgrade; otherwise the cause in plain words.
    QString checkAnswer(const HttpResponseHead &answer) const;
    // What an answer that passed checkAnswer() agreed to: no value when it declined compression.
    std::optional<DeflateAgreement> deflateAgreement(const HttpResponseHead &answer) const;

    static QByteArray acceptFor(const QByteArray &key);
    static QByteArray newKey();

private:
    QUrl m_url;
    Headers m_headers;
    QStringList m_subprotocols;
    QByteArray m_key;
    std::optional<DeflateOffer> m_deflate;

    // The offer made: ours, or one the profile wrote as a header of its own.
    std::optional<DeflateOffer> offerMade() const;
    QByteArray userHeader(QByteArrayView name) const;
};

} // namespace tunnelscope
