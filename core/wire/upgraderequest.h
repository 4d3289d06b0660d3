#pragma once

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

    QByteArray bytes() const;
    QByteArray key() const { return m_key; }

    // Empty when the answer completes the upgrade; otherwise the cause in plain words.
    QString checkAnswer(const HttpResponseHead &answer) const;

    static QByteArray acceptFor(const QByteArray &key);
    static QByteArray newKey();

private:
    QUrl m_url;
    Headers m_headers;
    QStringList m_subprotocols;
    QByteArray m_key;
};

} // namespace tunnelscope
