#pragma once

#include "sentence.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <type_traits>

namespace tunnelscope {

// What the wire client and the protocol adapters write into a capture in words (why an upgrade
// failed, how TCP ended, what broke the protocol) is English, as the capture, its journal and
// its JSON keep it. Each such text is made from one of these templates, so that what a person
// reads can be in the language chosen: read() finds the template a recorded text was made from
// and says it in both languages, its arguments too (a cause inside a cause). A text made from
// no template (an older capture, a server's own words) is shown as it is.
class RecordedWords
{
public:
    // How TCP ended.
    static constexpr const char *TcpClosedByPeer = QT_TRANSLATE_NOOP("RecordedWords", "TCP closed by the peer");
    static constexpr const char *CutByClient = QT_TRANSLATE_NOOP("RecordedWords", "cut by the client: %1");
    static constexpr const char *PeerKeptTcpOpen
        = QT_TRANSLATE_NOOP("RecordedWords", "the peer did not end TCP within %1 ms of the close handshake");
    static constexpr const char *NothingAfterOurClose
        = QT_TRANSLATE_NOOP("RecordedWords", "no close frame and no end of TCP came within %1 ms of the client's close");
    static constexpr const char *NoConnection = QT_TRANSLATE_NOOP("RecordedWords", "no WebSocket connection");
    static constexpr const char *FailedByClient
        = QT_TRANSLATE_NOOP("RecordedWords", "closed by the client, which failed the connection (%1)");
    static constexpr const char *SocketError = QT_TRANSLATE_NOOP("RecordedWords", "socket error: %1");
    static constexpr const char *StillOpen = QT_TRANSLATE_NOOP("RecordedWords", "still open when the capture stopped");
    static constexpr const char *NotInHar = QT_TRANSLATE_NOOP("RecordedWords", "not recorded in a HAR");
    static constexpr const char *NoCloseFrame
        = QT_TRANSLATE_NOOP("RecordedWords", "connection ended with no close frame from the server (1006): %1");
    // Why an upgrade failed, and the phase it was in.
    static constexpr const char *HandshakeFailed = QT_TRANSLATE_NOOP("RecordedWords", "handshake failed: %1");
    static constexpr const char *Timeout = QT_TRANSLATE_NOOP("RecordedWords", "timeout after %1 ms waiting for %2");
    static constexpr const char *ClosedWhileWaiting
        = QT_TRANSLATE_NOOP("RecordedWords", "connection closed by the server while waiting for %1");
    static constexpr const char *Refused = QT_TRANSLATE_NOOP("RecordedWords", "connection refused by %1");
    static constexpr const char *HostNotFound = QT_TRANSLATE_NOOP("RecordedWords", "host not found: %1");
    static constexpr const char *PhaseTcp = QT_TRANSLATE_NOOP("RecordedWords", "the TCP connection");
    static constexpr const char *PhaseTcpToProxy = QT_TRANSLATE_NOOP("RecordedWords", "the TCP connection to the proxy %1");
    static constexpr const char *PhaseTls = QT_TRANSLATE_NOOP("RecordedWords", "the TLS handshake");
    static constexpr const char *PhaseNoAnswer = QT_TRANSLATE_NOOP("RecordedWords", "the upgrade answer (no byte came back)");
    static constexpr const char *PhaseAnswerByte
        = QT_TRANSLATE_NOOP("RecordedWords", "the end of the upgrade answer (1 byte came)");
    static constexpr const char *PhaseAnswerStarted
        = QT_TRANSLATE_NOOP("RecordedWords", "the end of the upgrade answer (%1 bytes came)");
    // What broke the protocol.
    static constexpr const char *Violation = QT_TRANSLATE_NOOP("RecordedWords", "protocol violation: %1");
    static constexpr const char *CompressedWithoutDeflate
        = QT_TRANSLATE_NOOP("RecordedWords", "a compressed message (RSV1) on a connection without permessage-deflate");
    static constexpr const char *TextNotInflated
        = QT_TRANSLATE_NOOP("RecordedWords", "a compressed text message of %1 bytes could not be inflated: %2");
    static constexpr const char *BinaryNotInflated
        = QT_TRANSLATE_NOOP("RecordedWords", "a compressed binary message of %1 bytes could not be inflated: %2");
    // zlib's own words for what it could not inflate, quoted as they are.
    static constexpr const char *Zlib = QT_TRANSLATE_NOOP("RecordedWords", "zlib: %1");
    static constexpr const char *NotUtf8 = QT_TRANSLATE_NOOP("RecordedWords", "text message %1 is not valid UTF-8");
    static constexpr const char *EndedMidFrame
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "the connection ended in the middle of a frame from the server (%1 bytes of "
                            "it came, the rest never did)");
    static constexpr const char *SocketIoPacketInBinary
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "frame %1 is a Socket.IO packet in a binary frame: socket.io-client takes a "
                            "binary frame for an attachment and drops this one");
    static constexpr const char *UnannouncedBinary
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1 is a binary frame no Socket.IO packet announced as an attachment");

    // What a protocol's client would make of a server's message.
    static constexpr const char *ComfyUiJsonInBinary
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "frame %1 is a ComfyUI JSON message in a binary frame: a ComfyUI front end reads binary frames as "
                            "previews, so the message never reaches it");
    static constexpr const char *FrameProblem = QT_TRANSLATE_NOOP("RecordedWords", "frame %1: %2");
    static constexpr const char *NotComfyUiMessage
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1 is not a ComfyUI {\"type\": string, \"data\": object} message");
    static constexpr const char *NoAnswerInTime = QT_TRANSLATE_NOOP("RecordedWords", "no answer in time");
    static constexpr const char *PromptNotQueued = QT_TRANSLATE_NOOP("RecordedWords", "POST %1: %2");
    static constexpr const char *PromptRefused = QT_TRANSLATE_NOOP("RecordedWords", "POST %1 answered %2");
    static constexpr const char *PromptRefusedSaying = QT_TRANSLATE_NOOP("RecordedWords", "POST %1 answered %2: %3");
    static constexpr const char *PromptQueued
        = QT_TRANSLATE_NOOP("RecordedWords", "prompt %1 queued (POST %2 answered 200 in %3 ms)");
    static constexpr const char *HaBinary = QT_TRANSLATE_NOOP(
        "RecordedWords", "frame %1 is binary: Home Assistant sends JSON text only, and its frontend cannot read this message");
    static constexpr const char *HaArrayItem
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1 is a JSON array with an item that is not a message object");
    static constexpr const char *NotHaMessage
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1 is not a Home Assistant message: no string \"type\"");
    static constexpr const char *HaNoId = QT_TRANSLATE_NOOP("RecordedWords", "frame %1: a %2 without a numeric id");
    static constexpr const char *HaUnknownId
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1: a %2 for id %3, which this client never sent");
    static constexpr const char *HaSecondAnswer
        = QT_TRANSLATE_NOOP("RecordedWords", "frame %1: a second %2 for id %3; the frontend would resolve the command twice");
    static constexpr const char *SocketIoSilent
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "no Socket.IO packet for pingInterval + pingTimeout (%1 ms): the server's pings stopped coming "
                            "through, and socket.io-client drops the connection here");
    static constexpr const char *SocketIoSilentCut
        = QT_TRANSLATE_NOOP("RecordedWords", "Socket.IO ping timeout: no packet for pingInterval + pingTimeout = %1 ms");
    static constexpr const char *SocketIoPingUnanswered
        = QT_TRANSLATE_NOOP("RecordedWords", "Socket.IO ping sent at %1 ms unanswered within pingTimeout (%2 ms)");
    static constexpr const char *SocketIoNoPongCut
        = QT_TRANSLATE_NOOP("RecordedWords", "Socket.IO ping timeout: no pong within %1 ms");
    static constexpr const char *SocketIoServerGaveUp
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "Socket.IO ping at %1 ms went unanswered: the server dropped the connection %2 ms later (its "
                            "pingTimeout is %3 ms) though the pong went out at once");
    static constexpr const char *SocketIoAttachmentsMissing = QT_TRANSLATE_NOOP(
        "RecordedWords", "the binary packet in frame %1 announced attachments, %2 of which never came before the next packet");
    static constexpr const char *NotSocketIoPacket = QT_TRANSLATE_NOOP("RecordedWords", "frame %1 is not a Socket.IO packet: %2");
    // Why a frame is not what its protocol makes of it: a ComfyUI binary frame, an Engine.IO or
    // Socket.IO packet. Bad JSON is placed by its byte, not named in Qt's words: those follow
    // the language installed, and a capture keeps English.
    static constexpr const char *ComfyUiShorterThanType
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI binary frame of %1 bytes is shorter than its 4-byte event type");
    static constexpr const char *ComfyUiPreviewWithoutFormat
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview image frame ends before its 4-byte image format");
    static constexpr const char *ComfyUiPreviewUnknownFormat
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview image frame names image format %1 (1 = JPEG, 2 = PNG)");
    static constexpr const char *ComfyUiPreviewNotItsFormat
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview image frame says %1 but its %2 bytes are not a %1 image");
    static constexpr const char *ComfyUiTextWithoutLength
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI text frame ends before its 4-byte node-id length");
    static constexpr const char *ComfyUiTextShort
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI text frame announces a node id of %1 bytes but only %2 follow");
    static constexpr const char *ComfyUiMetadataWithoutLength
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview-with-metadata frame ends before its 4-byte metadata length");
    static constexpr const char *ComfyUiMetadataShort = QT_TRANSLATE_NOOP(
        "RecordedWords", "ComfyUI preview-with-metadata frame announces %1 bytes of metadata but only %2 follow");
    static constexpr const char *ComfyUiMetadataNotJson
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview-with-metadata frame: the metadata is not JSON (from byte %1 on)");
    static constexpr const char *ComfyUiMetadataNotObject
        = QT_TRANSLATE_NOOP("RecordedWords", "ComfyUI preview-with-metadata frame: the metadata is JSON but not an object");
    static constexpr const char *ComfyUiMetadataNoImage = QT_TRANSLATE_NOOP(
        "RecordedWords",
        "ComfyUI preview-with-metadata frame: the %1 bytes after the metadata are not a JPEG, PNG or WebP image");
    static constexpr const char *ComfyUiUnknownType = QT_TRANSLATE_NOOP(
        "RecordedWords", "unknown ComfyUI binary event type %1 (known: 1 preview image, 3 text, 4 preview with metadata)");
    static constexpr const char *EngineIoNoType
        = QT_TRANSLATE_NOOP("RecordedWords", "not an Engine.IO packet: it must start with a type digit 0-6");
    static constexpr const char *PacketNotJson
        = QT_TRANSLATE_NOOP("RecordedWords", "invalid JSON in the packet (from byte %1 on)");
    static constexpr const char *OpenWithoutObject
        = QT_TRANSLATE_NOOP("RecordedWords", "open packet without its JSON object (sid, pingInterval, pingTimeout)");
    static constexpr const char *MessageWithoutSocketIoType
        = QT_TRANSLATE_NOOP("RecordedWords", "message packet without a Socket.IO type");
    static constexpr const char *UnknownSocketIoType = QT_TRANSLATE_NOOP("RecordedWords", "unknown Socket.IO packet type '%1'");
    static constexpr const char *BinaryWithoutCount
        = QT_TRANSLATE_NOOP("RecordedWords", "binary packet without its attachment count (\"45N-\")");
    static constexpr const char *NamespaceUnended = QT_TRANSLATE_NOOP("RecordedWords", "namespace without its closing comma");
    static constexpr const char *EventWithoutArray = QT_TRANSLATE_NOOP("RecordedWords", "event packet without [\"name\", ...]");
    static constexpr const char *AckWithoutArray
        = QT_TRANSLATE_NOOP("RecordedWords", "ack packet without its id and argument array");
    static constexpr const char *ConnectErrorWithoutObject
        = QT_TRANSLATE_NOOP("RecordedWords", "connect error without its {\"message\"} object");
    // What became of a scripted step on a path.
    static constexpr const char *StepPong = QT_TRANSLATE_NOOP("RecordedWords", "pong after %1 ms");
    static constexpr const char *StepMatched = QT_TRANSLATE_NOOP("RecordedWords", "matched message %1");
    static constexpr const char *StepClosedByPeer = QT_TRANSLATE_NOOP("RecordedWords", "closed by the peer");
    static constexpr const char *StepAlreadyClosed = QT_TRANSLATE_NOOP("RecordedWords", "already closed");
    static constexpr const char *StepConnectionClosed = QT_TRANSLATE_NOOP("RecordedWords", "connection closed (%1)");
    static constexpr const char *StepNoPingEnded = QT_TRANSLATE_NOOP("RecordedWords", "no ping: the connection had ended");
    static constexpr const char *StepNotSentEnded = QT_TRANSLATE_NOOP("RecordedWords", "not sent: the connection had ended");
    static constexpr const char *StepNoMatchHadEnded
        = QT_TRANSLATE_NOOP("RecordedWords", "no message matching %1: the connection had ended");
    static constexpr const char *StepNoPongWithin = QT_TRANSLATE_NOOP("RecordedWords", "no pong within %1 ms");
    static constexpr const char *StepNoMatchWithin = QT_TRANSLATE_NOOP("RecordedWords", "no message matching %1 within %2 ms");
    static constexpr const char *StepPeerKeptOpen = QT_TRANSLATE_NOOP("RecordedWords", "the peer kept the connection open");
    static constexpr const char *StepPromptFollowed
        = QT_TRANSLATE_NOOP("RecordedWords", "prompt already queued; following it on the new connection");
    static constexpr const char *StepCannotSend
        = QT_TRANSLATE_NOOP("RecordedWords", "not sent: the %1 client has no way to send this");
    static constexpr const char *StepReconnecting
        = QT_TRANSLATE_NOOP("RecordedWords", "the connection ended before a matching message; reconnecting");
    static constexpr const char *StepNoConnection = QT_TRANSLATE_NOOP("RecordedWords", "no connection: %1");
    static constexpr const char *StepNoMatchEnded
        = QT_TRANSLATE_NOOP("RecordedWords", "no message matching %1: the connection ended");
    static constexpr const char *StepNoPongEnded = QT_TRANSLATE_NOOP("RecordedWords", "no pong: the connection ended");
    // Why the client cut a connection itself.
    static constexpr const char *HeartbeatNoPong = QT_TRANSLATE_NOOP("RecordedWords", "heartbeat: no pong within %1 ms");
    static constexpr const char *StoppedByUser = QT_TRANSLATE_NOOP("RecordedWords", "stopped by the user");

    // What a session notes before its runs: a proxy, a token, faults not played.
    static constexpr const char *ProxyChosen = QT_TRANSLATE_NOOP("RecordedWords", "the %1 path goes through the proxy %2 (%3)");
    static constexpr const char *ProxyFromEnvironment
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "the %1 path goes through the proxy %2 (from the environment's %3; --no-proxy or no_proxy "
                            "to go without)");
    static constexpr const char *FaultsNotPlayed
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "the tunnel path goes to %1 (%2), not through the lab's fault tunnel: its faults (%3) are "
                            "not played");
    static constexpr const char *TokenExpired
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "the token in %1 expired at %2 (read from the token itself, which is not shown): expect "
                            "the server to refuse it (401/403, auth_invalid), on both paths");
    static constexpr const char *TokenInAuthorization = QT_TRANSLATE_NOOP("RecordedWords", "the Authorization header");
    static constexpr const char *TokenInQuery = QT_TRANSLATE_NOOP("RecordedWords", "the URL's %1= parameter");
    // What reading a recorded session notes: what was left out, and how two were paired.
    static constexpr const char *RunInterruptedLeftOut
        = QT_TRANSLATE_NOOP("RecordedWords", "%1: run %2 was interrupted: left out");
    static constexpr const char *RecordOutOfOrder
        = QT_TRANSLATE_NOOP("RecordedWords", "%1 line %2: an out-of-order record, left out");
    static constexpr const char *RecoveredJournal
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "recovered from the journal of a session that did not end (%1): what was recorded until it "
                            "stopped");
    static constexpr const char *JournalCapped
        = QT_TRANSLATE_NOOP("RecordedWords", "the journal reached its size cap: later frames were not journalled");
    static constexpr const char *HarSocketsAsOnePath = QT_TRANSLATE_NOOP(
        "RecordedWords", "%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order");
    static constexpr const char *HarSocketsAsOnePathUnfiltered
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "%1 holds %2 WebSocket connections to %3 URLs (%4): compared as one path, in time order "
                            "(--url TEXT keeps only those whose URL contains TEXT)");
    // A recorded session, as a pairing names it.
    static constexpr const char *CaptureOwnHar = QT_TRANSLATE_NOOP("RecordedWords", "%1 (its %2 path, from Tunnelscope's HAR)");
    static constexpr const char *CaptureBrowserHar = QT_TRANSLATE_NOOP("RecordedWords", "%1 (a browser's capture)");
    static constexpr const char *CaptureReport = QT_TRANSLATE_NOOP("RecordedWords", "%1 (its %2 path)");
    static constexpr const char *CaptureFromJournal = QT_TRANSLATE_NOOP("RecordedWords", "%1 (its %2 path, from the journal)");
    static constexpr const char *BrowserUpgradeStatus = QT_TRANSLATE_NOOP("RecordedWords", "the browser's upgrade got HTTP %1");
    static constexpr const char *RecordForNoRun
        = QT_TRANSLATE_NOOP("RecordedWords", "%1 line %2: a record for a run that never started, left out");
    static constexpr const char *RecordForNoTunnel
        = QT_TRANSLATE_NOOP("RecordedWords", "%1 line %2: a record for a tunnel the run did not have, left out");
    static constexpr const char *ComparedSides
        = QT_TRANSLATE_NOOP("RecordedWords", "compared: A = %1 as the direct side, B = %2 as the tunnel side");
    static constexpr const char *RunCountsDiffer
        = QT_TRANSLATE_NOOP("RecordedWords", "A has %1 run(s) and B %2: the first %3 of each compared, run by run");
    static constexpr const char *IdentitiesDiffer
        = QT_TRANSLATE_NOOP("RecordedWords", "run %1 was played as %2 in A and as %3 in B: compared as %2");

    // What ComfyUI's /history said of a prompt whose end never came.
    static constexpr const char *HistoryAnswered = QT_TRANSLATE_NOOP("RecordedWords", "GET %1 answered %2");
    static constexpr const char *HistoryFailed = QT_TRANSLATE_NOOP("RecordedWords", "GET %1: %2");
    static constexpr const char *HistoryUnknown
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "GET /history/%1 knows no such finished prompt (still queued or running, or "
                            "never queued)");
    static constexpr const char *HistoryEnded = QT_TRANSLATE_NOOP("RecordedWords", "GET /history/%1: %2");
    static constexpr const char *HistoryEndedWithOutputs
        = QT_TRANSLATE_NOOP("RecordedWords", "GET /history/%1: %2, outputs from %3");

    // The English a capture keeps: `words` with its arguments, placed in one pass.
    template<typename... Args> static QString english(const char *words, const Args &...args)
    {
        if constexpr (sizeof...(Args) == 0)
            return QString::fromUtf8(words);
        else
            return QString::fromUtf8(words).arg(text(args)...);
    }
    // A recorded text in both languages.
    static Sentence read(const QString &recorded);
    // Every template, for read() and for the tests.
    static const QList<const char *> &all();

private:
    // An argument as text: a count as its digits, a text as it is.
    template<typename T> static QString text(const T &value)
    {
        if constexpr (std::is_integral_v<T>)
            return QString::number(value);
        else
            return QString(value);
    }
};

} // namespace tunnelscope
