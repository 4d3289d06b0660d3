#include "pathtrust.h"

namespace tunnelscope {

bool PathTrust::configuration(const QString &caFile, const QList<QSslCertificate> &extra, QSslConfiguration *config,
                              QString *error)
{
    *config = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = QStringLiteral("no PEM certificate could be read from the CA file %1").arg(caFile);
            return false;
        }
        config->addCaCertificates(certificates);
    }
    if (!extra.isEmpty())
        config->addCaCertificates(extra);
    return true;
}

} // namespace tunnelscope
