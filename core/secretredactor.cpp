#include "secretredactor.h"

#include "utf8.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace tunnelscope {

QString SecretRedactor::marker(const QString &name)
{
    return QStringLiteral("«redacted:%1»").arg(name);
}

void SecretRedactor::addSecret(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return;
    m_secrets.append({value, name});
    // The percent-encoded form is what reaches URLs.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value)
        m_secrets.append({encoded, name});
    // Longer values first, so a secret that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QString SecretRedactor::redact(const QString &text) const
{
    QString out = text;
    for (const auto &s : m_secrets)
        out.replace(s.first, marker(s.second));
    static const QRegularExpression accessToken(
        QStringLiteral("(\"access_token\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|$)"));
    static const QRegularExpression queryToken(
        QStringLiteral("([?&;](?:access_token|token)=)([^&#\\s\"'<>]+)"));
    static const QRegularExpression bearer(
        QStringLiteral("(\\b(?:Bearer|Basic)\\s+)([A-Za-z0-9._~+/=-]{8,})"));
    static const QString alreadyRedacted = QStringLiteral("«redacted:");
    auto replaceGroup = [](QString &s, const QRegularExpression &re, const QString &name) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(2).startsWith(alreadyRedacted))
                continue;
            result += QStringView(s).mid(last, m.capturedStart(2) - last);
            result += marker(name);
            last = m.capturedEnd(2);
        }
        if (last == 0)
            return;
        result += QStringView(s).mid(last);
        s = result;
    };
    replaceGroup(out, accessToken, QStringLiteral("access_token"));
    redactSocketIoAuth(out);
    replaceGroup(out, queryToken, QStringLiteral("token"));
    replaceGroup(out, bearer, QStringLiteral("credentials"));
    return out;
}

void SecretRedactor::redactSocketIoAuth(QString &text)
{
    // A Socket.IO connect packet carries the client's auth object: "40{...}" or
    // "40/admin,{...}". Its string values go (all but the server's "sid"), nested objects'
    // too, also in a cut-off preview.
    static const QRegularExpression connect(QStringLiteral("(?:^|[^0-9])40(?:/[^,\\s\"]*,)?\\{"));
    static const QRegularExpression value(QStringLiteral("(\"(?!sid\")[^\"\\\\]*\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"|$)"));
    static const QString name = QStringLiteral("socketio_auth");
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch m = connect.match(text, from);
        if (!m.hasMatch())
            return;
        const qsizetype start = m.capturedEnd();
        // The object ends at its own "}", strings and nested objects skipped (or at the text's end).
        qsizetype end = start;
        for (int depth = 0, inString = 0; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++end;
                else if (c == QLatin1Char('"'))
                    inString = 0;
            } else if (c == QLatin1Char('"')) {
                inString = 1;
            } else if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}') && depth-- == 0) {
                break;
            }
        }
        end = std::min(end, text.size());
        QString segment = text.mid(start, end - start);
        QString result;
        qsizetype last = 0;
        auto it = value.globalMatch(segment);
        while (it.hasNext()) {
            const auto v = it.next();
            if (v.captured(2).startsWith(QStringLiteral("«redacted:")))
                continue;
            result += QStringView(segment).mid(last, v.capturedStart(2) - last);
            result += marker(name);
            last = v.capturedEnd(2);
        }
        result += QStringView(segment).mid(last);
        text.replace(start, end - start, result);
        from = start + result.size();
    }
}

QJsonValue SecretRedactor::redact(const QJsonValue &value) const
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redact(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // What the text patterns find as "key":"value" is here a key and a value apart.
            const QByteArray key = it.key().toLatin1();
            if (it.value().isString() && key.toLower() == "access_token")
                out.insert(it.key(), marker(QStringLiteral("access_token")));
            else if (it.value().isString())
                out.insert(redact(it.key()), QString::fromUtf8(redactHeader(key, it.value().toString().toUtf8())));
            else
                out.insert(redact(it.key()), redact(it.value()));
        }
        return out;
    }
    return value;
}

QByteArray SecretRedactor::redact(const QByteArray &utf8) const
{
    return redact(decodeUtf8(utf8)).toUtf8();
}

QByteArray SecretRedactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower == "x-api-key")
        return marker(QString::fromLatin1(name)).toUtf8();
    return redact(value);
}

} // namespace tunnelscope
