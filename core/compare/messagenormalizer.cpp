#include "messagenormalizer.h"

#include "pathrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

namespace tunnelscope {

namespace {
enum Kind : quint8 { TextKind = 1, BinaryKind = 2, JsonKind = 3 };

bool looksLikeJson(QByteArrayView b)
{
    for (const char c : b) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}
} // namespace

class MessageNormalizer::Keys : public MessageKeys
{
public:
    explicit Keys(const MessageNormalizer &normalizer) : m_normalizer(normalizer) { }
    QByteArray canonicalJson(const QJsonValue &value) const override
    {
        const QJsonValue v = m_normalizer.stripped(value);
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        return QByteArray();
    }
    quint64 hash(QByteArrayView bytes, Kind kind) const override { return MessageNormalizer::hash(bytes, quint8(kind)); }

private:
    const MessageNormalizer &m_normalizer;
};

MessageNormalizer::MessageNormalizer(const CompareSpec &compare, const Protocol &protocol)
    : m_ignore(compare.ignoreFields), m_protocol(protocol), m_byContent(protocol.comparesJsonByContent())
{
    for (const QString &field : protocol.ignoredFields())
        if (!m_ignore.contains(field))
            m_ignore << field;
}

quint64 MessageNormalizer::hash(QByteArrayView bytes, quint8 kind)
{
    // FNV-1a over 8-byte words, then a final mix: fast and well spread for our key use.
    quint64 h = 0xcbf29ce484222325ULL ^ (quint64(kind) << 56) ^ quint64(bytes.size());
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        h = (h ^ quint8(*p++)) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

QByteArrayView MessageNormalizer::withoutRecordSeparator(QByteArrayView payload)
{
    return payload.endsWith('\x1e') ? payload.chopped(1) : payload;
}

QJsonValue MessageNormalizer::stripped(const QJsonValue &v) const
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (const QString &field : m_ignore)
            o.remove(field);
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isObject() || it.value().isArray())
                it.value() = stripped(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = stripped(a.at(i));
        return a;
    }
    return v;
}

QByteArray MessageNormalizer::canonical(QByteArrayView payload, bool *isJson) const
{
    const QByteArrayView body = withoutRecordSeparator(payload);
    if (isJson)
        *isJson = false;
    if (!looksLikeJson(body))
        return body.toByteArray();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return body.toByteArray();
    if (isJson)
        *isJson = true;
    // QJsonObject keeps keys sorted, so compact output is canonical.
    const QJsonValue v = stripped(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

std::vector<NormalizedMessage> MessageNormalizer::normalize(const PathRecord &path) const
{
    std::vector<NormalizedMessage> out;
    out.reserve(std::size_t(path.frames.count() / 2 + 1));
    const Keys keys(*this);
    qint64 referenceUs = 0;
    int connection = -1, reference = 0;
    for (qsizetype i = 0; i < path.frames.count(); ++i) {
        const Frame f = path.frames.at(i);
        // Control frames (pings of a heartbeat, a close) are no reference: their timing and
        // number differ between paths without saying anything about the server's answers.
        if (f.type == FrameType::Open) {
            referenceUs = f.tUs;
            ++connection;
            reference = 0;
            continue;
        }
        if (f.dir == Direction::Out && f.isData()) {
            referenceUs = f.tUs;
            ++reference;
            continue;
        }
        if (!f.isData() || f.dir != Direction::In)
            continue;
        NormalizedMessage m{i, -1, 0, f.tUs, f.tUs - referenceUs, std::max(connection, 0), reference};
        const bool binary = f.type == FrameType::Binary;
        const QByteArrayView body = withoutRecordSeparator(f.payload);
        const bool jsonLike = !binary && looksLikeJson(body);
        KeyedMessage keyed;
        if (m_protocol.keyMessage(ReceivedMessage{f.payload, body, binary, jsonLike}, keys, &keyed)) {
            if (keyed.skip)
                continue;
            if (keyed.restartsReaction) {
                referenceUs = f.tUs;
                m.reactionUs = 0;
                m.reference = ++reference;
            }
            for (std::size_t k = 0; k < keyed.keys.size(); ++k) {
                NormalizedMessage item = m;
                item.item = keyed.coalesced ? int(k) : -1;
                item.key = keyed.keys[k];
                out.push_back(item);
            }
            continue;
        }
        if (binary) {
            m.key = hash(f.payload, BinaryKind);
            out.push_back(m);
            continue;
        }
        if ((m_ignore.isEmpty() && !m_byContent) || !jsonLike) {
            // The common case: both paths carry the server's bytes; no parsing needed.
            m.key = hash(body, jsonLike ? JsonKind : TextKind);
        } else {
            bool isJson = false;
            const QByteArray c = canonical(body, &isJson);
            m.key = hash(c, isJson ? JsonKind : TextKind);
        }
        out.push_back(m);
    }
    return out;
}

} // namespace tunnelscope
