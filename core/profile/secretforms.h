#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tunnelscope {

// The shapes one secret value takes on the wire: its UTF-8 bytes, percent-encoded (as URLs
// and forms carry it), JSON-escaped, UTF-16, hex, and inside base64 at any of the three
// byte alignments (a Basic credential, a base64 JSON field). A redactor looks for all of them.
class SecretForms
{
public:
    struct Form
    {
        QByteArray bytes;
        // The bytes are the part of a base64 text that only this value determines: whatever
        // base64 run holds them carries the secret.
        bool insideBase64 = false;
    };

    static QList<Form> of(const QString &value);

private:
    static QList<QByteArray> percentEncoded(const QString &value);
    static QList<QByteArray> jsonEscaped(const QString &value);
    static QByteArray jsonEscaped(const QString &value, bool escapeSlash, bool asciiOnly, bool upperHex);
    static QList<QByteArray> base64Cores(const QByteArray &utf8);
};

} // namespace tunnelscope
