#pragma once

#include "sentence.h"
#include <array>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace tunnelscope {

// The one place that keeps secrets out of what Tunnelscope writes or shows. It finds, in any
// bytes whatever their type or encoding:
// - the profile's secret values and the credentials the profile sends by value, in every
//   form the wire gives them (SecretForms: raw, percent-encoded, JSON-escaped, UTF-16, hex,
//   inside base64), also where a preview was cut inside one ("s3cr…");
// - credentials by their shape: "access_token"-like JSON fields, token= / access_token=
//   parameters, Authorization and Cookie header lines, Bearer and Basic credentials, the
//   password of a URL's user:pass@, the values of a Socket.IO connect packet's auth object.
// Text is shown with «redacted:NAME» in place of each secret; bytes shown as bytes (hex
// dumps, base64) keep their length and offsets, each secret byte replaced by '*'.
class SecretRedactor
{
public:
    // A session's redactor: its secret values, and the credentials its profile (as played)
    // sends by value, such as a literal access_token or a token in a URL.
    static SecretRedactor forSession(const QJsonObject &profileAsPlayed, const QMap<QString, QString> &secrets);

    void addSecret(const QString &name, const QString &value);
    // Every credential found in the strings of a JSON value becomes a secret of its own, so
    // that its other forms (base64, percent-encoded…) are found too.
    void learnCredentials(const QJsonValue &value);

    QString redact(const QString &text) const;
    Sentence redact(const Sentence &text) const
    {
        return text.mapped([this](const QString &t) { return redact(t); });
    }
    QByteArray redact(const QByteArray &utf8) const;
    // Each string (and key) of a JSON value, read as it is rather than as escaped JSON text.
    QJsonValue redact(const QJsonValue &value) const;
    QJsonObject redact(const QJsonObject &object) const { return redact(QJsonValue(object)).toObject(); }
    // Header values: Authorization, Cookie and the like are replaced whole.
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value) const;

    struct Masked
    {
        QByteArray bytes;          // as long as the input
        qsizetype maskedBytes = 0; // how many were replaced by MaskByte
    };
    Masked mask(QByteArrayView bytes) const;
    // Whether these bytes hold anything that redact() or mask() would hide.
    bool finds(QByteArrayView bytes) const { return !find(bytes).isEmpty(); }
    static constexpr char MaskByte = '*';

    static QString marker(const QString &name);
    // The names a credential goes by: as a JSON field or a query parameter, and as a header
    // line (also matched as a JSON field). Any case.
    static const QStringList &credentialFieldNames();
    static const QStringList &credentialHeaderNames();
    static bool isCredentialName(QStringView name);

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString name;
        int rank = 0; // which name a merged span keeps: the lowest (a declared secret's)
    };
    struct Secret
    {
        QByteArray bytes;
        bool insideBase64 = false;
        QString name;
        int rank = 0;
    };

    void addSecret(const QString &name, const QString &value, int rank);

    QList<Span> find(QByteArrayView bytes) const;
    void findSecrets(QByteArrayView bytes, QList<Span> *spans) const;
    void findCutSecrets(QByteArrayView bytes, QList<Span> *spans) const;
    // False when none of the shapes can be in these bytes.
    static bool mayHoldShapes(QByteArrayView bytes);
    static void findShapes(QByteArrayView bytes, QList<Span> *spans);
    static void findSocketIoAuth(QByteArrayView bytes, const QString &latin1, QList<Span> *spans);
    static QList<Span> merged(QList<Span> spans, QByteArrayView bytes);
    static QByteArray withMarkers(QByteArrayView bytes, const QList<Span> &spans);

    QList<Secret> m_secrets; // longest first
    // A bit for each pair of bytes some secret's form starts with (65536 bits).
    std::array<quint64, 1024> m_firstPairs{};
};

} // namespace tunnelscope
