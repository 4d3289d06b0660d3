#include "secretredactor.h"

#include "secretforms.h"
#include "utf8.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>
#include <vector>

namespace tunnelscope {

namespace {

// Ranks: which name a secret found twice keeps (the lowest wins).
constexpr int DeclaredRank = 0;
constexpr int SchemeRank = 1;
constexpr int FieldRank = 2;
constexpr int HeaderLineRank = 3;
// A credential learned from the profile is named by where it was found; where a shape finds
// it too, the shape's name says more.
constexpr int LearnedRank = 4;

// Shorter credentials found by shape are too common a word to hunt in every other form.
constexpr qsizetype MinLearnedLength = 4;
// A preview cut this far into a secret still gives some of it away.
constexpr qsizetype MinCutPrefix = 3;

const QByteArray &markerStart()
{
    static const QByteArray start = QStringLiteral("«redacted:").toUtf8();
    return start;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-'
        || c == '_';
}

bool isUtf8Continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

QString SecretRedactor::marker(const QString &name)
{
    return QStringLiteral("«redacted:%1»").arg(name);
}

const QStringList &SecretRedactor::credentialFieldNames()
{
    static const QStringList names{QStringLiteral("access_token"),  QStringLiteral("refresh_token"), QStringLiteral("id_token"),
                                   QStringLiteral("token"),         QStringLiteral("password"),      QStringLiteral("passwd"),
                                   QStringLiteral("client_secret"), QStringLiteral("api_key"),       QStringLiteral("apikey")};
    return names;
}

const QStringList &SecretRedactor::credentialHeaderNames()
{
    static const QStringList names{QStringLiteral("x-api-key"), QStringLiteral("authorization"),
                                   QStringLiteral("proxy-authorization"), QStringLiteral("cookie"), QStringLiteral("set-cookie")};
    return names;
}

bool SecretRedactor::isCredentialName(QStringView name)
{
    for (const QStringList *names : {&credentialFieldNames(), &credentialHeaderNames()})
        for (const QString &n : *names)
            if (name.compare(n, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

SecretRedactor SecretRedactor::forSession(const QJsonObject &profileAsPlayed, const QMap<QString, QString> &secrets)
{
    SecretRedactor r;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        r.addSecret(it.key(), it.value());
    r.learnCredentials(profileAsPlayed);
    return r;
}

void SecretRedactor::addSecret(const QString &name, const QString &value)
{
    addSecret(name, value, DeclaredRank);
}

void SecretRedactor::addSecret(const QString &name, const QString &value, int rank)
{
    if (value.isEmpty())
        return;
    for (const SecretForms::Form &form : SecretForms::of(value)) {
        const bool known
            = std::any_of(m_secrets.cbegin(), m_secrets.cend(), [&](const Secret &s) { return s.bytes == form.bytes; });
        if (!known)
            m_secrets.append({form.bytes, form.insideBase64, name, rank});
    }
    // Longer values first, so a secret that contains another is found whole.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const Secret &a, const Secret &b) { return a.bytes.size() > b.bytes.size(); });
    for (const Secret &s : std::as_const(m_secrets)) {
        if (s.bytes.size() < 2)
            continue;
        const quint16 pair = quint16(uchar(s.bytes[0]) << 8 | uchar(s.bytes[1]));
        m_firstPairs[pair >> 6] |= quint64(1) << (pair & 63);
    }
}

void SecretRedactor::learnCredentials(const QJsonValue &value)
{
    auto learn = [this](const QString &name, const QString &credential) {
        // Templates ({{secrets.T}}, {{run}}) are filled in elsewhere; secrets are declared.
        if (credential.size() >= MinLearnedLength && !credential.contains(QLatin1String("{{"))
            && !credential.startsWith(QStringLiteral("«redacted:")))
            addSecret(name, credential, LearnedRank);
    };
    if (value.isString()) {
        const QByteArray utf8 = value.toString().toUtf8();
        QList<Span> spans;
        findShapes(utf8, &spans);
        for (const Span &s : spans)
            learn(s.name, decodeUtf8(QByteArrayView(utf8).sliced(s.begin, s.end - s.begin)));
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            learnCredentials(v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && isCredentialName(it.key()))
                learn(it.key(), it.value().toString());
            learnCredentials(it.value());
        }
    }
}

QList<SecretRedactor::Span> SecretRedactor::find(QByteArrayView bytes) const
{
    QList<Span> spans;
    findSecrets(bytes, &spans);
    if (mayHoldShapes(bytes)) {
        findCutSecrets(bytes, &spans);
        findShapes(bytes, &spans);
    }
    return merged(std::move(spans), bytes);
}

void SecretRedactor::findSecrets(QByteArrayView bytes, QList<Span> *spans) const
{
    // One pass over the message: only where some form's first two bytes stand is any form
    // compared. Every message is searched for every form of every secret (twenty or so per
    // secret), so searching for each in turn would cost a window over a million frames more
    // than everything else it does with them.
    // A secret's matches never overlap: where each may next be found.
    QVarLengthArray<qsizetype, 64> nextFree(m_secrets.size());
    std::fill(nextFree.begin(), nextFree.end(), qsizetype(0));
    auto found = [&](qsizetype i, qsizetype at) {
        const Secret &s = m_secrets.at(i);
        qsizetype begin = at;
        qsizetype end = at + s.bytes.size();
        if (s.insideBase64) {
            // The whole base64 run: its other characters carry the secret's edges.
            while (begin > 0 && isBase64Char(bytes[begin - 1]))
                --begin;
            while (end < bytes.size() && isBase64Char(bytes[end]))
                ++end;
            while (end < bytes.size() && bytes[end] == '=')
                ++end;
        }
        spans->append({begin, end, s.name, s.rank});
        nextFree[i] = at + s.bytes.size();
    };
    for (qsizetype at = 0; at + 1 < bytes.size(); ++at) {
        const quint16 pair = quint16(uchar(bytes[at]) << 8 | uchar(bytes[at + 1]));
        if (!(m_firstPairs[pair >> 6] >> (pair & 63) & 1))
            continue;
        for (qsizetype i = 0; i < m_secrets.size(); ++i) {
            const QByteArray &form = m_secrets.at(i).bytes;
            if (form.size() >= 2 && at >= nextFree[i] && QByteArrayView(bytes).sliced(at).startsWith(form))
                found(i, at);
        }
    }
    // A one-byte secret has no pair to look for.
    for (qsizetype i = 0; i < m_secrets.size(); ++i)
        if (m_secrets.at(i).bytes.size() == 1)
            for (qsizetype at = bytes.indexOf(m_secrets.at(i).bytes); at >= 0; at = bytes.indexOf(m_secrets.at(i).bytes, at + 1))
                found(i, at);
}

void SecretRedactor::findCutSecrets(QByteArrayView bytes, QList<Span> *spans) const
{
    // Previews end with "…" where they were cut; what stands before it may be a secret's start.
    static const QByteArray ellipsis = QStringLiteral("…").toUtf8();
    for (qsizetype cut = bytes.indexOf(ellipsis); cut >= 0; cut = bytes.indexOf(ellipsis, cut + 1)) {
        for (const Secret &s : m_secrets) {
            if (s.insideBase64)
                continue;
            for (qsizetype k = std::min(s.bytes.size() - 1, cut); k >= MinCutPrefix; --k) {
                if (bytes.sliced(cut - k, k) == QByteArrayView(s.bytes).first(k)) {
                    spans->append({cut - k, cut, s.name, s.rank});
                    break;
                }
            }
        }
    }
}

bool SecretRedactor::mayHoldShapes(QByteArrayView bytes)
{
    // Every shape findShapes() and findCutSecrets() look for holds one of these (any case):
    // a credential's name (each of credentialFieldNames() and credentialHeaderNames() holds one,
    // which tst_secretredactor checks name by name), an auth scheme, a URL's "://", a Socket.IO
    // connect packet, the ellipsis of a cut preview. One scan for them spares the shapes' scans on almost every
    // message, which is what lets a filter read a million frames as the lists show them.
    static constexpr std::string_view triggers[] = {"token",  "passw",  "secret", "api_key", "apikey", "api-key", "authorization",
                                                    "cookie", "bearer", "basic",  "://",     "40{",    "40/",     "\xE2\x80\xA6"};
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; };
    auto pairOf = [](char a, char b) { return quint16(uchar(a) << 8 | uchar(b)); };
    // The triggers' first two bytes, lowercase: most positions are passed over on one lookup.
    static const std::vector<bool> starts = [&pairOf] {
        std::vector<bool> t(65536, false);
        for (const std::string_view w : triggers)
            t[pairOf(w[0], w[1])] = true;
        return t;
    }();
    const qsizetype n = bytes.size();
    for (qsizetype at = 0; at + 1 < n; ++at) {
        if (!starts[pairOf(lower(bytes[at]), lower(bytes[at + 1]))])
            continue;
        for (const std::string_view w : triggers) {
            if (qsizetype(w.size()) > n - at)
                continue;
            qsizetype k = 0;
            while (k < qsizetype(w.size()) && lower(bytes[at + k]) == w[std::size_t(k)])
                ++k;
            if (k == qsizetype(w.size()))
                return true;
        }
    }
    return false;
}

void SecretRedactor::findShapes(QByteArrayView bytes, QList<Span> *spans)
{
    // Read as Latin-1 so that a character's index is its byte offset; every shape below is
    // delimited by ASCII characters, so this finds the same spans in UTF-8 text and in bytes.
    const QString text = QString::fromLatin1(bytes.data(), bytes.size());
    // The credentials' names, from the one list isCredentialName() and mayHoldShapes() answer for.
    const auto alternation = [](const QStringList &names) {
        QStringList escaped;
        for (const QString &n : names)
            escaped << QRegularExpression::escape(n);
        return escaped.join(QLatin1Char('|'));
    };
    static const QString fields = alternation(credentialFieldNames());
    static const QString headers = alternation(credentialHeaderNames());
    static const QRegularExpression jsonField(
        QStringLiteral("\"(%1|%2)\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"((?:[^\"\\\\]++|\\\\.)*+)").arg(fields, headers),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression parameter(QStringLiteral("(?:^|[?&;# \\t\\r\\n\"'])(%1)=([^&# \\t\\r\\n\"'<>]+)").arg(fields),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerLine(
        QStringLiteral("(?:^|\\n)[ \\t]*(%1)[ \\t]*:[ \\t]*(?:(?:Bearer|Basic|Digest|Token)[ \\t]+)?([^\\r\\n]+)").arg(headers),
        QRegularExpression::CaseInsensitiveOption);
    // Not a challenge's parameters (Proxy-Authenticate: Basic realm="proxy"): they are no secret.
    static const QRegularExpression scheme(QStringLiteral("\\b(?:Bearer|Basic)[ \\t]+(?![A-Za-z]+=\")([A-Za-z0-9._~+/=-]+)"));
    static const QRegularExpression userinfo(QStringLiteral("\\b[A-Za-z][A-Za-z0-9+.-]*://([^/?#@ \\t\\r\\n\"'<>]+)@"));

    auto add = [&](const QRegularExpression &re, int group, int rank, auto nameOf) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            qsizetype begin = m.capturedStart(group);
            const qsizetype end = m.capturedEnd(group);
            QString name = nameOf(m);
            if (&re == &userinfo) {
                // user:password@ keeps the user; a lone userinfo is a token of its own.
                const qsizetype colon = text.indexOf(QLatin1Char(':'), begin);
                if (colon >= 0 && colon < end) {
                    begin = colon + 1;
                    name = QStringLiteral("password");
                }
            }
            if (begin < end && !bytes.sliced(begin).startsWith(markerStart()))
                spans->append({begin, end, name, rank});
        }
    };
    add(jsonField, 2, FieldRank, [](const QRegularExpressionMatch &m) { return m.captured(1); });
    add(parameter, 2, FieldRank, [](const QRegularExpressionMatch &m) {
        const QString name = m.captured(1).toLower();
        return name.contains(QLatin1String("token")) ? QStringLiteral("token") : name;
    });
    add(headerLine, 2, HeaderLineRank, [](const QRegularExpressionMatch &m) { return m.captured(1); });
    add(scheme, 1, SchemeRank, [](const QRegularExpressionMatch &) { return QStringLiteral("credentials"); });
    add(userinfo, 1, FieldRank, [](const QRegularExpressionMatch &) { return QStringLiteral("userinfo"); });
    findSocketIoAuth(bytes, text, spans);
}

void SecretRedactor::findSocketIoAuth(QByteArrayView bytes, const QString &text, QList<Span> *spans)
{
    // A Socket.IO connect packet carries the client's auth object: "40{...}" or
    // "40/admin,{...}". Its string values go (all but the server's "sid"), nested objects'
    // too, also in a cut-off preview.
    static const QRegularExpression connect(QStringLiteral("(?:^|[^0-9])40(?:/[^,\\s\"]*,)?\\{"));
    static const QRegularExpression value(
        QStringLiteral("(\"(?!sid\")[^\"\\\\]*\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\")((?:[^\"\\\\]++|\\\\.)*+)"));
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
        const QString segment = text.mid(start, end - start);
        for (auto it = value.globalMatch(segment); it.hasNext();) {
            const QRegularExpressionMatch v = it.next();
            const qsizetype begin = start + v.capturedStart(2);
            if (v.capturedLength(2) > 0 && !bytes.sliced(begin).startsWith(markerStart()))
                spans->append({begin, start + v.capturedEnd(2), QStringLiteral("socketio_auth"), SchemeRank});
        }
        from = std::max(end, start);
    }
}

QList<SecretRedactor::Span> SecretRedactor::merged(QList<Span> spans, QByteArrayView bytes)
{
    // Whole characters only: a marker never splits a UTF-8 sequence.
    for (Span &s : spans) {
        while (s.begin > 0 && isUtf8Continuation(bytes[s.begin]))
            --s.begin;
        while (s.end < bytes.size() && isUtf8Continuation(bytes[s.end]))
            ++s.end;
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });
    QList<Span> out;
    for (const Span &s : spans) {
        if (!out.isEmpty() && s.begin < out.last().end) {
            Span &last = out.last();
            last.end = std::max(last.end, s.end);
            if (s.rank < last.rank) {
                last.rank = s.rank;
                last.name = s.name;
            }
        } else {
            out.append(s);
        }
    }
    return out;
}

QByteArray SecretRedactor::withMarkers(QByteArrayView bytes, const QList<Span> &spans)
{
    QByteArray out;
    out.reserve(bytes.size() + spans.size() * 16);
    qsizetype last = 0;
    for (const Span &s : spans) {
        out.append(bytes.sliced(last, s.begin - last));
        out.append(marker(s.name).toUtf8());
        last = s.end;
    }
    out.append(bytes.sliced(last));
    return out;
}

QString SecretRedactor::redact(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    const QList<Span> spans = find(utf8);
    return spans.isEmpty() ? text : decodeUtf8(withMarkers(utf8, spans));
}

QByteArray SecretRedactor::redact(const QByteArray &utf8) const
{
    const QList<Span> spans = find(utf8);
    return spans.isEmpty() ? utf8 : withMarkers(utf8, spans);
}

SecretRedactor::Masked SecretRedactor::mask(QByteArrayView bytes) const
{
    Masked out{bytes.toByteArray(), 0};
    for (const Span &s : find(bytes)) {
        std::fill(out.bytes.begin() + s.begin, out.bytes.begin() + s.end, MaskByte);
        out.maskedBytes += s.end - s.begin;
    }
    return out;
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
            // What the text shapes find as "key":"value" is here a key and a value apart.
            if (it.value().isString() && isCredentialName(it.key())
                && !it.value().toString().startsWith(QStringLiteral("«redacted:")))
                out.insert(redact(it.key()), marker(it.key()));
            else
                out.insert(redact(it.key()), redact(it.value()));
        }
        return out;
    }
    return value;
}

QByteArray SecretRedactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    if (isCredentialName(QString::fromLatin1(name)))
        return marker(QString::fromLatin1(name)).toUtf8();
    return redact(value);
}

} // namespace tunnelscope
