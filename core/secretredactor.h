#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// The one place that keeps secrets out of what Tunnelscope writes or shows: the profile's
// secret values, Authorization header values, "access_token" fields and token= query values
// become «redacted:NAME».
class SecretRedactor
{
public:
    void addSecret(const QString &name, const QString &value);

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const;
    // Header values: Authorization, Cookie and the like are replaced whole.
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value) const;

    static QString marker(const QString &name);

private:
    QList<QPair<QString, QString>> m_secrets;  // value, name; longest value first
};

} // namespace tunnelscope
