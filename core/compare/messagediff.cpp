#include "messagediff.h"

#include "comfyuibinary.h"

#include "findinghints.h"
#include "latencystats.h"
#include "runclock.h"
#include "sequencealigner.h"
#include "socketiopacket.h"
#include "utf8.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <future>
#include <map>
#include <optional>
#include <unordered_map>

namespace tunnelscope {

namespace {

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

qint64 firstOpenUs(const PathRecord &p)
{
    for (const ConnectionRecord &c : p.connections)
        if (c.handshake.ok)
            return c.handshake.answerUs;
    return std::numeric_limits<qint64>::max();
}

// How many bytes two payloads share at their start and at their end together.
qsizetype sharedEnds(QByteArrayView x, QByteArrayView y)
{
    qsizetype prefix = 0, suffix = 0;
    const qsizetype n = std::min(x.size(), y.size());
    while (prefix < n && x[prefix] == y[prefix])
        ++prefix;
    while (suffix < n - prefix && x[x.size() - 1 - suffix] == y[y.size() - 1 - suffix])
        ++suffix;
    return prefix + suffix;
}

// When the client itself started closing the last connection, or "never" otherwise.
qint64 clientCloseUs(const PathRecord &p)
{
    if (p.lastClose().initiatedBy != CloseRecord::Initiator::Client)
        return std::numeric_limits<qint64>::max();
    for (qsizetype i = p.frames.count() - 1; i >= 0; --i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Close && f.dir == Direction::Out)
            return f.tUs;
    }
    return std::numeric_limits<qint64>::max();
}

} // namespace

QString AlignedRow::statusName(Status s)
{
    switch (s) {
    case Status::Matched:
        return QStringLiteral("matched");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Extra:
        return QStringLiteral("extra");
    case Status::Duplicated:
        return QStringLiteral("duplicated");
    case Status::Reordered:
        return QStringLiteral("reordered");
    case Status::Altered:
        return QStringLiteral("altered");
    case Status::NotComparable:
        return QStringLiteral("not comparable");
    }
    return QString();
}

MessageDiff::MessageDiff(const Profile &profile) : m_profile(profile), m_normalizer(profile.compare, profile.protocolHandler())
{
    m_critical = profile.compare.critical;
    // Auth results decide whether a client can work at all: critical unless said otherwise.
    QString error;
    m_critical.append(*MessageMatcher::compile(
        QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("auth_ok"), QStringLiteral("auth_invalid")}}}, &error));
    // And what the protocol's clients cannot do without.
    for (const QJsonObject &matcher : profile.protocolHandler().criticalMessages())
        m_critical.append(*MessageMatcher::compile(matcher, &error));
}

bool MessageDiff::isCritical(QByteArrayView payload) const
{
    for (const MessageMatcher &m : m_critical)
        if (m.matches(payload))
            return true;
    return false;
}

namespace {
Sentence labelOf(QByteArrayView payload, bool binary, const QJsonDocument &doc)
{
    if (binary) {
        if (const ComfyUiBinary b = ComfyUiBinary::parse(payload); b.isValid())
            return b.describe().clippedTo(80);
        return Sentence::translate("MessageDiff", "a binary message of %1 bytes").arg(Sentence::number(payload.size()));
    }
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        QString name = o.value(QStringLiteral("type")).toString();
        if (name.isEmpty())
            name = o.value(QStringLiteral("event")).toString();
        if (!name.isEmpty()) {
            if (o.contains(QStringLiteral("id")))
                name += QStringLiteral(" (id %1)").arg(o.value(QStringLiteral("id")).toVariant().toString());
            return Sentence::verbatim(clipped(name, 60));
        }
    }
    if (!payload.isEmpty() && payload[0] == '4') {
        const SocketIoPacket p = SocketIoPacket::parse(payload);
        if (!p.eventName().isEmpty())
            return Sentence::translate("MessageDiff", "Socket.IO event %1").arg(clipped(p.eventName(), 60));
    }
    QString text = decodeUtf8(payload.first(std::min<qsizetype>(48, payload.size())));
    for (QChar &c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xB7);
    return Sentence::verbatim(QStringLiteral("\"%1%2\"").arg(text, payload.size() > 48 ? QStringLiteral("…") : QString()));
}

// The connection of a path a frame belongs to.
qsizetype connectionOf(const PathRecord &p, qsizetype frame)
{
    qsizetype c = 0;
    while (c + 1 < p.connections.size() && p.connections[c + 1].firstFrameIndex <= frame)
        ++c;
    return c;
}

// When `tUs` falls between two connections of a path: when the earlier ended and the next
// began (-1: none did); {-1, -1} when a connection was up then.
std::pair<qint64, qint64> downAt(const PathRecord &p, qint64 tUs)
{
    for (qsizetype c = 0; c + 1 < p.connections.size(); ++c) {
        const qint64 end = p.connections[c].close.endedUs;
        const qint64 next = p.connections[c + 1].handshake.answerUs >= 0 ? p.connections[c + 1].handshake.answerUs
                                                                         : p.connections[c + 1].handshake.startUs;
        if (end >= 0 && end <= tUs && next > tUs)
            return {end, next};
    }
    return {-1, -1};
}

QJsonDocument parsed(QByteArrayView payload, bool binary)
{
    if (binary)
        return QJsonDocument();
    return QJsonDocument::fromJson(MessageNormalizer::withoutRecordSeparator(payload).toByteArray());
}
} // namespace

Sentence MessageDiff::label(QByteArrayView payload, bool binary)
{
    return labelOf(payload, binary, parsed(payload, binary));
}

QSet<QString> MessageDiff::criticalReceived(const PathRecord &path) const
{
    QSet<QString> names;
    auto consider = [&](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        for (const MessageMatcher &m : m_critical) {
            if (!m.matchesJson(v))
                continue;
            QString name = o.value(QStringLiteral("type")).toString();
            if (name.isEmpty())
                name = o.value(QStringLiteral("event")).toString();
            names.insert(name.isEmpty() ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(40)) : name);
            return;
        }
    };
    for (qsizetype i = 0; i < path.frames.count(); ++i) {
        const Frame f = path.frames.at(i);
        if (f.dir != Direction::In || f.type != FrameType::Text)
            continue;
        const QJsonDocument doc = parsed(f.payload, false);
        if (doc.isObject()) {
            consider(doc.object());
        } else if (doc.isArray()) {
            for (const QJsonValue &item : doc.array()) // coalesced: one message per item
                consider(item);
        } else if (isCritical(f.payload)) {
            names.insert(labelOf(f.payload, false, doc).english());
        }
    }
    return names;
}

MessageDiff::Facts MessageDiff::facts(QByteArrayView payload, bool binary) const
{
    const QJsonDocument doc = parsed(payload, binary);
    Facts f{labelOf(payload, binary, doc), false};
    if (doc.isObject() || doc.isArray()) {
        const QJsonValue v = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        for (const MessageMatcher &m : m_critical)
            f.critical = f.critical || m.matchesJson(v);
    } else {
        f.critical = isCritical(payload);
    }
    return f;
}

QByteArray MessageDiff::payloadOf(const PathRecord &path, const NormalizedMessage &m) const
{
    const QByteArrayView payload = path.frames.at(m.frame).payload;
    if (m.item < 0)
        return payload.toByteArray();
    const QJsonArray items = QJsonDocument::fromJson(MessageNormalizer::withoutRecordSeparator(payload).toByteArray()).array();
    return QJsonDocument(items.at(m.item).toObject()).toJson(QJsonDocument::Compact);
}

// A payload as the search for alterations compares it, parsed at most once however many
// messages it is compared with.
struct MessageDiff::ComparedPayload
{
    QByteArray bytes;
    bool binary = false;
    mutable std::optional<QJsonDocument> json; // a null document when it is not JSON
    mutable std::optional<QByteArray> canonical;
    struct Shape
    {
        QJsonValue type;
        QString typeText; // compared as text: far cheaper than comparing QJsonValues
        QStringList keys;
        bool sameType(const Shape &o) const
        {
            if (type.isString() && o.type.isString())
                return typeText == o.typeText;
            return !type.isUndefined() && type == o.type;
        }
    };
    mutable std::optional<Shape> shape; // of a JSON object

    const Shape &objectShape() const
    {
        if (!shape) {
            const QJsonObject o = document().object();
            const QJsonValue type = o.value(QStringLiteral("type"));
            shape = Shape{type, type.toString(), o.keys()};
        }
        return *shape;
    }

    const QJsonDocument &document() const
    {
        if (!json) {
            QJsonParseError err;
            json = QJsonDocument::fromJson(MessageNormalizer::withoutRecordSeparator(bytes).toByteArray(), &err);
            if (err.error != QJsonParseError::NoError)
                json = QJsonDocument();
        }
        return *json;
    }
};

QString MessageDiff::alteration(const ComparedPayload &d, const ComparedPayload &t) const
{
    const QByteArrayView direct = d.bytes, tunnel = t.bytes;
    // Byte-level relations first: they need no parsing.
    const bool canonicalNeeded = m_normalizer.ignoresFields();
    auto same = [&](QByteArrayView bytes) {
        if (bytes == direct)
            return true;
        if (!canonicalNeeded)
            return false;
        if (!d.canonical)
            d.canonical = m_normalizer.canonical(direct);
        return m_normalizer.canonical(bytes) == *d.canonical;
    };
    if (t.binary && !d.binary && same(tunnel))
        return QStringLiteral("text_to_binary");
    if (tunnel.startsWith(Bom) && same(tunnel.sliced(Bom.size())))
        return QStringLiteral("bom_prefix");
    if (tunnel.size() > direct.size() && !direct.isEmpty() && tunnel.endsWith(direct))
        return QStringLiteral("junk_prefix");
    if (canonicalNeeded && !t.binary && (direct.startsWith('{') || direct.startsWith('['))) {
        // Bytes before the JSON, where ignored fields keep the byte test above from seeing it.
        const qsizetype start = std::min(tunnel.indexOf(direct.first(1)), qsizetype(64));
        if (start > 0 && same(tunnel.sliced(start)))
            return QStringLiteral("junk_prefix");
    }
    if (tunnel.size() < direct.size() && direct.startsWith(tunnel))
        return QStringLiteral("truncated");
    if (d.binary || t.binary)
        return QString();
    // Then what parsing tells.
    const QJsonDocument &dd = d.document();
    if (dd.isNull())
        return QString();
    const QJsonDocument &td = t.document();
    if (td.isNull()) {
        // Only a damaged copy counts, not any other text: most of it must still be the same.
        return 2 * sharedEnds(direct, tunnel) >= direct.size() ? QStringLiteral("invalid_json") : QString();
    }
    if (dd.isObject() && td.isObject()) {
        const ComparedPayload::Shape &x = d.objectShape(), &y = t.objectShape();
        if (x.sameType(y) || x.keys == y.keys)
            return QStringLiteral("content");
    }
    return QString();
}

namespace {
// A second thread pays off for long runs only: a short one is compared before a thread
// would have started, so its work is done on this thread when the result is asked for.
Finding::Severity severityOf(const MessageDiff::Facts &f)
{
    return f.critical ? Finding::Severity::Critical : Finding::Severity::Warning;
}

std::launch sideBySide(qsizetype items)
{
    constexpr qsizetype Threshold = 2000;
    return items >= Threshold ? std::launch::async : std::launch::deferred;
}
} // namespace

// The state of one comparison between its steps: both paths' messages, how the aligner
// paired them, and what each step then made of the rest.
struct MessageDiff::Alignment
{
    std::vector<NormalizedMessage> a; // direct
    std::vector<NormalizedMessage> b; // tunnel
    SequenceAligner::Pairs pairs;
    std::vector<AlignedRow::Status> statusA, statusB;
    std::vector<qsizetype> partnerA, partnerB; // the index of the other path's message, or -1
    std::vector<qsizetype> firstCopyB;         // for a duplicate: the copy it repeats
    QHash<qsizetype, QString> alterationB;     // few: only the altered messages
};

MessageDiffResult MessageDiff::compare(const RunRecord &run, std::stop_token stop) const
{
    MessageDiffResult result;
    Alignment al;
    if (!alignPaths(run, &al, &result, stop))
        return result;
    markDuplicates(al,
                   [](AlignedRow::Status s) { return s == AlignedRow::Status::Matched || s == AlignedRow::Status::Duplicated; });
    pairReordered(al);
    pairAlterations(run, al);
    // Copies of what the tunnel delivered altered or out of order.
    markDuplicates(al, [](AlignedRow::Status s) { return s != AlignedRow::Status::Extra && s != AlignedRow::Status::Missing; });
    if (run.sharedClock)
        setAsideStreamEdges(run, al);
    else
        setAsideStreamEdgesApart(run, al);

    // What the direct path got and the tunnel did not, written on a second thread while this
    // one writes what the tunnel got differently: independent, read-only work.
    qsizetype notComparableA = 0;
    auto missingSide = std::async(sideBySide(qsizetype(al.a.size())), [&] { return missingFindings(run, al, &notComparableA); });
    result.findings = tunnelFindings(run, al, &result.notComparable);
    result.findings += missingSide.get();
    result.notComparable += notComparableA;
    // Captures made apart: each message's time is since its own session began, no tunnel latency.
    if (!run.sharedClock)
        result.deltasMs.clear();
    else if (const std::optional<Finding> latency = latencyFinding(result.deltasMs))
        result.findings.append(*latency);
    result.rows = rowsOf(al);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding &x, const Finding &y) { return x.tMs < y.tMs; });
    return result;
}

bool MessageDiff::alignPaths(const RunRecord &run, Alignment *al, MessageDiffResult *result, std::stop_token stop) const
{
    // The two paths are independent until aligned: normalise them side by side.
    auto tunnelSide = std::async(sideBySide(run.tunnel.frames.count()), [&] { return m_normalizer.normalize(run.tunnel); });
    al->a = m_normalizer.normalize(run.direct);
    al->b = tunnelSide.get();
    if (stop.stop_requested())
        return false;
    const std::vector<NormalizedMessage> &a = al->a, &b = al->b;
    std::vector<quint64> keysA(a.size()), keysB(b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        keysA[i] = a[i].key;
    for (std::size_t j = 0; j < b.size(); ++j)
        keysB[j] = b[j].key;
    al->pairs = SequenceAligner::align(keysA, keysB);
    if (stop.stop_requested())
        return false;

    using Status = AlignedRow::Status;
    al->statusA.assign(a.size(), Status::Missing);
    al->statusB.assign(b.size(), Status::Extra);
    al->partnerA.assign(a.size(), -1);
    al->partnerB.assign(b.size(), -1);
    al->firstCopyB.assign(b.size(), -1);
    result->deltasMs.reserve(std::min(a.size(), b.size()));
    for (const auto &[i, j] : al->pairs) {
        al->statusA[i] = al->statusB[j] = Status::Matched;
        al->partnerA[i] = j;
        al->partnerB[j] = i;
        if (b[j].reactsLike(a[i]))
            result->deltasMs.push_back(RunClock::toMs(b[j].reactionUs - a[i].reactionUs));
    }
    result->matched = qsizetype(al->pairs.size());
    return true;
}

// Duplicates: an unmatched tunnel message equal to one the tunnel just delivered, a copy
// that has its partner on the direct path. An earlier copy without a partner proves
// nothing: a heartbeat the tunnel altered every time repeats without being duplicated.
void MessageDiff::markDuplicates(Alignment &al, bool (*isDelivered)(AlignedRow::Status))
{
    using Status = AlignedRow::Status;
    constexpr qsizetype DuplicateWindow = 64;
    const std::vector<NormalizedMessage> &b = al.b;
    std::vector<Status> &statusB = al.statusB;
    std::vector<qsizetype> &partnerB = al.partnerB;
    std::vector<qsizetype> &firstCopyB = al.firstCopyB;
    for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
        if (statusB[j] != Status::Extra)
            continue;
        for (qsizetype k = j - 1; k >= std::max<qsizetype>(0, j - DuplicateWindow); --k) {
            if (b[k].key == b[j].key && isDelivered(statusB[k])) {
                statusB[j] = Status::Duplicated;
                partnerB[j] = partnerB[k];
                firstCopyB[j] = k;
                break;
            }
        }
    }
}

void MessageDiff::pairReordered(Alignment &al)
{
    // An unmatched tunnel message equal to an unmatched direct one elsewhere.
    using Status = AlignedRow::Status;
    const std::vector<NormalizedMessage> &a = al.a, &b = al.b;
    std::vector<Status> &statusA = al.statusA, &statusB = al.statusB;
    std::vector<qsizetype> &partnerA = al.partnerA, &partnerB = al.partnerB;
    struct Waiting
    {
        std::vector<qsizetype> indices;
        std::size_t next = 0;
    };
    std::unordered_map<quint64, Waiting> unmatchedDirect;
    for (qsizetype i = 0; i < qsizetype(a.size()); ++i)
        if (statusA[i] == Status::Missing)
            unmatchedDirect[a[i].key].indices.push_back(i);
    for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
        if (statusB[j] != Status::Extra)
            continue;
        auto it = unmatchedDirect.find(b[j].key);
        if (it == unmatchedDirect.end() || it->second.next == it->second.indices.size())
            continue;
        const qsizetype i = it->second.indices[it->second.next++];
        statusA[i] = statusB[j] = Status::Reordered;
        partnerA[i] = j;
        partnerB[j] = i;
    }
}

// Within each gap between matched messages, pairs what the tunnel changed.
// A tunnel alters a message where it stands, so a tunnel message's partner is looked for near
// the direct message after the last pair, not in the whole gap: a tunnel that alters every
// message makes one gap of the whole run, and comparing all with all would not end.
// After a burst of extra messages the partner is the direct message after the last pair;
// after a burst of losses it is further ahead: searched within a budget (up to
// MaxResyncBudget, growing by ResyncAllowance per message), each search going on from where
// the last stopped, so a run where nothing is related still costs a bounded number of
// comparisons per message, and even a long burst is caught up with after a while. That far
// off only a byte-level relation counts: a mere change of content would pair any two messages
// of one type. (Content changes resynchronise through the window.)
struct MessageDiff::PartnerSearch
{
    using Status = AlignedRow::Status;
    static constexpr qsizetype AlterationWindow = 32, MaxResyncBudget = 4096, ResyncAllowance = 16;
    static constexpr qint64 ByteLevel = std::numeric_limits<qint64>::max(); // the score of a byte-level relation

    struct Partner
    {
        qsizetype index = -1;
        qint64 score = -1;
        QString how;
    };

    PartnerSearch(const MessageDiff &d, const RunRecord &r, Alignment &a) : diff(d), run(r), al(a) { }

    const MessageDiff &diff;
    const RunRecord &run;
    Alignment &al;
    qsizetype resyncBudget = MaxResyncBudget; // both carry on from gap to gap
    qsizetype resyncOffset = 0;
    // The gap being searched: after direct message prevA, before endA; the last pair made in it.
    qsizetype prevA = -1, endA = -1, lastA = -1, lastB = -1;
    std::map<qsizetype, ComparedPayload> candidates; // direct messages near the search, by index

    void startGap(qsizetype afterA, qsizetype afterB, qsizetype beforeA)
    {
        prevA = lastA = afterA;
        lastB = afterB;
        endA = beforeA;
        candidates.clear();
    }

    ComparedPayload compared(const PathRecord &path, const NormalizedMessage &m) const
    {
        ComparedPayload c;
        c.bytes = diff.payloadOf(path, m);
        c.binary = path.frames.at(m.frame).type == FrameType::Binary;
        return c;
    }

    // The best partner: a byte-level relation (BOM, junk, ...) beats a mere change of content,
    // and among content changes the most similar message wins.
    void consider(qsizetype i, const ComparedPayload &tunnel, bool byteLevelOnly, Partner *best)
    {
        if (al.statusA[i] != Status::Missing)
            return;
        auto it = candidates.find(i);
        if (it == candidates.end())
            it = candidates.emplace(i, compared(run.direct, al.a[i])).first;
        const ComparedPayload &direct = it->second;
        const QString how = diff.alteration(direct, tunnel);
        if (how.isEmpty())
            return;
        const bool content = how == QLatin1String("content");
        if (content && byteLevelOnly)
            return;
        const qint64 score = content ? sharedEnds(direct.bytes, tunnel.bytes) : ByteLevel;
        if (score > best->score)
            *best = {i, score, how};
    }

    Partner partnerOf(qsizetype j)
    {
        const ComparedPayload tunnel = compared(run.tunnel, al.b[j]);
        const qsizetype expected = lastA + (j - lastB);
        const qsizetype from = std::max(prevA + 1, expected - AlterationWindow);
        const qsizetype to = std::min(endA, expected + AlterationWindow + 1);
        candidates.erase(candidates.begin(), candidates.lower_bound(std::min(from, lastA + 1)));
        Partner best;
        for (qsizetype i = from; i < to && best.score < ByteLevel; ++i)
            consider(i, tunnel, false, &best);
        for (qsizetype i = lastA + 1; best.score < ByteLevel && i < std::min({from, endA, lastA + 1 + AlterationWindow}); ++i)
            consider(i, tunnel, false, &best);
        // Nothing near, or a change of content only (a lost message of the same type can be
        // near): a byte-level relation further ahead is the better partner.
        if (best.score < ByteLevel) {
            qsizetype i = expected + AlterationWindow + 1 + resyncOffset;
            for (; best.score < ByteLevel && resyncBudget > 0 && i < endA; ++i, ++resyncOffset, --resyncBudget)
                consider(i, tunnel, true, &best);
            if (i >= endA)
                resyncOffset = 0;
        }
        resyncBudget = std::min(resyncBudget + ResyncAllowance, MaxResyncBudget);
        return best;
    }

    void pair(qsizetype j, const Partner &partner)
    {
        if (partner.index < 0)
            return;
        al.statusA[partner.index] = al.statusB[j] = Status::Altered;
        al.partnerA[partner.index] = j;
        al.partnerB[j] = partner.index;
        al.alterationB.insert(j, partner.how);
        lastA = partner.index;
        lastB = j;
        if (partner.score == ByteLevel)
            resyncOffset = 0;
    }
};

void MessageDiff::pairAlterations(const RunRecord &run, Alignment &al) const
{
    PartnerSearch search(*this, run, al);
    qsizetype prevA = -1, prevB = -1;
    for (std::size_t p = 0; p <= al.pairs.size(); ++p) {
        const qsizetype endA = p < al.pairs.size() ? al.pairs[p].first : qsizetype(al.a.size());
        const qsizetype endB = p < al.pairs.size() ? al.pairs[p].second : qsizetype(al.b.size());
        search.startGap(prevA, prevB, endA);
        for (qsizetype j = prevB + 1; j < endB; ++j)
            if (al.statusB[j] == AlignedRow::Status::Extra)
                search.pair(j, search.partnerOf(j));
        prevA = endA;
        prevB = endB;
    }
}

qint64 MessageDiff::streamBeatUs(const RunRecord &run, const Alignment &al, const PathRecord &path, const NormalizedMessage &m,
                                 QHash<QString, qint64> *known) const
{
    const Facts f = facts(payloadOf(path, m), path.frames.at(m.frame).type == FrameType::Binary);
    if (f.critical)
        return 0;
    const QString label = f.label.english();
    if (const auto it = known->constFind(label); it != known->cend())
        return *it;
    // A stream's beat shows at its end: only the last pairs are read.
    constexpr qsizetype Read = 256;
    qint64 later = -1, beat = 0;
    qsizetype read = 0;
    for (auto it = al.pairs.rbegin(); it != al.pairs.rend() && read < Read; ++it, ++read) {
        const NormalizedMessage &d = al.a[it->first];
        if (facts(payloadOf(run.direct, d), run.direct.frames.at(d.frame).type == FrameType::Binary).label.english() != label)
            continue;
        if (later >= 0) {
            beat = later - d.tUs;
            break;
        }
        later = d.tUs;
    }
    known->insert(label, beat);
    return beat;
}

void MessageDiff::setAsideStreamEdges(const RunRecord &run, Alignment &al) const
{
    using Status = AlignedRow::Status;
    const std::vector<NormalizedMessage> &a = al.a, &b = al.b;
    const SequenceAligner::Pairs &pairs = al.pairs;
    std::vector<Status> &statusA = al.statusA, &statusB = al.statusB;
    // A stream the tunnel joined late: what the direct path received before the tunnel was
    // connected, ahead of the first message both saw, cannot have been lost by the tunnel.
    const qint64 tunnelOpen = firstOpenUs(run.tunnel), directOpen = firstOpenUs(run.direct);
    const qsizetype firstMatchedA = pairs.empty() ? qsizetype(a.size()) : pairs.front().first;
    const qsizetype firstMatchedB = pairs.empty() ? qsizetype(b.size()) : pairs.front().second;
    for (qsizetype i = 0; i < firstMatchedA; ++i)
        if (statusA[i] == Status::Missing && a[i].tUs < tunnelOpen && tunnelOpen != std::numeric_limits<qint64>::max())
            statusA[i] = Status::NotComparable;
    for (qsizetype j = 0; j < firstMatchedB; ++j)
        if (statusB[j] == Status::Extra && b[j].tUs < directOpen)
            statusB[j] = Status::NotComparable;
    // Likewise at the end: a stream goes on until each client closes, and the two clients do
    // not close at the same microsecond. What one path received after the other client had
    // started closing says nothing about the tunnel.
    const qsizetype lastMatchedA = pairs.empty() ? -1 : pairs.back().first;
    const qsizetype lastMatchedB = pairs.empty() ? -1 : pairs.back().second;
    const qint64 directClosing = clientCloseUs(run.direct), tunnelClosing = clientCloseUs(run.tunnel);
    // A message is still on its way for as long as the tunnel was seen to hold one back: what
    // the direct path got that close to the tunnel client's close may have been in flight.
    qint64 lagUs = 0, leadUs = 0;
    for (const auto &[i, j] : pairs) {
        lagUs = std::max(lagUs, b[j].tUs - a[i].tUs);
        leadUs = std::max(leadUs, a[i].tUs - b[j].tUs);
    }
    lagUs = std::min<qint64>(lagUs, 2'000'000);
    leadUs = std::min<qint64>(leadUs, 2'000'000);
    // And a stream's last beat: the server times each connection's stream on its own (a state
    // every 50 ms, a tick a second), and a beat that fired late on the connection whose client
    // closed first (a loaded server, a loaded machine) was never sent there. A message that
    // continues a stream both paths have, not critical, is allowed one beat of that stream more.
    constexpr qint64 LongestBeatUs = 2'000'000;
    QHash<QString, qint64> beats;
    const auto setAside = [&](const PathRecord &path, const NormalizedMessage &m, qint64 aheadUs, qint64 otherClosing) {
        if (otherClosing == std::numeric_limits<qint64>::max() || m.tUs + aheadUs + LongestBeatUs <= otherClosing)
            return false;
        return m.tUs + aheadUs > otherClosing
            || m.tUs + aheadUs + std::min(LongestBeatUs, streamBeatUs(run, al, path, m, &beats)) > otherClosing;
    };
    for (qsizetype i = lastMatchedA + 1; i < qsizetype(a.size()); ++i)
        if (statusA[i] == Status::Missing && setAside(run.direct, a[i], lagUs, tunnelClosing))
            statusA[i] = Status::NotComparable;
    for (qsizetype j = lastMatchedB + 1; j < qsizetype(b.size()); ++j)
        if (statusB[j] == Status::Extra && setAside(run.tunnel, b[j], leadUs, directClosing))
            statusB[j] = Status::NotComparable;
}

// Two captures made apart share no clock, so when either began or stopped recording cannot be
// told from the other's times; and a stream (events, ticks) goes on for as long as each session
// lasted. A message before the first or after the last message both captures have is set aside
// when it continues a stream both have (a paired message has its label) and is not critical: the
// two sessions joined or left the stream at different points. A one-off message at an edge
// (auth_invalid before the close) is still judged.
void MessageDiff::setAsideStreamEdgesApart(const RunRecord &run, Alignment &al) const
{
    using Status = AlignedRow::Status;
    if (al.pairs.empty())
        return;
    struct Edge
    {
        bool direct;
        qsizetype index;
        QString label;
    };
    QList<Edge> edges;
    QSet<QString> wanted;
    const auto collect = [&](bool direct, qsizetype from, qsizetype to) {
        const std::vector<NormalizedMessage> &messages = direct ? al.a : al.b;
        const std::vector<Status> &status = direct ? al.statusA : al.statusB;
        const PathRecord &path = direct ? run.direct : run.tunnel;
        for (qsizetype i = from; i < to; ++i) {
            if (status[i] != (direct ? Status::Missing : Status::Extra))
                continue;
            const NormalizedMessage &m = messages[i];
            const Facts f = facts(payloadOf(path, m), path.frames.at(m.frame).type == FrameType::Binary);
            if (f.critical)
                continue;
            edges.append({direct, i, f.label.english()});
            wanted.insert(f.label.english());
        }
    };
    collect(true, 0, al.pairs.front().first);
    collect(true, al.pairs.back().first + 1, qsizetype(al.a.size()));
    collect(false, 0, al.pairs.front().second);
    collect(false, al.pairs.back().second + 1, qsizetype(al.b.size()));
    if (edges.isEmpty())
        return;
    // The labels of the messages both captures have, read until every edge's label is found.
    QSet<QString> streams;
    for (const auto &[i, j] : al.pairs) {
        const NormalizedMessage &m = al.a[i];
        const QString label
            = facts(payloadOf(run.direct, m), run.direct.frames.at(m.frame).type == FrameType::Binary).label.english();
        if (wanted.remove(label))
            streams.insert(label);
        if (wanted.isEmpty())
            break;
    }
    for (const Edge &e : std::as_const(edges))
        if (streams.contains(e.label))
            (e.direct ? al.statusA : al.statusB)[e.index] = Status::NotComparable;
}

QList<Finding> MessageDiff::missingFindings(const RunRecord &run, const Alignment &al, qsizetype *notComparable) const
{
    using Status = AlignedRow::Status;
    const std::vector<NormalizedMessage> &a = al.a;
    const std::vector<Status> &statusA = al.statusA;
    const CloseRecord directClose = run.direct.lastClose();
    const CloseRecord tunnelClose = run.tunnel.lastClose();
    const bool tunnelConnected = run.tunnel.everConnected();
    QList<Finding> missing;
    for (qsizetype i = 0; i < qsizetype(a.size()); ++i) {
        if (statusA[i] == Status::NotComparable)
            ++*notComparable;
        if (statusA[i] != Status::Missing || !tunnelConnected)
            continue;
        const Frame f = run.direct.frames.at(a[i].frame);
        const QByteArray payload = payloadOf(run.direct, a[i]);
        const Facts facts = this->facts(payload, f.type == FrameType::Binary);
        HintContext hc;
        hc.kind = QStringLiteral("message_missing");
        if (directClose.frameReceived && directClose.initiatedBy == CloseRecord::Initiator::Server
            && directClose.endedUs >= a[i].tUs) {
            hc.msBeforeDirectClose = RunClock::toMs(directClose.endedUs - a[i].tUs);
            hc.directCloseCode = directClose.code;
        }
        // The tunnel connection ended on its own (not by our client's close) before the
        // message could come through it.
        hc.tunnelEndedBeforeIt = tunnelClose.endedUs >= 0
            && (tunnelClose.endedUs < a[i].tUs || tunnelClose.initiatedBy != CloseRecord::Initiator::Client);
        hc.tunnelEndMs = RunClock::toMs(tunnelClose.endedUs);
        // Due after the last message both paths saw, on a tunnel connection the client failed.
        hc.tunnelFailedByClient
            = tunnelClose.failedByClient() && !directClose.failedByClient() && (al.pairs.empty() || i > al.pairs.back().first);
        hc.tunnelClosedClientSide = tunnelClose.initiatedBy == CloseRecord::Initiator::Server
            || (tunnelClose.initiatedBy == CloseRecord::Initiator::None
                && tunnelClose.tcpEndedBy == CloseRecord::TcpEndedBy::Peer);
        hc.tunnelForwardedClose = tunnelClose.initiatedBy == CloseRecord::Initiator::Server;
        hc.tunnelTcpEndedByClient = tunnelClose.tcpEndedBy == CloseRecord::TcpEndedBy::Client;
        if (tunnelClose.endedUs >= 0 && directClose.endedUs >= 0)
            hc.tunnelHeldOpenMs = RunClock::toMs(tunnelClose.endedUs - directClose.endedUs);
        if (const auto gap = downAt(run.tunnel, a[i].tUs); gap.first >= 0) {
            hc.tunnelEndedBeforeIt = true;
            hc.tunnelEndMs = RunClock::toMs(gap.first);
            hc.tunnelReopenMs = gap.second >= 0 ? RunClock::toMs(gap.second) : -1;
        }
        Finding fd;
        fd.kind = hc.kind;
        fd.severity = severityOf(facts);
        fd.path = QStringLiteral("tunnel");
        fd.directSeq = a[i].frame;
        fd.tMs = RunClock::toMs(a[i].tUs);
        // Two captures made apart share no clock and may lack closes (a HAR): what happened
        // around the message cannot be told from them.
        // After the client failed the tunnel connection over a violation that came through it,
        // the message was never sent on that path: it never came, rather than was lost.
        if (!run.sharedClock)
            fd.summary = Sentence::translate("MessageDiff",
                                             "tunnel lost %1: the first capture has it and the second does not (captures "
                                             "made apart: when or why it went missing is not in them)")
                             .arg(facts.label);
        else if (hc.tunnelFailedByClient)
            fd.summary = Sentence::translate("MessageDiff", "%1 never came through the tunnel: %2")
                             .arg(facts.label, FindingHints::hint(hc));
        else
            fd.summary = Sentence::translate("MessageDiff", "tunnel lost %1: %2").arg(facts.label, FindingHints::hint(hc));
        fd.detail = {{QStringLiteral("message"), facts.label.english()}, {QStringLiteral("size"), payload.size()}};
        if (a[i].item >= 0)
            fd.detail.insert(QStringLiteral("coalesced_item"), a[i].item);
        missing.append(fd);
    }
    return missing;
}

QList<Finding> MessageDiff::tunnelFindings(const RunRecord &run, const Alignment &al, qsizetype *notComparable) const
{
    using Status = AlignedRow::Status;
    const std::vector<NormalizedMessage> &a = al.a, &b = al.b;
    const std::vector<Status> &statusB = al.statusB;
    const std::vector<qsizetype> &partnerA = al.partnerA, &partnerB = al.partnerB;
    const std::vector<qsizetype> &firstCopyB = al.firstCopyB;
    const QHash<qsizetype, QString> &alterationB = al.alterationB;
    QList<Finding> findings;
    for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
        const Status s = statusB[j];
        if (s == Status::NotComparable)
            ++*notComparable;
        if (s == Status::Matched || s == Status::NotComparable)
            continue;
        const Frame f = run.tunnel.frames.at(b[j].frame);
        const QByteArray payload = payloadOf(run.tunnel, b[j]);
        const bool altered = s == Status::Altered;
        const QByteArray directPayload = altered ? payloadOf(run.direct, a[partnerB[j]]) : QByteArray();
        // An altered message is named and weighed by what the server sent.
        const Facts facts = altered
            ? this->facts(directPayload, run.direct.frames.at(a[partnerB[j]].frame).type == FrameType::Binary)
            : this->facts(payload, f.type == FrameType::Binary);
        const Sentence &name = facts.label;
        Finding fd;
        fd.path = QStringLiteral("tunnel");
        fd.tunnelSeq = b[j].frame;
        fd.directSeq = partnerB[j] >= 0 ? a[partnerB[j]].frame : -1;
        fd.tMs = RunClock::toMs(b[j].tUs);
        fd.severity = Finding::Severity::Warning;
        HintContext hc;
        switch (s) {
        case Status::Duplicated:
            hc.kind = fd.kind = QStringLiteral("message_duplicated");
            {
                // The copy the direct path's message was matched with, else the one just before.
                const qsizetype i = partnerB[j];
                const qsizetype original = i >= 0 && partnerA[i] >= 0 ? partnerA[i] : firstCopyB[j];
                hc.acrossReconnect = connectionOf(run.tunnel, b[original].frame) != connectionOf(run.tunnel, b[j].frame);
            }
            fd.severity = hc.acrossReconnect ? Finding::Severity::Info : severityOf(facts);
            fd.summary = Sentence::translate("MessageDiff", "tunnel delivered %1 twice: %2").arg(name, FindingHints::hint(hc));
            break;
        case Status::Reordered: {
            hc.kind = fd.kind = QStringLiteral("message_reordered");
            const qsizetype expectedAt = partnerB[j];
            fd.summary = Sentence::translate("MessageDiff", "%1 arrived at position %2 on the tunnel instead of %3: %4")
                             .arg(name, Sentence::number(j), Sentence::number(expectedAt), FindingHints::hint(hc));
            fd.detail = {{QStringLiteral("direct_position"), expectedAt}, {QStringLiteral("tunnel_position"), j}};
            break;
        }
        case Status::Altered: {
            hc.kind = fd.kind = QStringLiteral("message_altered");
            hc.alteration = alterationB.value(j);
            hc.junkBytes = int(payload.size() - directPayload.size());
            hc.replacementCharacters = payload.contains("\xEF\xBF\xBD") && !directPayload.contains("\xEF\xBF\xBD");
            fd.severity = severityOf(facts);
            fd.summary = Sentence::translate("MessageDiff", "tunnel altered %1 (%2): %3")
                             .arg(name, hc.alteration, FindingHints::hint(hc));
            fd.detail = {{QStringLiteral("alteration"), hc.alteration},
                         {QStringLiteral("direct_size"), directPayload.size()},
                         {QStringLiteral("tunnel_size"), payload.size()}};
            if (hc.alteration == QLatin1String("junk_prefix"))
                fd.detail.insert(QStringLiteral("prefix_hex"),
                                 QString::fromLatin1(payload.left(hc.junkBytes).left(32).toHex(' ')));
            break;
        }
        default:
            hc.kind = fd.kind = QStringLiteral("message_extra");
            fd.summary = Sentence::translate("MessageDiff", "tunnel received %1 that the direct path did not: %2")
                             .arg(name, FindingHints::hint(hc));
            break;
        }
        findings.append(fd);
    }

    return findings;
}

std::optional<Finding> MessageDiff::latencyFinding(const std::vector<double> &deltasMs) const
{
    // Latency the tunnel adds per message.
    const LatencyStats delta = LatencyStats::of(deltasMs);
    const double limit = m_profile.compare.latencyWarnMs;
    if (delta.n > 0 && delta.p95 > limit / 4) {
        HintContext hc;
        hc.kind = QStringLiteral("latency_regression");
        hc.latencyP95Ms = delta.p95;
        hc.latencyLimitMs = limit;
        // One slow message among otherwise quick ones is a spike, not a regression: a warning
        // takes two, or a typical (median) message above the limit.
        hc.latencyOverLimit = int(std::count_if(deltasMs.cbegin(), deltasMs.cend(), [limit](double d) { return d > limit; }));
        Finding fd;
        fd.kind = hc.kind;
        hc.latencyP50Ms = delta.p50;
        const bool spike = hc.latencyOverLimit < 2 && delta.p50 <= limit;
        fd.severity = delta.p95 > limit && !spike ? Finding::Severity::Warning : Finding::Severity::Info;
        fd.path = QStringLiteral("tunnel");
        fd.summary
            = Sentence::translate("MessageDiff", "the tunnel adds %1 ms at p50 and %2 ms at p95 over %3 matched messages: %4")
                  .arg(Sentence::number(delta.p50, 1), Sentence::number(delta.p95, 1), Sentence::number(delta.n),
                       FindingHints::hint(hc));
        fd.detail = delta.toJson();
        return fd;
    }
    return std::nullopt;
}

std::vector<AlignedRow> MessageDiff::rowsOf(const Alignment &al)
{
    using Status = AlignedRow::Status;
    const std::vector<NormalizedMessage> &a = al.a, &b = al.b;
    const std::vector<Status> &statusA = al.statusA, &statusB = al.statusB;
    const std::vector<qsizetype> &partnerA = al.partnerA, &partnerB = al.partnerB;
    // Rows in tunnel order, direct-only messages slotted where they were expected.
    std::vector<AlignedRow> rows;
    rows.reserve(a.size() + b.size());
    auto directRow = [&](qsizetype i) {
        if (statusA[i] == Status::Matched)
            return;
        const bool paired = statusA[i] == Status::Altered || statusA[i] == Status::Reordered;
        rows.push_back(AlignedRow{statusA[i], qint32(a[i].frame), paired ? qint32(b[partnerA[i]].frame) : -1, 0});
    };
    qsizetype i = 0;
    for (qsizetype j = 0; j < qsizetype(b.size()); ++j) {
        if (statusB[j] == Status::Matched) {
            for (const qsizetype pi = partnerB[j]; i < pi; ++i)
                directRow(i);
            const NormalizedMessage &partner = a[partnerB[j]];
            rows.push_back(AlignedRow{Status::Matched, qint32(partner.frame), qint32(b[j].frame),
                                      b[j].reactsLike(partner) ? float(RunClock::toMs(b[j].reactionUs - partner.reactionUs))
                                                               : AlignedRow::NoDelta});
            i = partnerB[j] + 1;
        } else if (statusB[j] == Status::Altered) {
            // Where the tunnel delivered it, with the direct rows up to its partner before it
            // (a later copy of it, a duplicate, must follow it).
            for (const qsizetype pi = partnerB[j]; i <= pi; ++i)
                directRow(i);
        } else if (statusB[j] != Status::Reordered) { // a reordered one comes with its direct partner
            rows.push_back(AlignedRow{statusB[j], -1, qint32(b[j].frame), 0});
        }
    }
    for (; i < qsizetype(a.size()); ++i)
        directRow(i);
    return rows;
}

} // namespace tunnelscope
