#pragma once

#include "sentence.h"

#include <QString>

namespace tunnelscope {

// What is known around a difference, for choosing the likely cause.
struct HintContext
{
    QString kind;                    // finding kind
    QString frame;                   // a control-frame finding: ping, pong or close
    QString alteration;              // message_altered: bom_prefix, junk_prefix, ...
    double msBeforeDirectClose = -1; // message_missing: how long before the server's close it came
    int directCloseCode = 0;
    bool tunnelClosedWithoutFrame = false;
    // The tunnel ended the client's connection itself: its close frame came first, or it
    // ended TCP with no close frame at all.
    bool tunnelClosedClientSide = false;
    bool tunnelForwardedClose = false;   // the server's close frame came through the tunnel
    bool tunnelTcpEndedByClient = false; // the client cut TCP (its close timer ran out)
    bool tunnelTcpEndedByPeer = false;
    double tunnelHeldOpenMs = -1;     // how long the tunnel connection outlived the direct path's close
    bool tunnelEndedBeforeIt = false; // the tunnel connection ended on its own before the message came through
    bool tunnelFailedByClient = false; // the message was due after the client failed the tunnel connection
    double tunnelEndMs = -1;          // when it ended, on the run clock
    double tunnelReopenMs = -1;       // when the next tunnel connection opened (-1: none did)
    bool acrossReconnect = false;     // message_duplicated: the copies came on two connections
    double tunnelIdleMs = -1;         // close_truncated: tunnel quiet this long before its 1006
    bool clientInitiatedClose = false;
    int junkBytes = 0;
    bool replacementCharacters = false;
    double latencyP95Ms = -1;
    double latencyLimitMs = -1;
    int latencyOverLimit = 0; // how many messages took longer than the limit
    double latencyP50Ms = -1;
};

// The likely cause of a finding, in one clause, from one table of rules (first match wins).
class FindingHints
{
public:
    static Sentence hint(const HintContext &context);
    // How many rules the table has (tests walk them all).
    static int ruleCount();
};

} // namespace tunnelscope
