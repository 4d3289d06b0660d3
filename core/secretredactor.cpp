#include "secretredactor.h"

#include "utf8.h"

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
        QStringLiteral("(\"access_token\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"));
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
    replaceGroup(out, queryToken, QStringLiteral("token"));
    replaceGroup(out, bearer, QStringLiteral("credentials"));
    return out;
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
