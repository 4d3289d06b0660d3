#include "messagenormalizer.h"

#include "comfyuibinary.h"
#include "pathrecord.h"
#include "socketiopacket.h"

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

MessageNormalizer::MessageNormalizer(const CompareSpec &compare, const QString &protocol)
    : m_ignore(compare.ignoreFields), m_expand(protocol == QLatin1String("homeassistant")),
      m_socketIo(protocol == QLatin1String("socketio")), m_comfyUi(protocol == QLatin1String("comfyui"))
{
    if (m_socketIo && !m_ignore.contains(QStringLiteral("sid")))
        m_ignore << QStringLiteral("sid"); // per connection by design
    if (m_comfyUi) {
        // Each path queues its own prompt: these differ by design.
        for (const char *field : {"prompt_id", "sid", "timestamp", "filename"})
            if (!m_ignore.contains(QLatin1String(field)))
                m_ignore << QLatin1String(field);
    }
}

quint64 MessageNormalizer::comfyUiBinaryKey(QByteArrayView payload)
{
    const ComfyUiBinary b = ComfyUiBinary::parse(payload);
    if (!b.isValid())
        return hash(payload, BinaryKind);
    QByteArray key = "comfyui:" + QByteArray::number(b.type) + ':' + b.imageFormat.toLatin1();
    if (b.type == ComfyUiBinary::Text)
        key += ':' + b.nodeId.toUtf8() + ':' + b.text.toUtf8();
    return hash(key, BinaryKind);
}

quint64 MessageNormalizer::socketIoKey(QByteArrayView payload, bool *skip) const
{
    const SocketIoPacket p = SocketIoPacket::parse(payload);
    *skip = p.isValid()
        && (p.engineType == SocketIoPacket::Ping || p.engineType == SocketIoPacket::Pong || p.engineType == SocketIoPacket::Noop);
    if (!p.isValid())
        return hash(payload, TextKind);
    const QJsonValue data = stripped(p.data);
    QByteArray canonical = QByteArray::number(p.engineType) + ':' + QByteArray::number(p.socketType) + ':' + p.nameSpace.toUtf8()
        + ':' + QByteArray::number(p.ackId) + ':';
    if (data.isObject())
        canonical += QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
    else if (data.isArray())
        canonical += QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact);
    return hash(canonical, JsonKind);
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
        if (f.type == FrameType::Binary) {
            m.key = m_comfyUi ? comfyUiBinaryKey(f.payload) : hash(f.payload, BinaryKind);
            out.push_back(m);
            continue;
        }
        if (m_socketIo) {
            bool skip = false;
            m.key = socketIoKey(f.payload, &skip);
            if (!skip)
                out.push_back(m);
            continue;
        }
        const QByteArrayView body = withoutRecordSeparator(f.payload);
        const bool jsonLike = looksLikeJson(body);
        if (m_comfyUi && jsonLike) {
            // Parsed once: the type decides what counts, the rest is compared canonically.
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &err);
            if (err.error == QJsonParseError::NoError && doc.isObject()) {
                const QString type = doc.object().value(QStringLiteral("type")).toString();
                if (type == QLatin1String("status"))
                    continue;
                if (type == QLatin1String("execution_start")) {
                    // A prompt's messages react to its start, not to the queue it waited in: a
                    // real ComfyUI runs the second path's prompt after the first.
                    referenceUs = f.tUs;
                    m.reactionUs = 0;
                    m.reference = ++reference;
                }
                m.key = hash(QJsonDocument(stripped(doc.object()).toObject()).toJson(QJsonDocument::Compact), JsonKind);
                out.push_back(m);
                continue;
            }
        }
        if (m_expand && jsonLike && body.trimmed().startsWith('[')) {
            const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
            const QJsonArray items = doc.array();
            bool allObjects = doc.isArray() && !items.isEmpty();
            for (const QJsonValue &item : items)
                allObjects = allObjects && item.isObject();
            if (allObjects) {
                for (qsizetype k = 0; k < items.size(); ++k) {
                    NormalizedMessage im = m;
                    im.item = int(k);
                    im.key = hash(QJsonDocument(stripped(items.at(k)).toObject()).toJson(QJsonDocument::Compact), JsonKind);
                    out.push_back(im);
                }
                continue;
            }
        }
        if ((m_ignore.isEmpty() && !m_expand) || !jsonLike) {
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
