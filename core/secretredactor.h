#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// The one place that keeps secrets out of what Tunnelscope writes or shows: the profile's
// secret values, Authorization header values, "access_token" fields, token= query values and
// the values of a Socket.IO connect packet's auth object become «redacted:NAME».
class SecretRedactor
{
public:
    void addSecret(const QString &name, const QString &value);

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const;
    // Each string (and key) of a JSON value, read as it is rather than as escaped JSON text.
    QJsonValue redact(const QJsonValue &value) const;
    QJsonObject redact(const QJsonObject &object) const { return redact(QJsonValue(object)).toObject(); }
    // Header values: Authorization, Cookie and the like are replaced whole.
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value) const;

    static QString marker(const QString &name);

private:
    static void redactSocketIoAuth(QString &text);

    QList<QPair<QString, QString>> m_secrets;  // value, name; longest value first
};

} // namespace tunnelscope
