#include "findinghints.h"

#include <cmath>
#include <functional>
#include <vector>

namespace tunnelscope {

namespace {

struct Rule
{
    const char *kind;
    std::function<bool(const HintContext &)> applies;
    std::function<Sentence(const HintContext &)> text;
};

Sentence ms(double v)
{
    return Sentence::number(v, v < 10 ? 1 : 0);
}

// Control frames first: the data-message rules of the same kinds do not fit them.
std::vector<Rule> controlFrameRules()
{
    return {
        {"message_extra", [](const HintContext &c) { return c.frame == QLatin1String("ping"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel keeps its own connection alive with pings; a browser answers them unseen, but a "
                 "client that counts or times the server's pings is misled");
         }},
        {"message_extra", [](const HintContext &c) { return c.frame == QLatin1String("pong"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel answers pings itself, so a pong through it says nothing about the server being "
                 "alive: a dead server looks healthy");
         }},
        {"message_missing", [](const HintContext &c) { return c.frame == QLatin1String("ping"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel swallows the server's pings; a server with a heartbeat (aiohttp, ws) gets no pong "
                 "and drops the connection");
         }},
        {"message_missing", [](const HintContext &c) { return c.frame == QLatin1String("pong"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel swallows the client's pings (or the server's pongs); a client that checks the "
                 "connection with pings takes it for dead and reconnects");
         }},
        {"message_altered", [](const HintContext &c) { return c.frame == QLatin1String("ping"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel changed the ping's payload (or the pong's) on the way; RFC 6455 requires a pong "
                 "to echo it, and a client that matches pongs to its pings sees no answer");
         }},
        {"message_altered", [](const HintContext &c) { return c.frame == QLatin1String("close"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the server never learns that the client left, so its session lingers until a timeout, and "
                 "every clean close becomes a 1006");
         }},
    };
}

// What the tunnel path shows when the message just before the server's close is missing. The
// wire cannot tell a tunnel that closes before flushing from one that drops the message: both
// are said.
Sentence closedBeforeFlushing(const HintContext &c)
{
    return c.tunnelForwardedClose
        ? Sentence::translate("FindingHints",
                              "the close came through the tunnel and this message did not: the tunnel closed the client side "
                              "before flushing it, or dropped it")
        : Sentence::translate("FindingHints",
                              "the tunnel closed the client side before flushing it (it ended TCP without a close frame)");
}

// A message the tunnel path never got: the cause from both paths' closes and timing.
std::vector<Rule> missingMessageRules()
{
    return {
        {"message_missing",
         [](const HintContext &c) {
             return c.msBeforeDirectClose >= 0 && c.msBeforeDirectClose < 0.05 && c.tunnelClosedClientSide;
         },
         [](const HintContext &c) {
             // The wire shows the close through and the message not; a tunnel that closes before
             // flushing and one that drops the message look the same from the client.
             return Sentence::translate("FindingHints",
                                        "the server sent it together with its close %1 (same TCP read on the direct path); %2")
                 .arg(c.directCloseCode)
                 .arg(closedBeforeFlushing(c));
         }},
        {"message_missing",
         [](const HintContext &c) {
             return c.msBeforeDirectClose >= 0 && c.msBeforeDirectClose <= 100 && c.tunnelClosedClientSide;
         },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints", "the server sent it %1 ms before its close %2; %3")
                 .arg(ms(c.msBeforeDirectClose))
                 .arg(c.directCloseCode)
                 .arg(closedBeforeFlushing(c));
         }},
        {"message_missing",
         [](const HintContext &c) {
             return c.msBeforeDirectClose >= 0 && c.msBeforeDirectClose <= 100 && c.tunnelTcpEndedByClient
                 && c.tunnelHeldOpenMs > 0;
         },
         [](const HintContext &c) {
             return Sentence::translate(
                        "FindingHints",
                        "the server sent it %1 ms before its close %2; neither came through the tunnel, which held the "
                        "connection open %3 s longer, until the client gave up")
                 .arg(ms(c.msBeforeDirectClose))
                 .arg(c.directCloseCode)
                 .arg(Sentence::number(c.tunnelHeldOpenMs / 1000.0, 1));
         }},
        {"message_missing", [](const HintContext &c) { return c.tunnelFailedByClient; },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints",
                                        "the client failed the tunnel connection at %1 ms over a protocol violation that came "
                                        "through the tunnel (named with it), and nothing came after it")
                 .arg(ms(c.tunnelEndMs));
         }},
        {"message_missing", [](const HintContext &c) { return c.tunnelEndedBeforeIt && c.tunnelReopenMs >= 0; },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints",
                                        "the tunnel path was down when the server sent it (its connection ended at %1 ms, "
                                        "the next opened at %2 ms), and the server does not send it again")
                 .arg(ms(c.tunnelEndMs), ms(c.tunnelReopenMs));
         }},
        {"message_missing", [](const HintContext &c) { return c.tunnelEndedBeforeIt; },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints", "the tunnel connection ended at %1 ms, before it could come through")
                 .arg(ms(c.tunnelEndMs));
         }},
        {"message_missing", nullptr,
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the tunnel dropped it while the connection stayed up");
         }},
    };
}

// Duplicated, reordered, extra and altered messages.
std::vector<Rule> otherMessageRules()
{
    return {
        {"message_duplicated", [](const HintContext &c) { return c.acrossReconnect; },
         [](const HintContext &) {
             return Sentence::translate("FindingHints",
                                        "the second copy came on a new connection after a reconnect (the script started over, or "
                                        "the server repeats it to a client that comes back), so it is not the tunnel's copy");
         }},
        {"message_duplicated", nullptr,
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel delivered the same message twice (a proxy retry or a \"double send\" work-around); "
                 "clients that act on each message act twice");
         }},
        {"message_reordered", nullptr,
         [](const HintContext &) {
             return Sentence::translate("FindingHints",
                                        "the tunnel changed the order of messages; clients that rely on order misbehave");
         }},
        {"message_extra", nullptr,
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel path received a message the direct path never saw (injected by the tunnel, or "
                 "from another session)");
         }},
        {"message_altered", [](const HintContext &c) { return c.alteration == QLatin1String("bom_prefix"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints", "the tunnel put a UTF-8 byte order mark (EF BB BF) before the JSON; JSON.parse fails on it");
         }},
        {"message_altered", [](const HintContext &c) { return c.alteration == QLatin1String("junk_prefix"); },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints", "the tunnel put %1 byte(s) before the JSON; JSON.parse fails on them")
                 .arg(c.junkBytes);
         }},
        {"message_altered", [](const HintContext &c) { return c.alteration == QLatin1String("text_to_binary"); },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel turned a text frame into a binary frame; browsers deliver a Blob and JSON.parse(event.data) fails");
         }},
        {"message_altered", [](const HintContext &c) { return c.alteration == QLatin1String("truncated"); },
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the tunnel cut the message short (a buffer or frame size limit)");
         }},
        {"message_altered",
         [](const HintContext &c) { return c.alteration == QLatin1String("invalid_json") && c.replacementCharacters; },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints", "replacement bytes (EF BF BD) appeared: the tunnel re-encoded the text and broke the JSON");
         }},
        {"message_altered", [](const HintContext &c) { return c.alteration == QLatin1String("invalid_json"); },
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the message is no longer valid JSON after the tunnel");
         }},
        {"message_altered", nullptr,
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel changed the content (if a field legitimately differs per session, add it to compare.ignore_fields)");
         }},
    };
}

// A close frame lost or emptied on the way.
std::vector<Rule> closeRules()
{
    return {
        {"close_truncated",
         [](const HintContext &c) { return c.tunnelClosedWithoutFrame && c.tunnelTcpEndedByClient && c.tunnelHeldOpenMs > 0; },
         [](const HintContext &c) {
             return Sentence::translate(
                        "FindingHints",
                        "the tunnel never forwarded the server's close frame and kept the connection open %1 s longer, "
                        "until the client gave up")
                 .arg(Sentence::number(c.tunnelHeldOpenMs / 1000.0, 1));
         }},
        {"close_truncated", [](const HintContext &c) { return c.tunnelClosedWithoutFrame && c.tunnelTcpEndedByClient; },
         [](const HintContext &) {
             return Sentence::translate(
                 "FindingHints",
                 "the tunnel never forwarded the server's close frame nor ended the connection; the client cut it");
         }},
        {"close_truncated",
         [](const HintContext &c) {
             return c.tunnelClosedWithoutFrame && c.tunnelTcpEndedByPeer && !c.clientInitiatedClose && c.tunnelIdleMs >= 1000;
         },
         [](const HintContext &c) {
             const double seconds = c.tunnelIdleMs / 1000.0;
             const Sentence below = Sentence::number(seconds >= 2 ? std::floor(seconds) : seconds, seconds >= 2 ? 0 : 1);
             return Sentence::translate("FindingHints",
                                        "%1 s after the last frame: typical of a proxy idle timeout; set a heartbeat below %2 s")
                 .arg(Sentence::number(seconds, 1), below);
         }},
        {"close_truncated", [](const HintContext &c) { return c.tunnelClosedWithoutFrame && c.tunnelTcpEndedByPeer; },
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the tunnel cut TCP instead of forwarding the close frame");
         }},
        {"close_truncated", [](const HintContext &c) { return c.tunnelClosedWithoutFrame; },
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the close frame never came through the tunnel");
         }},
        {"close_truncated", nullptr,
         [](const HintContext &) {
             return Sentence::translate("FindingHints", "the tunnel dropped the status code of the close");
         }},
    };
}

// The delay the tunnel adds.
std::vector<Rule> latencyRules()
{
    return {
        {"latency_regression",
         [](const HintContext &c) {
             return c.latencyP95Ms > c.latencyLimitMs && c.latencyOverLimit < 2 && c.latencyP50Ms <= c.latencyLimitMs;
         },
         [](const HintContext &c) {
             return Sentence::translate(
                        "FindingHints",
                        "one message took longer than the %1 ms limit (compare.latency_warn_ms), the rest were within "
                        "it: a spike, not a delay users feel every time")
                 .arg(ms(c.latencyLimitMs));
         }},
        {"latency_regression", [](const HintContext &c) { return c.latencyP95Ms > c.latencyLimitMs; },
         [](const HintContext &c) {
             return Sentence::translate("FindingHints",
                                        "above the %1 ms limit (compare.latency_warn_ms): the tunnel adds delay users feel")
                 .arg(ms(c.latencyLimitMs));
         }},
        {"latency_regression", nullptr,
         [](const HintContext &c) {
             return Sentence::translate("FindingHints", "within the %1 ms limit").arg(ms(c.latencyLimitMs));
         }},
    };
}

// Rules are tried in this order; the first of a kind that applies gives the hint.
const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table = [] {
        std::vector<Rule> all;
        for (std::vector<Rule> (*group)() :
             {controlFrameRules, missingMessageRules, otherMessageRules, closeRules, latencyRules}) {
            std::vector<Rule> rules = group();
            all.insert(all.end(), std::make_move_iterator(rules.begin()), std::make_move_iterator(rules.end()));
        }
        return all;
    }();
    return table;
}

} // namespace

Sentence FindingHints::hint(const HintContext &context)
{
    for (const Rule &r : rules())
        if (context.kind == QLatin1String(r.kind) && (!r.applies || r.applies(context)))
            return r.text(context);
    return Sentence();
}

int FindingHints::ruleCount()
{
    return int(rules().size());
}

} // namespace tunnelscope
