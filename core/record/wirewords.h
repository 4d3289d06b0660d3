#pragma once

#include <QCoreApplication>
#include <QList>

namespace tunnelscope {

// What the wire client records in words when a server, a proxy or the bytes between break the
// protocol: RecordedWords' templates for the wire layer (the same context, read back the same
// way), kept apart so that each catalogue stays readable. RecordedWords::all() holds these too.
class WireWords
{
public:
    // A close frame's payload that breaks RFC 6455.
    static constexpr const char *CloseOneByte
        = QT_TRANSLATE_NOOP("RecordedWords", "close payload of 1 byte (a status code needs 2)");
    static constexpr const char *CloseCodeNotOnWire
        = QT_TRANSLATE_NOOP("RecordedWords", "close code %1 (%2) must not be sent on the wire");
    static constexpr const char *CloseReasonNotUtf8 = QT_TRANSLATE_NOOP("RecordedWords", "close reason is not valid UTF-8");

    // A permessage-deflate answer that breaks RFC 7692.
    static constexpr const char *ExtensionNotOffered
        = QT_TRANSLATE_NOOP("RecordedWords", "the server agreed to the extension \"%1\", which was not offered");
    static constexpr const char *DeflateAgreedTwice
        = QT_TRANSLATE_NOOP("RecordedWords", "the server agreed to permessage-deflate %1 times (it was offered once)");
    static constexpr const char *DeflateParameterRepeated
        = QT_TRANSLATE_NOOP("RecordedWords", "the server's permessage-deflate answer repeats %1");
    static constexpr const char *ServerWindowAboveOffer
        = QT_TRANSLATE_NOOP("RecordedWords", "the server answered server_max_window_bits=%1, more than the %2 offered");
    static constexpr const char *ClientWindowNotOffered
        = QT_TRANSLATE_NOOP("RecordedWords", "the server answered client_max_window_bits, which the client did not offer");
    static constexpr const char *ClientWindowAboveOffer
        = QT_TRANSLATE_NOOP("RecordedWords", "the server answered client_max_window_bits=%1, more than the %2 offered");
    static constexpr const char *DeflateParameterUnknown = QT_TRANSLATE_NOOP(
        "RecordedWords", "the server's permessage-deflate answer has the parameter %1, which is unknown or needs a value");
    static constexpr const char *DeflateValueUnknown = QT_TRANSLATE_NOOP(
        "RecordedWords", "the server's permessage-deflate answer has %1=\"%2\", which is unknown or out of range");
    static constexpr const char *ServerWindowNotSaidBack = QT_TRANSLATE_NOOP(
        "RecordedWords", "the server accepted server_max_window_bits=%1 without saying it back (RFC 7692 §7.1.2.1)");

    // Frames and messages that break RFC 6455, or that the client's limits refuse.
    static constexpr const char *ReservedBitsSet
        = QT_TRANSLATE_NOOP("RecordedWords", "reserved bits set (RSV 0x%1) without a negotiated extension");
    static constexpr const char *Rsv1OnControlOrContinuation
        = QT_TRANSLATE_NOOP("RecordedWords", "RSV1 set on a %1 frame (permessage-deflate compresses whole data messages only)");
    static constexpr const char *ReservedOpcode = QT_TRANSLATE_NOOP("RecordedWords", "reserved opcode 0x%1");
    static constexpr const char *FragmentedControlFrame
        = QT_TRANSLATE_NOOP("RecordedWords", "fragmented control frame (opcode 0x%1)");
    static constexpr const char *ControlFrameTooLong
        = QT_TRANSLATE_NOOP("RecordedWords", "control frame with a %1-byte length (at most 125 allowed)");
    static constexpr const char *MaskedFromServer
        = QT_TRANSLATE_NOOP("RecordedWords", "masked frame from the server (servers must not mask)");
    static constexpr const char *UnmaskedFromClient
        = QT_TRANSLATE_NOOP("RecordedWords", "unmasked frame from the client (clients must mask)");
    static constexpr const char *LengthTopBitSet
        = QT_TRANSLATE_NOOP("RecordedWords", "64-bit payload length with its most significant bit set");
    static constexpr const char *FrameOverLimit
        = QT_TRANSLATE_NOOP("RecordedWords", "frame payload of %1 bytes exceeds the limit of %2 bytes");
    static constexpr const char *ContinuationWithoutMessage
        = QT_TRANSLATE_NOOP("RecordedWords", "continuation frame with no message to continue");
    static constexpr const char *DataFrameInsideFragments
        = QT_TRANSLATE_NOOP("RecordedWords", "new data frame (opcode 0x%1) inside a fragmented message");
    static constexpr const char *MessageOverLimit
        = QT_TRANSLATE_NOOP("RecordedWords", "message larger than the limit of %1 bytes");
    static constexpr const char *InflaterBroken
        = QT_TRANSLATE_NOOP("RecordedWords", "an earlier message could not be inflated, so this one cannot be either");
    static constexpr const char *InflaterNotStarted = QT_TRANSLATE_NOOP("RecordedWords", "zlib could not start an inflater");
    static constexpr const char *InflatesOverLimit
        = QT_TRANSLATE_NOOP("RecordedWords", "it inflates to more than the limit of %1 bytes");
    static constexpr const char *UnexpectedOpcode
        = QT_TRANSLATE_NOOP("RecordedWords", "protocol violation: unexpected opcode 0x%1");
    static constexpr const char *ServerStoppedReadingFor
        = QT_TRANSLATE_NOOP("RecordedWords",
                            "protocol violation: the server stopped reading: %1 MiB sent to it are still waiting (its TCP window "
                            "stayed closed for %2 ms)");
    static constexpr const char *ServerStoppedReading = QT_TRANSLATE_NOOP("RecordedWords", "the server stopped reading");

    // An upgrade answer (or request) that is no WebSocket upgrade, and the TLS set-up.
    static constexpr const char *MalformedHeaderLine = QT_TRANSLATE_NOOP("RecordedWords", "malformed HTTP header line \"%1\"");
    static constexpr const char *RequestHeadUnended
        = QT_TRANSLATE_NOOP("RecordedWords", "HTTP request headers exceed %1 bytes without ending");
    static constexpr const char *RequestHeadOverLimit
        = QT_TRANSLATE_NOOP("RecordedWords", "HTTP request headers exceed the limit of %1 bytes");
    static constexpr const char *NotRequestLine = QT_TRANSLATE_NOOP("RecordedWords", "not an HTTP/1.1 request line: \"%1\"");
    static constexpr const char *AnswerHeadUnended
        = QT_TRANSLATE_NOOP("RecordedWords", "HTTP answer headers exceed %1 bytes without ending");
    static constexpr const char *AnswerHeadOverLimit
        = QT_TRANSLATE_NOOP("RecordedWords", "HTTP answer headers exceed the limit of %1 bytes");
    static constexpr const char *NotHttpAnswer
        = QT_TRANSLATE_NOOP("RecordedWords", "not an HTTP answer: the first line is \"%1\"");
    static constexpr const char *NoUpgradeHeader
        = QT_TRANSLATE_NOOP("RecordedWords", "101 answer without \"Upgrade: websocket\"");
    static constexpr const char *NoConnectionUpgrade
        = QT_TRANSLATE_NOOP("RecordedWords", "101 answer without \"Connection: Upgrade\"");
    static constexpr const char *BadAccept
        = QT_TRANSLATE_NOOP("RecordedWords", "bad Sec-WebSocket-Accept (expected %1, got \"%2\")");
    static constexpr const char *SubprotocolNotOffered
        = QT_TRANSLATE_NOOP("RecordedWords", "server chose subprotocol \"%1\" that was not offered");
    static constexpr const char *ExtensionWithoutOffer
        = QT_TRANSLATE_NOOP("RecordedWords", "server chose the extension \"%1\", and none was offered");
    static constexpr const char *ExtensionsHeaderBad
        = QT_TRANSLATE_NOOP("RecordedWords", "Sec-WebSocket-Extensions \"%1\": %2 at character %3");
    static constexpr const char *ExtensionNameExpected = QT_TRANSLATE_NOOP("RecordedWords", "an extension name was expected");
    static constexpr const char *ParameterNameExpected = QT_TRANSLATE_NOOP("RecordedWords", "a parameter name was expected");
    static constexpr const char *QuotedValueUnended = QT_TRANSLATE_NOOP("RecordedWords", "a quoted value does not end");
    static constexpr const char *ParameterValueExpected = QT_TRANSLATE_NOOP("RecordedWords", "a parameter value was expected");
    static constexpr const char *SeparatorExpected = QT_TRANSLATE_NOOP("RecordedWords", "',' or ';' was expected");
    static constexpr const char *NoCaCertificate
        = QT_TRANSLATE_NOOP("RecordedWords", "no PEM certificate could be read from the CA file %1");

    // A proxy on the way: the phase it was in, and why it opened no tunnel.
    static constexpr const char *PhaseProxyConnect = QT_TRANSLATE_NOOP("RecordedWords", "the proxy's answer to CONNECT %1:%2");
    static constexpr const char *PhaseSocksMethod
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy's choice of authentication");
    static constexpr const char *PhaseSocksAuth
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy's answer to the username and password");
    static constexpr const char *PhaseSocksConnect
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy's answer to CONNECT %1:%2");
    static constexpr const char *PhaseProxy = QT_TRANSLATE_NOOP("RecordedWords", "the proxy");
    static constexpr const char *ProxyNotHttp
        = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 did not answer CONNECT in HTTP: %2");
    static constexpr const char *SocksFailure = QT_TRANSLATE_NOOP("RecordedWords", "general SOCKS server failure");
    static constexpr const char *SocksNotAllowed = QT_TRANSLATE_NOOP("RecordedWords", "connection not allowed by its rules");
    static constexpr const char *SocksNetworkUnreachable = QT_TRANSLATE_NOOP("RecordedWords", "network unreachable");
    static constexpr const char *SocksHostUnreachable = QT_TRANSLATE_NOOP("RecordedWords", "host unreachable");
    static constexpr const char *SocksTargetRefused = QT_TRANSLATE_NOOP("RecordedWords", "connection refused by the target");
    static constexpr const char *SocksTtlExpired = QT_TRANSLATE_NOOP("RecordedWords", "TTL expired");
    static constexpr const char *SocksCommandUnsupported = QT_TRANSLATE_NOOP("RecordedWords", "command not supported");
    static constexpr const char *SocksAddressUnsupported = QT_TRANSLATE_NOOP("RecordedWords", "address type not supported");
    static constexpr const char *SocksUnknownReply = QT_TRANSLATE_NOOP("RecordedWords", "unknown reply");
    static constexpr const char *NotSocks5
        = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 does not speak SOCKS5 (its first byte was 0x%2)");
    static constexpr const char *SocksWantsCredentials
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 wants credentials; %2");
    static constexpr const char *SocksNoMethod
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 accepts none of the offered ways to authenticate");
    static constexpr const char *SocksMethodNotOffered
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 chose a way to authenticate that was not offered (0x%2)");
    static constexpr const char *SocksCredentialsRefused
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 refused the username and password given");
    static constexpr const char *SocksUnknownAddressType
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 answered with an unknown address type %2");
    static constexpr const char *SocksRefusedConnect
        = QT_TRANSLATE_NOOP("RecordedWords", "the SOCKS5 proxy %1 refused CONNECT %2:%3: %4 (reply %5)");
    static constexpr const char *ProxyClosedWhileWaiting
        = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 closed the connection while waiting for %2");
    static constexpr const char *ProxyRefused = QT_TRANSLATE_NOOP("RecordedWords", "connection refused by the proxy %1");
    static constexpr const char *ProxyHostNotFound = QT_TRANSLATE_NOOP("RecordedWords", "proxy host not found: %1");
    static constexpr const char *ProxyUnreachable = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 could not be reached: %2");
    static constexpr const char *CredentialsHint = QT_TRANSLATE_NOOP(
        "RecordedWords", "put USER:PASSWORD@ before the host in the proxy URL, the password from a secret ({{secrets.NAME}})");
    static constexpr const char *ProxyAsks = QT_TRANSLATE_NOOP("RecordedWords", " (it asks: Proxy-Authenticate: %1)");
    static constexpr const char *ProxyWantsCredentials
        = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 answered CONNECT %2:%3 with \"%4\"%5: it wants credentials; %6");
    static constexpr const char *ProxyCredentialsRefused = QT_TRANSLATE_NOOP(
        "RecordedWords", "the proxy %1 answered CONNECT %2:%3 with \"%4\"%5: the username and password given were refused");
    static constexpr const char *ProxyForbidsTunnel = QT_TRANSLATE_NOOP(
        "RecordedWords", "the proxy %1 answered CONNECT %2:%3 with \"%4\": its rules do not allow a tunnel to that host or port");
    static constexpr const char *ProxyOpenedNoTunnel
        = QT_TRANSLATE_NOOP("RecordedWords", "the proxy %1 answered CONNECT %2:%3 with \"%4\": no tunnel was opened");
    static constexpr const char *TlsFailed = QT_TRANSLATE_NOOP("RecordedWords", "TLS: %1");

    static const QList<const char *> &all();
};

} // namespace tunnelscope
