#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace tunnelscope {

// A profile's message pattern (`expect`, a fault's `match`, `compare.critical`):
// {"text": "exact"}, {"regex": "..."}, or a JSON object whose keys must all be present in the
// message with equal values (an array value = any of its items; an object value = a nested
// pattern). A message that is a JSON array (coalesced messages) matches if one item does.
class MessageMatcher
{
    Q_DECLARE_TR_FUNCTIONS(MessageMatcher)

public:
    MessageMatcher() = default;
    // Returns an empty optional and sets `error` when the pattern cannot be used.
    static std::optional<MessageMatcher> compile(const QJsonObject &pattern, QString *error);

    bool matches(QByteArrayView payload) const;
    bool matchesJson(const QJsonValue &message) const;
    QJsonObject pattern() const { return m_pattern; }
    // A short text for summaries, e.g. {"type":"auth_invalid"}.
    QString describe() const;

private:
    enum class Kind { Json, Text, Regex };
    static bool subset(const QJsonObject &pattern, const QJsonObject &message);
    static bool valueMatches(const QJsonValue &pattern, const QJsonValue &value);

    Kind m_kind = Kind::Json;
    QJsonObject m_pattern;
    QString m_text;
    QRegularExpression m_regex;
};

} // namespace tunnelscope
