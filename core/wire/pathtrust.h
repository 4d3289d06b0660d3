#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace tunnelscope {

// The certificates a path trusts: the system store, the path's own CA file (`ca_file`) and
// any certificates given for it (the lab's, on the lab's URLs). Built in one place, so the
// WebSocket, the HTTP calls made beside it and the lab tunnel's upstream trust the same.
class PathTrust
{
public:
    // False, with `error` naming the file, when the CA file holds no PEM certificate.
    static bool configuration(const QString &caFile, const QList<QSslCertificate> &extra, QSslConfiguration *config,
                              QString *error);
};

} // namespace tunnelscope
