#include "messagematcher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "socketiopacket.h"
#include "utf8.h"

namespace tunnelscope {

std::optional<MessageMatcher> MessageMatcher::compile(const QJsonObject &pattern, QString *error)
{
    MessageMatcher m;
    m.m_pattern = pattern;
    if (pattern.size() == 1 && pattern.contains(QStringLiteral("text"))) {
        if (!pattern.value(QStringLiteral("text")).isString()) {
            *error = tr("\"text\" must be a string (the exact text of the message)");
            return std::nullopt;
        }
        m.m_kind = Kind::Text;
        m.m_text = pattern.value(QStringLiteral("text")).toString();
    } else if (pattern.size() == 1 && pattern.contains(QStringLiteral("regex"))) {
        m.m_kind = Kind::Regex;
        m.m_regex = QRegularExpression(pattern.value(QStringLiteral("regex")).toString());
        if (!pattern.value(QStringLiteral("regex")).isString() || !m.m_regex.isValid()) {
            *error = tr("\"regex\" is not a valid regular expression: %1").arg(m.m_regex.errorString());
            return std::nullopt;
        }
    } else if (pattern.isEmpty()) {
        *error = tr("an empty pattern matches every message; name at least one key");
        return std::nullopt;
    }
    return m;
}

bool MessageMatcher::matches(QByteArrayView payload) const
{
    switch (m_kind) {
    case Kind::Text:
        return decodeUtf8(payload) == m_text;
    case Kind::Regex:
        return m_regex.match(decodeUtf8(payload)).hasMatch();
    case Kind::Json: {
        // {"event": "name"} against a Socket.IO event packet ("42[\"name\", ...]").
        if (m_pattern.contains(QStringLiteral("event")) && !payload.isEmpty() && payload[0] == '4') {
            const SocketIoPacket p = SocketIoPacket::parse(payload);
            if (!p.isValid() || p.eventName().isEmpty())
                return false;
            if (p.eventName() != m_pattern.value(QStringLiteral("event")).toString())
                return false;
            const QJsonValue args = m_pattern.value(QStringLiteral("args"));
            if (args.isUndefined())
                return true;
            QJsonArray rest = p.data.toArray();
            rest.removeFirst();
            return args == QJsonValue(rest);
        }
        // Cheap reject before parsing: JSON objects and arrays only.
        qsizetype i = 0;
        while (i < payload.size() && (payload[i] == ' ' || payload[i] == '\n' || payload[i] == '\r' || payload[i] == '\t'))
            ++i;
        if (i == payload.size() || (payload[i] != '{' && payload[i] != '['))
            return false;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &err);
        if (err.error != QJsonParseError::NoError)
            return false;
        return matchesJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    }
    }
    return false;
}

bool MessageMatcher::matchesJson(const QJsonValue &message) const
{
    if (m_kind != Kind::Json)
        return message.isString() && matches(message.toString().toUtf8());
    if (message.isArray()) {
        for (const QJsonValue &item : message.toArray())
            if (item.isObject() && subset(m_pattern, item.toObject()))
                return true;
        return false;
    }
    return message.isObject() && subset(m_pattern, message.toObject());
}

bool MessageMatcher::subset(const QJsonObject &pattern, const QJsonObject &message)
{
    for (auto it = pattern.begin(); it != pattern.end(); ++it) {
        const auto found = message.constFind(it.key());
        if (found == message.constEnd() || !valueMatches(it.value(), found.value()))
            return false;
    }
    return true;
}

bool MessageMatcher::valueMatches(const QJsonValue &pattern, const QJsonValue &value)
{
    if (pattern.isArray()) {
        for (const QJsonValue &option : pattern.toArray())
            if (valueMatches(option, value))
                return true;
        return false;
    }
    if (pattern.isObject())
        return value.isObject() && subset(pattern.toObject(), value.toObject());
    return pattern == value;
}

QString MessageMatcher::describe() const
{
    return QString::fromUtf8(QJsonDocument(m_pattern).toJson(QJsonDocument::Compact));
}

} // namespace tunnelscope
