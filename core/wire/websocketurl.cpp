#include "websocketurl.h"

#include <QUrl>

namespace tunnelscope {

QString WebSocketUrl::problem(const QString &text)
{
    return problem(QUrl(text), text);
}

QString WebSocketUrl::problem(const QUrl &url, const QString &text)
{
    QString why;
    const QString scheme = url.scheme().toLower();
    if (text.trimmed().isEmpty())
        why = tr("it is empty");
    else if (!url.isValid())
        why = url.errorString().contains(QLatin1String("port"), Qt::CaseInsensitive)
            ? tr("its port is not a number from 1 to 65535")
            : tr("it does not parse as a URL");
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        why = tr("%1:// is for plain HTTP; the same server's WebSocket URL starts with %2://")
                  .arg(scheme, scheme == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    else if (scheme.isEmpty())
        why = tr("it has no scheme");
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        why = tr("its scheme is %1").arg(scheme);
    else if (url.host().isEmpty())
        why = tr("it has no host");
    if (why.isEmpty())
        return QString();
    return tr("\"%1\" is not a WebSocket URL (%2): write ws://HOST[:PORT]/PATH, or wss:// for TLS").arg(text.left(200), why);
}

} // namespace tunnelscope
