#include "proxyenvironment.h"

#include <QHostAddress>

namespace tunnelscope {

ProxyEnvironment::ProxyEnvironment(QProcessEnvironment environment) : m_environment(std::move(environment)) { }

QString ProxyEnvironment::value(const char *lower, const char *upper) const
{
    const QString v = m_environment.value(QLatin1String(lower));
    if (!v.isEmpty() || !upper)
        return v;
    return m_environment.value(QLatin1String(upper));
}

QUrl ProxyEnvironment::proxyFor(const QUrl &target, QString *variable) const
{
    const QString noProxy = value("no_proxy", "NO_PROXY");
    if (exempts(noProxy, target.host()))
        return QUrl();
    const bool secure = target.scheme() == QLatin1String("wss");
    // curl reads HTTP_PROXY in upper case for no scheme: a CGI program's request header
    // "Proxy:" arrives as HTTP_PROXY (httpoxy).
    struct Candidate
    {
        const char *lower;
        const char *upper;
    };
    const Candidate candidates[] = {secure ? Candidate{"https_proxy", "HTTPS_PROXY"} : Candidate{"http_proxy", nullptr},
                                    Candidate{"all_proxy", "ALL_PROXY"}};
    for (const Candidate &c : candidates) {
        for (const char *name : {c.lower, c.upper}) {
            const QString text = name ? m_environment.value(QLatin1String(name)) : QString();
            if (text.isEmpty())
                continue;
            QString problem;
            const QUrl proxy = parse(text, &problem);
            if (proxy.isEmpty())
                continue;
            if (variable)
                *variable = QLatin1String(name);
            return proxy;
        }
    }
    return QUrl();
}

bool ProxyEnvironment::exempts(const QString &noProxy, const QString &host)
{
    const QString name = host.toLower();
    const QHostAddress address(name);
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
            entry = entry.mid(1, entry.size() - 2);
        if (!address.isNull()) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (entry.contains(QLatin1Char('/')) && !subnet.first.isNull() && address.isInSubnet(subnet))
                return true;
            if (QHostAddress(entry) == address)
                return true;
            continue;
        }
        if (entry.startsWith(QLatin1Char('.')))
            entry = entry.mid(1);
        // A port in the entry ("example.com:8080") is not compared, as curl does not.
        entry = entry.section(QLatin1Char(':'), 0, 0);
        if (!entry.isEmpty() && (name == entry || name.endsWith(QLatin1Char('.') + entry)))
            return true;
    }
    return false;
}

QUrl ProxyEnvironment::parse(const QString &text, QString *problem)
{
    QString written = text.trimmed();
    if (!written.contains(QLatin1String("://")))
        written.prepend(QStringLiteral("http://"));
    QUrl url(written, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("socks5h"))
        url.setScheme(QStringLiteral("socks5"));
    if (!url.isValid() || url.host().isEmpty()) {
        *problem = tr("\"%1\" is not a proxy URL (write http://host:port or socks5://host:port)")
                       .arg(QUrl(written).toString(QUrl::RemoveUserInfo));
        return QUrl();
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("socks5")) {
        *problem = tr("a %1:// proxy is not supported (use http:// for CONNECT, or socks5://)").arg(url.scheme());
        return QUrl();
    }
    return url;
}

} // namespace tunnelscope
