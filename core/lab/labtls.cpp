#include "labtls.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>

namespace tunnelscope {

QString LabTls::certificatePath()
{
    return QStringLiteral(":/lab/tls/lab.crt");
}

QList<QSslCertificate> LabTls::certificates()
{
    return QSslCertificate::fromPath(certificatePath(), QSsl::Pem);
}

bool LabTls::serverConfiguration(QSslConfiguration *config, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("a wss:// lab needs TLS, and Qt found no TLS backend (%1); install OpenSSL 3")
                     .arg(QSslSocket::sslLibraryBuildVersionString());
        return false;
    }
    const QList<QSslCertificate> certs = certificates();
    QFile keyFile(QStringLiteral(":/lab/tls/lab.key"));
    QSslKey key;
    if (keyFile.open(QIODevice::ReadOnly))
        key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (certs.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the lab's TLS certificate or key is missing from this build");
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificate(certs.first());
    config->setPrivateKey(key);
    // Lab endpoints do not ask clients for certificates.
    config->setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

QSslServer *LabTls::makeServer(const QSslConfiguration &config, QObject *parent)
{
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(config);
    server->setHandshakeTimeout(10000);
    return server;
}

QSslConfiguration LabTls::clientConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(certificates());
    return config;
}

QString LabTls::exportCertificate(QString *error)
{
    const QList<QSslCertificate> certs = certificates();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (certs.isEmpty() || dir.isEmpty() || !QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot write the lab certificate to the cache directory \"%1\"").arg(dir);
        return QString();
    }
    const QString path = QDir(dir).filePath(QStringLiteral("lab.crt"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(certs.first().toPem()) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return QString();
    }
    return path;
}

} // namespace tunnelscope
