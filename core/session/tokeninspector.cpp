#include "tokeninspector.h"

#include "recordedwords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace tunnelscope {

std::optional<QDateTime> TokenInspector::jwtExpiry(const QString &token)
{
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 || parts[1].isEmpty())
        return std::nullopt;
    const auto decoded
        = QByteArray::fromBase64Encoding(parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    if (!payload.value(QStringLiteral("exp")).isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(payload.value(QStringLiteral("exp")).toDouble()), Qt::UTC);
}

QStringList TokenInspector::expiredTokens(const QList<QPair<QByteArray, QByteArray>> &headers, const QUrl &url,
                                          const QDateTime &now)
{
    QStringList out;
    auto check = [&](const QString &token, const QString &where) {
        const auto exp = jwtExpiry(token);
        if (exp && *exp < now)
            out << RecordedWords::english(RecordedWords::TokenExpired, where, exp->toString(Qt::ISODate));
    };
    for (const auto &h : headers) {
        const QString value = QString::fromUtf8(h.second);
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0
            && value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
            check(value.mid(7), RecordedWords::english(RecordedWords::TokenInAuthorization));
    }
    const QUrlQuery query(url);
    for (const char *name : {"token", "access_token"})
        if (query.hasQueryItem(QLatin1String(name)))
            check(query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded),
                  RecordedWords::english(RecordedWords::TokenInQuery, QLatin1String(name)));
    return out;
}

} // namespace tunnelscope
