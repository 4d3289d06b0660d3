#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tunnelscope {

// The one judgement of a WebSocket URL, worded the same wherever a URL is given: a profile's
// direct.url and tunnel.url, --direct and --tunnel, the window's URL fields.
class WebSocketUrl
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketUrl)

public:
    // Empty when `text` is a ws:// or wss:// URL with a host and a valid port; otherwise the
    // sentence that says why not and how to write one.
    static QString problem(const QString &text);
    // The same for a URL already parsed (a profile's, with its {{secrets}} filled in), shown
    // in the sentence as `shown` (as written, so no secret is repeated).
    static QString problem(const QUrl &url, const QString &shown);
};

} // namespace tunnelscope
