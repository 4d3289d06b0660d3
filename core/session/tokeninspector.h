#pragma once

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace tunnelscope {

// Looks at the tokens a session will send (Authorization: Bearer, token= / access_token= in
// the URL) without ever printing them: a JWT whose "exp" has passed explains a 401/403 or an
// auth_invalid better than any tunnel could.
class TokenInspector
{
public:
    // The expiry of a JWT (header.payload.signature, base64url), if it is one and has "exp".
    static std::optional<QDateTime> jwtExpiry(const QString &token);
    // One sentence per expired token found in these header values and this URL.
    static QStringList expiredTokens(const QList<QPair<QByteArray, QByteArray>> &headers, const QUrl &url,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace tunnelscope
