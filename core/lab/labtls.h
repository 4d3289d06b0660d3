#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

class QObject;
class QSslServer;

namespace tunnelscope {

// The lab's TLS identity for wss:// labs: a self-signed certificate for 127.0.0.1 and
// localhost, made by the build (each build has its own key, none is in the sources) and
// built into the program. Only lab paths trust it, through their CA certificates; the system
// store is never changed.
class LabTls
{
public:
    // Where the certificate is, as a CA file a path can name.
    static QString certificatePath();
    static QList<QSslCertificate> certificates();
    // For the lab's listeners; `error` says what is missing when the identity cannot load.
    static bool serverConfiguration(QSslConfiguration *config, QString *error);
    // A TLS listener with this identity, for the endpoint and the tunnel; it queues a
    // connection (pendingConnectionAvailable) once its handshake is done, and drops a client
    // that does not finish one within 10 s.
    static QSslServer *makeServer(const QSslConfiguration &config, QObject *parent);
    // For a lab client (the tunnel towards the endpoint): verified against the lab certificate.
    static QSslConfiguration clientConfiguration();
    // Writes the certificate (never the key) where other clients can be told to trust it:
    // the user's cache directory. Returns its path, or empty with `error` set.
    static QString exportCertificate(QString *error);
};

} // namespace tunnelscope
