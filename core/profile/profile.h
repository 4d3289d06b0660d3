#pragma once

#include "deflateoffer.h"
#include "messagematcher.h"
#include "protocol.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace tunnelscope {

struct PathSpec
{
    QString url;
    QString proxy;
    bool ignoreTlsErrors = false;
    QString caFile;
};

// One of several tunnels compared against the same direct path (profile `tunnels`).
struct TunnelSpec
{
    QString name; // short, used in reports and metrics: [A-Za-z0-9_.-]+
    PathSpec path;
};

struct StepSpec
{
    std::optional<QJsonValue> send;
    std::optional<MessageMatcher> expect;
    int timeoutMs = 5000; // for expect and ping
    int waitMs = 0;
    std::optional<QString> ping;
    std::optional<int> close;
    std::optional<int> awaitCloseMs;
    int repeat = 1;

    bool sends() const { return send || ping || close; }
    // The text a `send` puts on the wire, before templates are filled in: a string as it is,
    // {"text": "..."} as its text, any other JSON value as compact JSON text.
    static QString textOf(const QJsonValue &send);
};

struct FaultSpec
{
    enum class Kind {
        Latency,
        DropBeforeClose,
        AbruptClose,
        CloseWithoutStatus,
        Duplicate,
        BomPrefix,
        JunkPrefix,
        DropRandom,
        StallHandshake,
        RejectUpgrade,
        IdleTimeout,
        TextToBinary,
        ReservedCloseCode,
        SwallowClose,
        SlowUpgrade,
        InjectPing,
        DropClientPings,
        AnswerPings,
        EmptyPingPayload,
        CloseAsText,
        DropServerPings,
        StripExtensions,  // the upgrade request goes on without Sec-WebSocket-Extensions
        CorruptCompressed // a compressed message from the endpoint arrives with a broken DEFLATE stream
    };
    Kind kind = Kind::Latency;
    int ms = 0;
    int jitterMs = 0;
    double p = 0.0;
    quint64 seed = 1;
    int status = 403;
    std::optional<MessageMatcher> match;
    // Applies only to connections whose upgrade request carries every one of these headers
    // with a value the pattern finds (a relay that treats one kind of client differently).
    QList<QPair<QString, QRegularExpression>> whenHeaders;

    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);
};

struct LabSpec
{
    bool enabled = false;
    QString endpoint; // empty: no lab endpoint, the tunnel fronts direct.url
    QString token;
    QString behaviour; // with endpoint hostile: what the server does wrong
    bool tls = false;
    int serverPingMs = 0; // the endpoint pings every client this often (0: never)
    quint16 port = 0;     // the tunnel's fixed port, the endpoint's the next one (0: any free ones)
    QList<FaultSpec> faults;
    // With several tunnels: a lab fault tunnel for each named one that has no URL of its own,
    // with these faults (`lab.tunnels.NAME.faults`); a tunnel not named here gets `faults`.
    QMap<QString, QList<FaultSpec>> tunnelFaults;
};

// A client identity of a sweep: every run is played once per identity, with its headers added
// to (and overriding) the profile's.
struct IdentitySpec
{
    QString name;
    QList<QPair<QString, QString>> headers;
};

struct HeartbeatSpec
{
    int intervalMs = 0; // 0: no heartbeat
    int timeoutMs = 0;
};

struct ReconnectSpec
{
    int maxAttempts = 0; // 0: a path that drops stays down
    int initialMs = 500;
    int maxMs = 30000;
    double factor = 2.0;
    double jitter = 0.2;
};

struct CompareSpec
{
    QStringList ignoreFields;
    QList<MessageMatcher> critical;
    double latencyWarnMs = 50.0;
};

// A scenario profile as loaded and checked. `source` keeps the JSON it came from so the
// report can show the profile as played.
struct Profile
{
    QString origin; // file path or builtin:NAME
    QString name;
    QString description;
    QString protocol = QStringLiteral("raw");
    // What the code asks about the protocol (never its name): Protocol::named(protocol).
    const Protocol &protocolHandler() const { return Protocol::named(protocol); }
    PathSpec direct;
    PathSpec tunnel;
    // Several tunnels against the same direct path (`tunnels`); empty: the one `tunnel`.
    QList<TunnelSpec> tunnels;
    QList<QPair<QString, QString>> headers;
    QStringList subprotocols;
    std::optional<DeflateOffer> deflate; // `extensions` lists permessage-deflate: the offer both paths make
    QList<IdentitySpec> identities;   // empty: no sweep, every run as the profile's headers say
    QMap<QString, QString> secretEnv; // secret name -> environment variable
    QList<StepSpec> steps;
    int runs = 1;
    int intervalMs = 0;
    // Played by hand (the window's interactive session): after its steps each path holds its
    // connection and plays the steps it is handed, until it is told to close. Never read from
    // a file: a profile on disk always ends on its own.
    bool interactive = false;
    // Which paths are played: both, unless an interactive session was opened on one alone
    // (then nothing is compared). Never read from a file either.
    enum class Paths { Both, DirectOnly, TunnelOnly };
    Paths paths = Paths::Both;
    int handshakeTimeoutMs = 10000;
    qint64 maxMessageBytes = qint64(64) << 20;
    HeartbeatSpec heartbeat;
    ReconnectSpec reconnect;
    CompareSpec compare;
    LabSpec lab;
    QJsonObject source;
    bool hasComments = false; // the file had // or /* */ comments (a save writes plain JSON)

    // Runs played in all: `runs` per identity when identities are swept.
    int totalRuns() const { return runs * int(std::max<qsizetype>(1, identities.size())); }
    // The identity run `index` is played as (identities take turns), or null without a sweep.
    const IdentitySpec *identityOfRun(int index) const
    {
        return identities.isEmpty() ? nullptr : &identities[index % identities.size()];
    }

    // The profile as played: the source with defaults filled in and URL overrides applied.
    QJsonObject asPlayed() const;
    // The description for a person to read: a built-in's in the language chosen (its
    // translations are kept with the program's, context BuiltinProfile), anyone else's as written.
    QString descriptionToRead() const;
};

} // namespace tunnelscope
