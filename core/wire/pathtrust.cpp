#include "pathtrust.h"

#include "recordedwords.h"
#include "wirewords.h"
namespace tunnelscope {

bool PathTrust::configuration(const QString &caFile, const QList<QSslCertificate> &extra, QSslConfiguration *config,
                              QString *error)
{
    *config = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = RecordedWords::english(WireWords::NoCaCertificate).arg(caFile);
            return false;
        }
        config->addCaCertificates(certificates);
    }
    if (!extra.isEmpty())
        config->addCaCertificates(extra);
    return true;
}

} // namespace tunnelscope
