#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace tunnelscope {

// The proxy a URL goes through when nothing else says, chosen from the environment as curl
// chooses it: `http_proxy` (lower case only) for ws://, `https_proxy` / `HTTPS_PROXY` for
// wss://, else `all_proxy` / `ALL_PROXY`; none for a host `no_proxy` / `NO_PROXY` lists
// ("*" for every host, a name for it and its subdomains, an address, or a CIDR range).
class ProxyEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ProxyEnvironment)

public:
    explicit ProxyEnvironment(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // The proxy for `target`, or an empty URL; `variable` gets the variable it came from.
    QUrl proxyFor(const QUrl &target, QString *variable = nullptr) const;
    // Whether a no_proxy list (comma separated) exempts this host.
    static bool exempts(const QString &noProxy, const QString &host);
    // A proxy URL as a user may write it: "host:port" means http://host:port; socks5h:// is
    // taken as socks5:// (the proxy always resolves the target's name). Empty with `problem`
    // set when it cannot be used.
    static QUrl parse(const QString &text, QString *problem);

private:
    QString value(const char *lower, const char *upper) const;

    QProcessEnvironment m_environment;
};

} // namespace tunnelscope
