#include "controlframecomparer.h"

#include "closepayload.h"
#include "findinghints.h"
#include "latencystats.h"
#include "runclock.h"
#include "utf8.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace tunnelscope {

namespace {

// A pong that has not come within this long on a live connection (at least, and
// four round trips of the path) is not coming.
constexpr qint64 MinAnswerWindowUs = 250'000;
// Two paths see the same server ping at moments this far apart (clock offsets
// and the tunnel's typical delay aside): timer slack, plus the spread of the
// tunnel's delay.
constexpr qint64 MaxPingSkewUs = 250'000;
constexpr qint64 MinPingSkewUs = 20'000;
// A ping that comes this soon after a message is "right after" it.
constexpr qint64 RightAfterUs = 50'000;
constexpr qsizetype MaxListedSeqs = 50;

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// The tunnel's typical added delay per message (ms), from the messages both
// paths timed from the same event; -1 when too few were.
double typicalAddedMs(const MessageDiffResult &diff)
{
    return diff.deltasMs.size() >= 3 ? median(diff.deltasMs) : -1;
}

// One control frame on a path, with the connection it belongs to.
struct ControlFrame
{
    qsizetype index;
    qint64 tUs;
    QByteArrayView payload;
    int connection;
};

QList<ControlFrame> controlFrames(const PathRecord &p, FrameType type, Direction dir)
{
    QList<ControlFrame> out;
    int connection = -1;
    for (qsizetype i = 0; i < p.frames.count(); ++i) {
        while (connection + 1 < p.connections.size() && p.connections.at(connection + 1).firstFrameIndex <= i)
            ++connection;
        const Frame f = p.frames.at(i);
        if (f.type == type && f.dir == dir && connection >= 0)
            out.append(ControlFrame{i, f.tUs, f.payload, connection});
    }
    return out;
}

// When a connection ended: its recorded end, else its last frame.
qint64 connectionEndUs(const PathRecord &p, int connection)
{
    const ConnectionRecord &c = p.connections.at(connection);
    if (c.close.endedUs >= 0)
        return c.close.endedUs;
    const qsizetype end
        = connection + 1 < p.connections.size() ? p.connections.at(connection + 1).firstFrameIndex : p.frames.count();
    return end > c.firstFrameIndex ? p.frames.at(end - 1).tUs : c.handshake.answerUs;
}

// Until when a server could be expected to ping on connection `c`: its end, or the client's
// close frame if the client closed first. A ping the server's timer fires after our close is
// out is a race between its timer and our close reaching it, which a busy server or a slower
// path loses without anything being wrong with the tunnel.
qint64 pingsDueUntilUs(const PathRecord &p, int connection)
{
    const ConnectionRecord &c = p.connections.at(connection);
    const qsizetype end
        = connection + 1 < p.connections.size() ? p.connections.at(connection + 1).firstFrameIndex : p.frames.count();
    for (qsizetype i = c.firstFrameIndex; i < end; ++i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Close && f.dir == Direction::Out)
            return std::min(f.tUs, connectionEndUs(p, connection));
    }
    return connectionEndUs(p, connection);
}

// Whether a path was connected around `tUs` (within `marginUs` of its upgrade)
// and stayed so `marginUs` longer, before the client's own close: only then does a
// server ping it lacks tell something.
bool upThrough(const PathRecord &p, qint64 tUs, qint64 marginUs)
{
    for (int c = 0; c < p.connections.size(); ++c) {
        const HandshakeRecord &h = p.connections.at(c).handshake;
        if (h.ok && h.answerUs >= 0 && h.answerUs - marginUs <= tUs && pingsDueUntilUs(p, c) >= tUs + marginUs)
            return true;
    }
    return false;
}

// How far apart the same server ping may land on the two paths, once the
// tunnel's typical delay is allowed for: its delay's own spread and some timer
// slack, but never as much as half the server's heartbeat period, so neighbours
// are never confused.
qint64 pingSkewUs(const QList<ControlFrame> &directPings, const MessageDiffResult &diff)
{
    qint64 skew = MinPingSkewUs;
    if (diff.deltasMs.size() >= 3) {
        const LatencyStats spread = LatencyStats::of(diff.deltasMs);
        skew += qint64(2000.0 * std::max(0.0, spread.p95 - spread.p50));
    }
    for (qsizetype i = 1; i < directPings.size(); ++i)
        if (directPings.at(i).connection == directPings.at(i - 1).connection)
            skew = std::min(skew, (directPings.at(i).tUs - directPings.at(i - 1).tUs) / 2);
    return std::clamp(skew, MinPingSkewUs / 2, MaxPingSkewUs);
}

// The tunnel's clock lag behind the direct path on connection `c` (their
// upgrades' answers).
qint64 connectionOffsetUs(const RunRecord &run, int c)
{
    const int n = int(std::min(run.direct.connections.size(), run.tunnel.connections.size()));
    if (n == 0)
        return 0;
    const int pair = c >= 0 && c < n ? c : 0;
    const qint64 d = run.direct.connections.at(pair).handshake.answerUs;
    const qint64 t = run.tunnel.connections.at(pair).handshake.answerUs;
    return d >= 0 && t >= 0 ? t - d : 0;
}

QJsonArray seqList(const QList<qsizetype> &indices)
{
    QJsonArray out;
    for (const qsizetype i : indices.first(std::min(indices.size(), MaxListedSeqs)))
        out.append(qint64(i));
    return out;
}

Sentence pings(qsizetype n)
{
    return Sentence::translate("ControlFrameComparer", "%n ping(s)", nullptr, int(n));
}

// A ping payload in a sentence: quoted text, or its bytes in hex.
Sentence payloadText(QByteArrayView payload)
{
    if (payload.isEmpty())
        return Sentence::translate("ControlFrameComparer", "an empty payload");
    if (isValidUtf8(payload))
        return Sentence::verbatim(QStringLiteral("\"%1\"").arg(clipped(decodeUtf8(payload), 40)));
    return Sentence::verbatim(QString::fromLatin1(payload.first(std::min<qsizetype>(payload.size(), 16)).toByteArray().toHex(' '))
                              + (payload.size() > 16 ? QStringLiteral(" …") : QString()));
}

// The data message that came just before a frame on the same connection, by
// name, if it came right before.
Sentence rightAfter(const PathRecord &p, const ControlFrame &frame)
{
    const qsizetype first = frame.connection >= 0 ? p.connections.at(frame.connection).firstFrameIndex : 0;
    for (qsizetype i = frame.index - 1; i >= first; --i) {
        const Frame f = p.frames.at(i);
        if (f.dir != Direction::In || !f.isData())
            continue;
        return frame.tUs - f.tUs <= RightAfterUs ? MessageDiff::label(f.payload, f.type == FrameType::Binary) : Sentence();
    }
    return Sentence();
}

// Names counted in the order they first came: "auth_required ×1, auth_ok ×1".
class Tally
{
public:
    void add(const Sentence &name)
    {
        if (name.isEmpty())
            return;
        for (auto &entry : m_entries)
            if (entry.first.english() == name.english()) {
                ++entry.second;
                return;
            }
        m_entries.append({name, 1});
    }
    bool isEmpty() const { return m_entries.isEmpty(); }
    Sentence text() const
    {
        QList<Sentence> parts;
        for (const auto &entry : m_entries)
            parts << Sentence::verbatim(QStringLiteral("%1 ×%2")).arg(entry.first, entry.second);
        return Sentence::listed(parts);
    }
    QJsonObject toJson() const
    {
        QJsonObject o;
        for (const auto &entry : m_entries)
            o.insert(entry.first.english(), entry.second);
        return o;
    }

private:
    QList<QPair<Sentence, int>> m_entries;
};

// The data messages a path received after the client's close frame `ours`, on
// the same connection, until the server's close.
QList<qsizetype> dataBeforeServerClose(const PathRecord &p, const ControlFrame &ours)
{
    const qsizetype end
        = ours.connection + 1 < p.connections.size() ? p.connections.at(ours.connection + 1).firstFrameIndex : p.frames.count();
    QList<qsizetype> out;
    for (qsizetype i = ours.index + 1; i < end; ++i) {
        const Frame f = p.frames.at(i);
        if (f.type == FrameType::Close && f.dir == Direction::In)
            break;
        if (f.dir == Direction::In && f.isData())
            out.append(i);
    }
    return out;
}

// The quickest answer a path saw to data it sent on the connection of `ours`,
// before `ours`: from a message out to the next message in. -1 when there was
// none. A server push that happens to follow a send makes it shorter than the
// round trip, never longer, so it is a safe lower bound for what an answer to
// our close could take.
qint64 fastestExchangeUs(const PathRecord &p, const ControlFrame &ours)
{
    const qsizetype first = ours.connection >= 0 ? p.connections.at(ours.connection).firstFrameIndex : 0;
    qint64 fastest = -1;
    qint64 sentUs = -1;
    for (qsizetype i = first; i < ours.index; ++i) {
        const Frame f = p.frames.at(i);
        if (!f.isData())
            continue;
        if (f.dir == Direction::Out) {
            sentUs = f.tUs;
        } else if (sentUs >= 0) {
            if (fastest < 0 || f.tUs - sentUs < fastest)
                fastest = f.tUs - sentUs;
            sentUs = -1;
        }
    }
    return fastest;
}

// One ping this client sent on a path, and what answered it.
struct OwnPing
{
    ControlFrame frame;
    qint64 rttUs = -1;            // -1: no pong with its payload came
    qsizetype strayPong = -1;     // a pong with another payload that came after it instead
    bool couldBeAnswered = false; // answered, or the connection stayed up long enough
};

QList<OwnPing> ownPings(const PathRecord &p, qint64 answerWindowUs)
{
    const QList<ControlFrame> sent = controlFrames(p, FrameType::Ping, Direction::Out);
    const QList<ControlFrame> pongs = controlFrames(p, FrameType::Pong, Direction::In);
    std::vector<bool> used(pongs.size(), false);
    QList<OwnPing> out;
    out.reserve(sent.size());
    qsizetype from = 0; // pongs before every later ping are skipped once
    for (const ControlFrame &s : sent) {
        OwnPing ping{s};
        while (from < pongs.size() && pongs.at(from).tUs < s.tUs)
            ++from;
        for (qsizetype k = from; k < pongs.size() && pongs.at(k).connection == s.connection; ++k) {
            if (!used[k] && pongs.at(k).payload == s.payload) {
                used[k] = true;
                ping.rttUs = pongs.at(k).tUs - s.tUs;
                break;
            }
        }
        ping.couldBeAnswered = ping.rttUs >= 0 || connectionEndUs(p, s.connection) - s.tUs >= answerWindowUs;
        out.append(ping);
    }
    // A pong nobody's payload matches answers the latest unanswered ping before
    // it.
    for (qsizetype k = 0; k < pongs.size(); ++k) {
        if (used[k])
            continue;
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            OwnPing &ping = out[i];
            if (ping.frame.tUs > pongs.at(k).tUs || ping.frame.connection != pongs.at(k).connection)
                continue;
            if (ping.rttUs < 0 && ping.strayPong < 0)
                ping.strayPong = pongs.at(k).index;
            break;
        }
    }
    return out;
}

// The k-th ping with each payload, so the same scripted ping pairs across the
// paths.
QHash<QByteArray, QList<qsizetype>> byPayload(const QList<OwnPing> &pings)
{
    QHash<QByteArray, QList<qsizetype>> out;
    for (qsizetype i = 0; i < pings.size(); ++i)
        out[pings.at(i).frame.payload.toByteArray()].append(i);
    return out;
}

Finding controlFinding(const QString &kind, const QString &frame, Finding::Severity severity)
{
    Finding f;
    f.kind = kind;
    f.severity = severity;
    f.path = QStringLiteral("tunnel");
    f.detail = {{QStringLiteral("frame"), frame}, {QStringLiteral("message"), frame}};
    return f;
}

Sentence hintFor(const QString &kind, const QString &frame)
{
    HintContext hc;
    hc.kind = kind;
    hc.frame = frame;
    return FindingHints::hint(hc);
}

// Server pings on each path's clock: a server ping reaches the tunnel path later by the
// offset of its connection and about half the delay the tunnel adds to a round trip. Only a
// ping that came while both paths were up (and stayed so a while) can be missed by one of them.
struct ServerPingClock
{
    const RunRecord &run;
    qint64 skewUs;
    qint64 oneWayUs;
    qint64 periodUs; // the server's heartbeat, as its pings on one connection are spaced (0: not seen)

    qint64 onTunnelClock(const ControlFrame &d) const { return d.tUs + connectionOffsetUs(run, d.connection) + oneWayUs; }
    qint64 onDirectClock(const ControlFrame &t) const { return t.tUs - connectionOffsetUs(run, t.connection) - oneWayUs; }
    bool bothUp(qint64 directClockUs, int connection) const
    {
        return upThrough(run.direct, directClockUs, skewUs)
            && upThrough(run.tunnel, directClockUs + connectionOffsetUs(run, connection) + oneWayUs, skewUs);
    }
    bool judged(const ControlFrame &f, bool onTunnel) const { return bothUp(onTunnel ? onDirectClock(f) : f.tUs, f.connection); }
    // Whether the direct path stayed up a whole heartbeat after the time a tunnel ping came.
    // The server's timer runs on its own for each connection: one that fires late on the direct
    // connection's last beat before the client closes (a busy server, a loaded machine) leaves
    // the tunnel with a ping the direct path never got, and that is no ping of the tunnel's own.
    bool directOutlived(const ControlFrame &tunnelPing) const
    {
        return upThrough(run.direct, onDirectClock(tunnelPing), std::max(skewUs, periodUs));
    }
};

// The server's heartbeat period: the widest spacing of the direct path's server pings on one
// connection (the server's own); when the direct path has too few, the tunnel's (a ping the
// tunnel injects between two beats only narrows the spacings it falls between).
qint64 heartbeatPeriodUs(const QList<ControlFrame> &direct, const QList<ControlFrame> &tunnel)
{
    const auto widest = [](const QList<ControlFrame> &pings) {
        qint64 period = 0;
        for (qsizetype i = 1; i < pings.size(); ++i)
            if (pings.at(i).connection == pings.at(i - 1).connection)
                period = std::max(period, pings.at(i).tUs - pings.at(i - 1).tUs);
        return period;
    };
    const qint64 fromDirect = widest(direct);
    return fromDirect > 0 ? fromDirect : widest(tunnel);
}

// Which server pings of each path found their partner on the other.
struct ServerPingPairing
{
    const QList<ControlFrame> &direct;
    const QList<ControlFrame> &tunnel;
    const ServerPingClock &clock;
    std::vector<bool> pairedDirect = std::vector<bool>(std::size_t(direct.size()), false);
    std::vector<bool> pairedTunnel = std::vector<bool>(std::size_t(tunnel.size()), false);

    qint64 apartUs(qsizetype i, qsizetype j) const { return tunnel.at(j).tUs - clock.onTunnelClock(direct.at(i)); }
    // The pings of a path no partner was found for: all of them, or only those that came
    // while both paths were up (`judged`), the only ones whose lack of a partner says something.
    QList<qsizetype> unpaired(bool onTunnel, bool judgedOnly = true) const
    {
        const QList<ControlFrame> &pings = onTunnel ? tunnel : direct;
        const std::vector<bool> &paired = onTunnel ? pairedTunnel : pairedDirect;
        QList<qsizetype> left;
        for (qsizetype i = 0; i < pings.size(); ++i)
            if (!paired[std::size_t(i)] && (!judgedOnly || clock.judged(pings.at(i), onTunnel)))
                left << i;
        return left;
    }
    // Walks the unpaired pings of both paths together (both in time order), pairing equal
    // pings at most `within` apart, each with its nearest partner. Whether it paired any.
    // Every ping is a candidate partner, judged or not: near a close, one path's last beat can be
    // judged (its path stayed up a margin longer) while its partner on the other, a few
    // milliseconds later, is not; that partner still shows the ping came through.
    bool pairUp(qint64 within)
    {
        bool any = false;
        const QList<qsizetype> d = unpaired(false, false), t = unpaired(true, false);
        for (qsizetype a = 0, b = 0; a < d.size() && b < t.size();) {
            const qint64 apart = apartUs(d.at(a), t.at(b));
            const QByteArrayView payload = direct.at(d.at(a)).payload;
            if (std::abs(apart) > within || payload != tunnel.at(t.at(b)).payload) {
                apart < 0 ? ++b : ++a;
            } else if (b + 1 < t.size() && tunnel.at(t.at(b + 1)).payload == payload
                       && std::abs(apartUs(d.at(a), t.at(b + 1))) < std::abs(apart)) {
                ++b; // the next tunnel ping is this one's partner
            } else if (a + 1 < d.size() && direct.at(d.at(a + 1)).payload == payload
                       && std::abs(apartUs(d.at(a + 1), t.at(b))) < std::abs(apart)) {
                ++a;
            } else {
                pairedDirect[std::size_t(d.at(a++))] = pairedTunnel[std::size_t(t.at(b++))] = true;
                any = true;
            }
        }
        return any;
    }
};

// Pings the tunnel path got that the server never sent the direct path.
void reportInjectedPings(const RunRecord &run, const ServerPingPairing &pairing, QList<Finding> *out)
{
    const QList<ControlFrame> &tunnel = pairing.tunnel;
    QList<qsizetype> injected;
    for (const qsizetype j : pairing.unpaired(true))
        if (pairing.clock.directOutlived(tunnel.at(j)))
            injected << j;
    if (injected.isEmpty())
        return;
    Tally after;
    QList<qsizetype> seqs;
    for (const qsizetype j : injected) {
        after.add(rightAfter(run.tunnel, tunnel.at(j)));
        seqs << tunnel.at(j).index;
    }
    const qsizetype shared = std::count(pairing.pairedTunnel.cbegin(), pairing.pairedTunnel.cend(), true);
    Finding f = controlFinding(QStringLiteral("message_extra"), QStringLiteral("ping"), Finding::Severity::Warning);
    const ControlFrame &first = tunnel.at(injected.first());
    f.tMs = RunClock::toMs(first.tUs);
    f.tunnelSeq = first.index;
    const Sentence besides = shared > 0
        ? Sentence::translate("ControlFrameComparer", "besides the %1 the server sent, which both paths got").arg(pings(shared))
        : Sentence::translate("ControlFrameComparer", "the direct path got none from the server");
    f.summary = after.isEmpty()
        ? Sentence::translate("ControlFrameComparer", "the tunnel sent %1 of its own (%2): %3")
              .arg(pings(injected.size()), besides, hintFor(f.kind, QStringLiteral("ping")))
        : Sentence::translate("ControlFrameComparer", "the tunnel sent %1 of its own (%2), right after %3: %4")
              .arg(pings(injected.size()), besides, after.text(), hintFor(f.kind, QStringLiteral("ping")));
    f.detail.insert(QStringLiteral("count"), injected.size());
    f.detail.insert(QStringLiteral("tunnel_seqs"), seqList(seqs));
    if (!after.isEmpty())
        f.detail.insert(QStringLiteral("after"), after.toJson());
    out->append(f);
}

// The server's pings that reached the direct path and never the tunnel path, while it was up.
void reportLostPings(const RunRecord &run, const ServerPingPairing &pairing, QList<Finding> *out)
{
    QList<qsizetype> lost;
    for (const qsizetype i : pairing.unpaired(false))
        lost.append(pairing.direct.at(i).index);
    if (lost.isEmpty())
        return;
    Finding f = controlFinding(QStringLiteral("message_missing"), QStringLiteral("ping"), Finding::Severity::Warning);
    f.directSeq = lost.first();
    f.tMs = RunClock::toMs(run.direct.frames.at(lost.first()).tUs);
    f.summary = Sentence::translate("ControlFrameComparer",
                                    "%1 of the server's %2 never came through the tunnel, which "
                                    "stayed up: %3")
                    .arg(Sentence::number(lost.size()), pings(pairing.direct.size()), hintFor(f.kind, QStringLiteral("ping")));
    f.detail.insert(QStringLiteral("count"), lost.size());
    f.detail.insert(QStringLiteral("direct_seqs"), seqList(lost));
    out->append(f);
}

// The client's own pings through the tunnel, each set beside its partner on the direct path
// (the same payload, the same occurrence of it).
struct ClientPingOutcomes
{
    QList<qsizetype> swallowed;               // the server answered it directly, the tunnel's pong never came
    QList<qsizetype> altered;                 // a pong came with another payload
    QList<qsizetype> answeredWithoutServer;   // the server answers none, the tunnel did
    std::vector<double> directRtt, tunnelRtt; // both answered: the round trips, in ms

    static ClientPingOutcomes of(const QList<OwnPing> &direct, const QList<OwnPing> &tunnel)
    {
        ClientPingOutcomes o;
        const QHash<QByteArray, QList<qsizetype>> directByPayload = byPayload(direct);
        QHash<QByteArray, qsizetype> occurrence;
        for (qsizetype j = 0; j < tunnel.size(); ++j) {
            const OwnPing &t = tunnel.at(j);
            const QByteArray payload = t.frame.payload.toByteArray();
            const qsizetype k = occurrence[payload]++;
            const QList<qsizetype> partners = directByPayload.value(payload);
            if (k >= partners.size())
                continue; // no such ping on the direct path: nothing to compare it with
            const OwnPing &d = direct.at(partners.at(k));
            if (d.rttUs >= 0 && t.rttUs < 0 && t.couldBeAnswered) {
                (t.strayPong >= 0 ? o.altered : o.swallowed).append(j);
            } else if (d.rttUs < 0 && d.couldBeAnswered && t.rttUs >= 0) {
                o.answeredWithoutServer.append(j);
            } else if (d.rttUs >= 0 && t.rttUs >= 0) {
                o.directRtt.push_back(RunClock::toMs(d.rttUs));
                o.tunnelRtt.push_back(RunClock::toMs(t.rttUs));
            }
        }
        return o;
    }
};

// What the client's pings on the tunnel path say, and what a finding about some of them needs.
struct ClientPingEvidence
{
    const RunRecord &run;
    const QList<OwnPing> &tunnel;
    qint64 answerWindowUs;
    double directRttMs; // the median of every answered direct ping
    double addedMs;     // the typical delay the tunnel adds to a message

    QJsonArray seqs(const QList<qsizetype> &which) const
    {
        QList<qsizetype> indices;
        for (const qsizetype j : which)
            indices << tunnel.at(j).frame.index;
        return seqList(indices);
    }
    Finding finding(const QString &kind, const QString &frame, const QList<qsizetype> &which) const
    {
        Finding f = controlFinding(kind, frame, Finding::Severity::Warning);
        const ControlFrame &first = tunnel.at(which.first()).frame;
        f.tunnelSeq = first.index;
        f.tMs = RunClock::toMs(first.tUs);
        f.detail.insert(QStringLiteral("count"), which.size());
        f.detail.insert(QStringLiteral("tunnel_seqs"), seqs(which));
        return f;
    }
};

void reportSwallowedPongs(const ClientPingEvidence &e, const QList<qsizetype> &swallowed, QList<Finding> *out)
{
    if (swallowed.isEmpty())
        return;
    Finding f = e.finding(QStringLiteral("message_missing"), QStringLiteral("pong"), swallowed);
    const qsizetype judged
        = std::count_if(e.tunnel.cbegin(), e.tunnel.cend(), [](const OwnPing &t) { return t.couldBeAnswered; });
    f.summary
        = Sentence::translate("ControlFrameComparer",
                              "%1 of our %2 through the tunnel got no pong within %3 s, where the direct path's "
                              "server answered each of them (in %4 ms at the median): %5")
              .arg(Sentence::number(swallowed.size()), pings(judged), Sentence::number(RunClock::toSeconds(e.answerWindowUs), 2),
                   Sentence::number(e.directRttMs, 2), hintFor(f.kind, QStringLiteral("pong")));
    f.detail.insert(QStringLiteral("sent"), judged);
    out->append(f);
}

void reportAlteredPongs(const ClientPingEvidence &e, const QList<qsizetype> &altered, QList<Finding> *out)
{
    if (altered.isEmpty())
        return;
    Finding f = e.finding(QStringLiteral("message_altered"), QStringLiteral("ping"), altered);
    const OwnPing &first = e.tunnel.at(altered.first());
    const Frame pong = e.run.tunnel.frames.at(first.strayPong);
    f.summary = Sentence::translate("ControlFrameComparer",
                                    "%1 through the tunnel came back with another payload: we sent %2, the pong carried "
                                    "%3, where the direct path's pongs echoed ours: %4")
                    .arg(pings(altered.size()), payloadText(first.frame.payload), payloadText(pong.payload),
                         hintFor(f.kind, QStringLiteral("ping")));
    out->append(f);
}

void reportPongsWithoutServer(const ClientPingEvidence &e, const QList<qsizetype> &answered, QList<Finding> *out)
{
    if (answered.isEmpty())
        return;
    Finding f = e.finding(QStringLiteral("message_extra"), QStringLiteral("pong"), answered);
    f.summary = Sentence::translate("ControlFrameComparer",
                                    "the tunnel answered %1 that the server does not answer "
                                    "(the direct path got no pong within %2 s): %3")
                    .arg(pings(answered.size()), Sentence::number(RunClock::toSeconds(e.answerWindowUs), 2),
                         hintFor(f.kind, QStringLiteral("pong")));
    f.detail.insert(QStringLiteral("answered_by"), QStringLiteral("tunnel"));
    out->append(f);
}

// A pong through a tunnel that delays every message by D cannot come back in much less than D
// more than the direct one: one that does was answered before the long haul.
void reportPongsTooQuick(const ClientPingEvidence &e, const ClientPingOutcomes &o, QList<Finding> *out)
{
    constexpr double MinAddedMs = 20.0;
    if (o.tunnelRtt.size() < 2 || e.addedMs < MinAddedMs)
        return;
    const double directMedian = median(o.directRtt), tunnelMedian = median(o.tunnelRtt);
    if (tunnelMedian >= directMedian + e.addedMs / 4)
        return;
    Finding f = controlFinding(QStringLiteral("message_extra"), QStringLiteral("pong"), Finding::Severity::Warning);
    for (const OwnPing &t : e.tunnel) {
        if (t.rttUs >= 0) {
            f.tunnelSeq = t.frame.index;
            f.tMs = RunClock::toMs(t.frame.tUs);
            break;
        }
    }
    f.summary
        = Sentence::translate("ControlFrameComparer",
                              "the tunnel's pongs came back in %1 ms (median of %2), about as fast as the direct "
                              "path's %3 ms, though every message through the tunnel takes %4 ms longer: %5")
              .arg(Sentence::number(tunnelMedian, 2), Sentence::number(qint64(o.tunnelRtt.size())),
                   Sentence::number(directMedian, 2), Sentence::number(e.addedMs, 1), hintFor(f.kind, QStringLiteral("pong")));
    f.detail.insert(QStringLiteral("count"), qint64(o.tunnelRtt.size()));
    f.detail.insert(QStringLiteral("answered_by"), QStringLiteral("tunnel"));
    f.detail.insert(QStringLiteral("tunnel_pong_ms_p50"), tunnelMedian);
    f.detail.insert(QStringLiteral("direct_pong_ms_p50"), directMedian);
    f.detail.insert(QStringLiteral("added_ms_p50"), e.addedMs);
    out->append(f);
}

} // namespace

ControlComparison ControlFrameComparer::compare(const RunRecord &run, const MessageDiffResult &diff) const
{
    ControlComparison result;
    compareServerPings(run, diff, &result.findings);
    compareClientPings(run, diff, &result.findings);
    compareClientClose(run, diff, &result);
    return result;
}

void ControlFrameComparer::compareServerPings(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const
{
    const QList<ControlFrame> direct = controlFrames(run.direct, FrameType::Ping, Direction::In);
    const QList<ControlFrame> tunnel = controlFrames(run.tunnel, FrameType::Ping, Direction::In);
    if (direct.isEmpty() && tunnel.isEmpty())
        return;
    const ServerPingClock clock{run, pingSkewUs(direct, diff), qint64(std::max(0.0, typicalAddedMs(diff)) * 500.0),
                                heartbeatPeriodUs(direct, tunnel)};
    ServerPingPairing pairing{direct, tunnel, clock};
    // First the pings close in time; then, of what is left, those a jittery tunnel moved
    // further: as long as both paths have one left near each other, nothing was lost or added.
    pairing.pairUp(clock.skewUs);
    while (pairing.pairUp(std::max(4 * clock.skewUs, MaxPingSkewUs))) { }
    reportInjectedPings(run, pairing, out);
    reportLostPings(run, pairing, out);
}

void ControlFrameComparer::compareClientPings(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const
{
    const double added = typicalAddedMs(diff);
    std::vector<double> directRttAll;
    for (const OwnPing &d : ownPings(run.direct, MinAnswerWindowUs))
        if (d.rttUs >= 0)
            directRttAll.push_back(RunClock::toMs(d.rttUs));
    const double roundTripMs = std::max(0.0, median(directRttAll)) + std::max(0.0, added);
    const qint64 answerWindowUs = std::max(MinAnswerWindowUs, qint64(4 * roundTripMs * 1000));
    const QList<OwnPing> direct = ownPings(run.direct, answerWindowUs);
    const QList<OwnPing> tunnel = ownPings(run.tunnel, answerWindowUs);
    if (direct.isEmpty() || tunnel.isEmpty())
        return;
    const ClientPingOutcomes outcomes = ClientPingOutcomes::of(direct, tunnel);
    const ClientPingEvidence evidence{run, tunnel, answerWindowUs, median(directRttAll), added};
    reportSwallowedPongs(evidence, outcomes.swallowed, out);
    reportAlteredPongs(evidence, outcomes.altered, out);
    reportPongsWithoutServer(evidence, outcomes.answeredWithoutServer, out);
    reportPongsTooQuick(evidence, outcomes, out);
}

void ControlFrameComparer::compareClientClose(const RunRecord &run, const MessageDiffResult &diff, ControlComparison *out) const
{
    const QList<ControlFrame> tunnelCloses = controlFrames(run.tunnel, FrameType::Close, Direction::Out);
    const QList<ControlFrame> directCloses = controlFrames(run.direct, FrameType::Close, Direction::Out);
    if (tunnelCloses.isEmpty() || directCloses.isEmpty())
        return;
    const ControlFrame &ours = tunnelCloses.first();
    const ControlFrame &direct = directCloses.first();
    // On the direct path the server answers our close with its own: it does
    // close, and this long after our close went out.
    const QList<ControlFrame> directAnswers = controlFrames(run.direct, FrameType::Close, Direction::In);
    const auto directAnswer = std::find_if(directAnswers.cbegin(), directAnswers.cend(), [&direct](const ControlFrame &c) {
        return c.connection == direct.connection && c.tUs >= direct.tUs;
    });
    if (directAnswer == directAnswers.cend())
        return;
    // Through the tunnel the server never closed; what it sent after our close
    // could have reached it was sent by a server that took our close for
    // something else. What came sooner was on its way before.
    const QList<ControlFrame> tunnelAnswers = controlFrames(run.tunnel, FrameType::Close, Direction::In);
    if (std::any_of(tunnelAnswers.cbegin(), tunnelAnswers.cend(),
                    [&ours](const ControlFrame &c) { return c.connection == ours.connection && c.tUs >= ours.tUs; }))
        return;
    // The round trip through the tunnel: the direct close's plus the tunnel's added delay, the
    // fastest pong or the fastest answer to data through the tunnel on that connection,
    // whichever is least. The direct server can be slow to answer a close (its own close
    // handling, a busy machine: 4 ms against an echo's 0.09 ms) while an answer to data is
    // quick: a bound from the close alone leaves out answers that came within it.
    double roundTripMs = RunClock::toMs(directAnswer->tUs - direct.tUs) + std::max(0.0, typicalAddedMs(diff));
    for (const OwnPing &p : ownPings(run.tunnel, 0))
        if (p.rttUs >= 0 && p.frame.connection == ours.connection && p.frame.tUs < ours.tUs)
            roundTripMs = std::min(roundTripMs, RunClock::toMs(p.rttUs));
    if (const qint64 exchangeUs = fastestExchangeUs(run.tunnel, ours); exchangeUs >= 0)
        roundTripMs = std::min(roundTripMs, RunClock::toMs(exchangeUs));
    const qint64 answeredFromUs = ours.tUs + qint64(roundTripMs * 500.0);

    QSet<qint32> unmatched;
    for (const AlignedRow &row : diff.rows)
        if ((row.status == AlignedRow::Status::Extra || row.status == AlignedRow::Status::NotComparable) && row.tunnel >= 0)
            unmatched.insert(row.tunnel);
    Tally answers;
    for (const qsizetype i : dataBeforeServerClose(run.tunnel, ours)) {
        const Frame f = run.tunnel.frames.at(i);
        if (!unmatched.contains(qint32(i)) || f.tUs < answeredFromUs)
            continue;
        out->closeAnswers.append(i);
        answers.add(MessageDiff::label(f.payload, f.type == FrameType::Binary));
    }
    if (out->closeAnswers.isEmpty())
        return;
    out->closeForwardedAsData = true;

    const CloseRecord &t = run.tunnel.connections.at(ours.connection).close;
    const CloseRecord &d = run.direct.connections.at(direct.connection).close;
    Finding f = controlFinding(QStringLiteral("message_altered"), QStringLiteral("close"), Finding::Severity::Critical);
    f.tMs = RunClock::toMs(ours.tUs);
    f.tunnelSeq = ours.index;
    f.directSeq = direct.index;
    const QString sent = t.sentCode ? QStringLiteral(" (%1)").arg(t.sentCode) : QString();
    Sentence ending;
    const double afterOurs = t.endedUs >= 0 ? RunClock::toSeconds(t.endedUs - ours.tUs) : -1;
    if (t.tcpEndedBy == CloseRecord::TcpEndedBy::Client)
        ending = Sentence::translate("ControlFrameComparer",
                                     "never closed: the connection ended %1 s after our close, when "
                                     "the client gave up (1006, no close frame)")
                     .arg(Sentence::number(afterOurs, 1));
    else
        ending = Sentence::translate("ControlFrameComparer", "never closed (1006, no close frame)");
    f.summary = Sentence::translate("ControlFrameComparer",
                                    "the tunnel forwarded our close frame%1 to the server as a data message: the server "
                                    "went on with messages the direct path never got (%2) and %3; on the direct path it "
                                    "answered our close with close %4: %5")
                    .arg(sent, answers.text(), ending, QString::number(d.code), hintFor(f.kind, QStringLiteral("close")));
    f.detail.insert(QStringLiteral("answer_seqs"), seqList(out->closeAnswers));
    f.detail.insert(QStringLiteral("direct_code"), d.code);
    f.detail.insert(QStringLiteral("tunnel_code"), t.code);
    f.detail.insert(QStringLiteral("tunnel_frame_received"), t.frameReceived);
    f.detail.insert(QStringLiteral("tunnel_tcp_ended_by"), CloseRecord::tcpEndedByName(t.tcpEndedBy));
    out->findings.append(f);
}

} // namespace tunnelscope
