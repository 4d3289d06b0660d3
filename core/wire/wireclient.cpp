#include "wireclient.h"

#include "closepayload.h"
#include "frameencoder.h"
#include "framestore.h"
#include "httprequesthead.h"
#include "pathtrust.h"
#include "proxyhandshake.h"
#include "recordedwords.h"
#include "runclock.h"
#include "wirewords.h"

#include <QFile>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

namespace tunnelscope {

WireClient::WireClient(const RunClock *clock, FrameStore *store, QObject *parent)
    : QObject(parent), m_clock(clock), m_store(store)
{
    m_handshakeTimer.setSingleShot(true);
    m_closeTimer.setSingleShot(true);
    m_writeStallTimer.setSingleShot(true);
    connect(&m_writeStallTimer, &QTimer::timeout, this, &WireClient::onWriteStalled);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &WireClient::onHandshakeTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        // The peer did not end TCP after the close (§7.1.1 says the server should). The
        // socket is silenced first: its own "disconnected" would read as the peer's doing.
        const QString why = RecordedWords::english(m_record.close.frameReceived ? RecordedWords::PeerKeptTcpOpen
                                                                                : RecordedWords::NothingAfterOurClose,
                                                   QString::number(m_closeTimer.interval()));
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
        finishByClient(RecordedWords::english(RecordedWords::CutByClient, why));
    });
}

WireClient::~WireClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void WireClient::open(const Options &options)
{
    Q_ASSERT(m_state == State::Idle);
    m_options = options;
    m_decoder = FrameDecoder(FrameDecoder::Masking::FromServer, true, options.maxMessageBytes, FrameDecoder::Payloads::Borrowed);
    m_assembler = MessageAssembler(options.maxMessageBytes);
    m_record = ConnectionRecord();
    m_record.url = options.url;
    m_record.firstFrameIndex = m_store->count();
    m_state = State::Connecting;
    m_record.handshake.startUs = m_clock->nowUs();

    const bool secure = options.url.scheme() == QLatin1String("wss");
    QTcpSocket *socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    // A proxy is spoken to here (ProxyHandshake), not by Qt, so that its answer is evidence.
    m_proxyDone = false;
    socket->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    const quint16 port = quint16(options.url.port(secure ? 443 : 80));
    if (options.proxy.isValid() && !options.proxy.isEmpty()) {
        m_proxy = std::make_unique<ProxyHandshake>(options.proxy, options.url.host(), port);
        m_record.handshake.proxy = m_proxy->shownUrl();
    } else {
        m_proxy.reset();
    }

    connect(socket, &QTcpSocket::connected, this, &WireClient::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &WireClient::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &WireClient::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &WireClient::onSocketError);
    connect(socket, &QTcpSocket::bytesWritten, this, &WireClient::onBytesWritten);
    m_handshakeTimer.start(options.handshakeTimeoutMs);

    const QString host = m_proxy ? options.proxy.host() : options.url.host();
    const quint16 hostPort = m_proxy ? quint16(options.proxy.port(m_proxy->isSocks() ? 1080 : 8080)) : port;
    if (!secure) {
        socket->connectToHost(host, hostPort);
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    QSslConfiguration config;
    QString trustError;
    if (!PathTrust::configuration(options.caFile, options.caCertificates, &config, &trustError)) {
        // Reported from the event loop, like every other outcome of open().
        QMetaObject::invokeMethod(
            this,
            [this, trustError] {
                failHandshake(QStringLiteral("tls"), RecordedWords::english(WireWords::TlsFailed, trustError));
            },
            Qt::QueuedConnection);
        return;
    }
    ssl->setSslConfiguration(config);
    connect(ssl, &QSslSocket::encrypted, this, &WireClient::onEncrypted);
    connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        if (m_options.ignoreTlsErrors) {
            m_record.handshake.tlsWarnings << texts;
            ssl->ignoreSslErrors();
        } else {
            failHandshake(QStringLiteral("tls"), RecordedWords::english(WireWords::TlsFailed, texts.join(QStringLiteral("; "))));
        }
    });
    if (m_proxy) {
        // TLS starts once the proxy's tunnel is up, verified against the server's name.
        ssl->setPeerVerifyName(options.url.host());
        ssl->connectToHost(host, hostPort);
        return;
    }
    ssl->connectToHostEncrypted(options.url.host(), port);
}

void WireClient::onConnected()
{
    m_record.handshake.tcpConnectedUs = m_clock->nowUs();
    if (m_proxy) {
        m_socket->write(m_proxy->start());
        return;
    }
    if (!qobject_cast<QSslSocket *>(m_socket))
        sendUpgrade();
}

void WireClient::readProxyAnswer(const QByteArray &bytes, qint64 now)
{
    QByteArray reply, rest;
    const ProxyHandshake::Result result = m_proxy->feed(bytes, &reply, &rest);
    HandshakeRecord &h = m_record.handshake;
    h.proxyStatus = m_proxy->status();
    h.proxyStatusLine = m_proxy->statusLine();
    h.proxyHeaders = m_proxy->headers();
    if (!reply.isEmpty())
        m_socket->write(reply);
    if (result == ProxyHandshake::Result::Failed) {
        failHandshake(QStringLiteral("proxy"), m_proxy->error());
        return;
    }
    if (result == ProxyHandshake::Result::NeedMore)
        return;
    h.proxyDoneUs = now;
    m_proxyDone = true;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->startClientEncryption();
        return;
    }
    sendUpgrade();
    if (!rest.isEmpty())
        readHandshake(rest, now);
}

void WireClient::onEncrypted()
{
    m_record.handshake.tlsDoneUs = m_clock->nowUs();
    sendUpgrade();
}

void WireClient::sendUpgrade()
{
    m_request = std::make_unique<UpgradeRequest>(m_options.url, m_options.headers, m_options.subprotocols);
    if (m_options.deflate)
        m_request->offerDeflate(*m_options.deflate);
    m_socket->write(m_request->bytes());
    // Kept as sent, for the HAR export (which redacts the secrets among them).
    HttpRequestHead sent;
    qsizetype consumed = 0;
    if (sent.parse(m_request->bytes(), &consumed) == HttpRequestHead::Result::Complete)
        m_record.handshake.requestHeaders = sent.headers();
    m_record.handshake.upgradeSentUs = m_clock->nowUs();
}

QString WireClient::phaseName() const
{
    const HandshakeRecord &h = m_record.handshake;
    if (h.tcpConnectedUs < 0)
        return m_proxy ? RecordedWords::english(RecordedWords::PhaseTcpToProxy, m_proxy->shownUrl())
                       : RecordedWords::english(RecordedWords::PhaseTcp);
    if (m_proxy && !m_proxyDone)
        return m_proxy->phaseName();
    if (qobject_cast<QSslSocket *>(m_socket) && h.tlsDoneUs < 0)
        return RecordedWords::english(RecordedWords::PhaseTls);
    if (m_headBuffer.isEmpty())
        return RecordedWords::english(RecordedWords::PhaseNoAnswer);
    return m_headBuffer.size() == 1
        ? RecordedWords::english(RecordedWords::PhaseAnswerByte)
        : RecordedWords::english(RecordedWords::PhaseAnswerStarted, QString::number(m_headBuffer.size()));
}

void WireClient::onHandshakeTimeout()
{
    if (m_state != State::Connecting)
        return;
    failHandshake(QStringLiteral("timeout"),
                  RecordedWords::english(RecordedWords::Timeout, QString::number(m_options.handshakeTimeoutMs), phaseName()));
}

void WireClient::failHandshake(const QString &kind, const QString &why)
{
    if (m_state != State::Connecting)
        return;
    m_handshakeTimer.stop();
    HandshakeRecord &h = m_record.handshake;
    h.ok = false;
    h.errorKind = kind;
    h.error = why;
    recordError(RecordedWords::english(RecordedWords::HandshakeFailed, why), m_clock->nowUs());
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish(RecordedWords::english(RecordedWords::NoConnection));
}

void WireClient::onReadyRead()
{
    const qint64 now = m_clock->nowUs(); // one stamp per read: when the bytes reached us
    if (m_state == State::Connecting && m_proxy && !m_proxyDone) {
        readProxyAnswer(m_socket->readAll(), now);
    } else if (m_state == State::Connecting) {
        readHandshake(m_socket->readAll(), now);
    } else if (m_state == State::Open || m_state == State::Closing) {
        // Straight into the decoder's buffer, which keeps its memory from read to read.
        m_decoder.readFrom(m_socket);
        readFrames(now);
    }
}

QString WireClient::bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    // An HTML error page says it best in its title.
    const qsizetype title = text.indexOf(QLatin1String("<title>"), 0, Qt::CaseInsensitive);
    if (title >= 0) {
        const qsizetype end = text.indexOf(QLatin1String("</title>"), title, Qt::CaseInsensitive);
        text = text.mid(title + 7, end < 0 ? -1 : end - title - 7);
    }
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    text = text.simplified();
    return text.size() > 160 ? text.left(159) + QChar(0x2026) : text;
}

void WireClient::readHandshake(const QByteArray &bytes, qint64 now)
{
    // Only the new bytes, and the three before them, can complete the blank line that ends the
    // head: a server dribbling its head a byte at a time must not have it searched again on
    // every read.
    const qsizetype searchFrom = std::max<qsizetype>(0, m_headBuffer.size() - 3);
    m_headBuffer += bytes;
    if (m_headBuffer.indexOf("\r\n\r\n", searchFrom) < 0 && m_headBuffer.size() <= HttpResponseHead::DefaultMaxSize)
        return;
    HttpResponseHead head;
    qsizetype consumed = 0;
    const auto result = head.parse(m_headBuffer, &consumed);
    if (result == HttpResponseHead::Result::NeedMore)
        return;
    HandshakeRecord &h = m_record.handshake;
    if (result == HttpResponseHead::Result::Error) {
        failHandshake(QStringLiteral("protocol"), head.errorString());
        return;
    }
    h.answerUs = now;
    h.status = head.status();
    h.statusLine = head.statusLine();
    h.headers = head.headers();
    const QString problem = m_request->checkAnswer(head);
    if (!problem.isEmpty()) {
        if (head.status() == 101) {
            failHandshake(QStringLiteral("protocol"), problem);
            return;
        }
        // What a refusing tunnel or proxy says about it is the evidence people look for
        // ("tunnel not found", "origin unreachable"): the part of its answer that came with the head.
        const QString says = bodyExcerpt(m_headBuffer.mid(consumed));
        failHandshake(QStringLiteral("http"), says.isEmpty() ? problem : problem + QStringLiteral(": \"%1\"").arg(says));
        return;
    }
    m_handshakeTimer.stop();
    h.ok = true;
    startCompression(head);
    m_state = State::Open;
    m_store->append(now, FrameType::Open, Direction::In, h.statusLine);
    const QByteArray rest = m_headBuffer.mid(consumed);
    m_headBuffer.clear();
    Q_EMIT opened();
    if (!rest.isEmpty() && m_state == State::Open) {
        m_decoder.append(rest);
        readFrames(now);
    }
}

void WireClient::readFrames(qint64 now)
{
    // The frames' payloads borrow the decoder's buffer until the next read: each is stored
    // (copied once, into the frame store) and never kept.
    WireFrame frame;
    for (;;) {
        if (m_state == State::Closed || m_record.close.frameReceived)
            return; // after a close frame nothing more is read (§5.5.1)
        const auto result = m_decoder.next(&frame);
        if (result == FrameDecoder::Result::NeedMore)
            return;
        if (result == FrameDecoder::Result::Error) {
            failConnection(1002, RecordedWords::english(RecordedWords::Violation, m_decoder.errorString()), now);
            return;
        }
        WireMessage message;
        const auto assembled = m_assembler.push(std::move(frame), &message);
        if (assembled == MessageAssembler::Result::Error) {
            failConnection(1002, RecordedWords::english(RecordedWords::Violation, m_assembler.errorString()), now);
            return;
        }
        if (assembled == MessageAssembler::Result::Message)
            handleMessage(std::move(message), now);
    }
}

void WireClient::startCompression(const HttpResponseHead &answer)
{
    m_inflater.reset();
    m_deflater.reset();
    const std::optional<DeflateAgreement> agreed = m_request->deflateAgreement(answer);
    if (!agreed)
        return;
    m_decoder.allowReservedBits(0x4);
    m_inflater = std::make_unique<MessageInflater>(agreed->serverMaxWindowBits, agreed->serverNoContextTakeover);
    // zlib cannot compress within a 256-byte window: with client_max_window_bits=8 agreed, our
    // messages go uncompressed, which RFC 7692 §6 allows.
    if (agreed->clientMaxWindowBits > 8)
        m_deflater = std::make_unique<MessageDeflater>(agreed->clientMaxWindowBits, agreed->clientNoContextTakeover);
}

bool WireClient::inflateMessage(WireMessage *message, qint64 now)
{
    QByteArray inflated;
    QString error;
    if (!m_inflater) {
        failConnection(
            1002,
            RecordedWords::english(RecordedWords::Violation, RecordedWords::english(RecordedWords::CompressedWithoutDeflate)),
            now);
        return false;
    }
    if (!m_inflater->inflate(message->payload, &inflated, m_options.maxMessageBytes, &error)) {
        failConnection(
            1002,
            RecordedWords::english(RecordedWords::Violation,
                                   RecordedWords::english(message->opcode == Opcode::Text ? RecordedWords::TextNotInflated
                                                                                          : RecordedWords::BinaryNotInflated,
                                                          QString::number(message->payload.size()), error)),
            now);
        return false;
    }
    message->payload = std::move(inflated);
    return true;
}

void WireClient::handleMessage(WireMessage message, qint64 now)
{
    const qint64 compressedSize = message.compressed ? message.payload.size() : -1;
    if (message.compressed && !inflateMessage(&message, now))
        return;
    auto stored = [this, compressedSize](qsizetype index) {
        if (compressedSize >= 0)
            m_store->setCompressedSize(index, compressedSize);
        return index;
    };
    switch (message.opcode) {
    case Opcode::Text: {
        const qsizetype index = stored(m_store->append(now, FrameType::Text, Direction::In, message.payload, message.fragments));
        if (!isValidUtf8(message.payload)) {
            // What a browser does: fail the connection with 1007 (§8.1).
            failConnection(1007,
                           RecordedWords::english(RecordedWords::Violation,
                                                  RecordedWords::english(RecordedWords::NotUtf8, QString::number(index))),
                           now);
            return;
        }
        Q_EMIT messageReceived(index);
        return;
    }
    case Opcode::Binary:
        Q_EMIT messageReceived(
            stored(m_store->append(now, FrameType::Binary, Direction::In, message.payload, message.fragments)));
        return;
    case Opcode::Ping:
        m_store->append(now, FrameType::Ping, Direction::In, message.payload);
        if (m_state == State::Open)
            writeFrame(Opcode::Pong, message.payload);
        return;
    case Opcode::Pong: {
        const qsizetype index = m_store->append(now, FrameType::Pong, Direction::In, message.payload);
        qint64 rtt = -1;
        for (qsizetype i = 0; i < m_pendingPings.size(); ++i) {
            if (m_pendingPings[i].first == message.payload) {
                rtt = now - m_pendingPings[i].second;
                m_pendingPings.remove(0, i + 1); // older unanswered pings will not be answered
                break;
            }
        }
        Q_EMIT pongReceived(index, rtt);
        return;
    }
    case Opcode::Close: {
        const ClosePayload cp = ClosePayload::parse(message.payload);
        m_store->append(now, FrameType::Close, Direction::In, message.payload, 1, cp.hasCode ? cp.code : 0);
        CloseRecord &c = m_record.close;
        c.frameReceived = true;
        c.code = cp.effectiveCode();
        c.reason = cp.reason;
        c.wireProblem = cp.problem;
        c.endedUs = now;
        if (!c.frameSent)
            c.initiatedBy = CloseRecord::Initiator::Server;
        if (!cp.problem.isEmpty())
            recordError(RecordedWords::english(RecordedWords::Violation, cp.problem), now);
        if (!c.frameSent) {
            // Echo the status (§5.5.1); answer a close we cannot echo with 1002.
            const quint16 reply = cp.problem.isEmpty() ? (cp.hasCode ? cp.code : quint16(1000)) : quint16(1002);
            writeFrame(Opcode::Close, FrameEncoder::closePayload(reply));
            c.frameSent = true;
            c.sentCode = reply;
        }
        m_state = State::Closing;
        m_closeTimer.start(m_options.closeTimeoutMs);
        Q_EMIT closeFrameReceived();
        return;
    }
    default:
        failConnection(1002, RecordedWords::english(WireWords::UnexpectedOpcode).arg(message.opcode, 0, 16), now);
    }
}

void WireClient::failConnection(quint16 code, const QString &why, qint64 now)
{
    m_failed = true;
    recordError(why, now);
    if (m_state == State::Open)
        close(code, QByteArray());
    if (m_socket) {
        // Our FIN: the "disconnected" that follows is this client's doing, not the peer's.
        m_clientEndingTcp = RecordedWords::english(RecordedWords::FailedByClient, QString::number(code));
        m_socket->disconnectFromHost();
    }
}

void WireClient::recordViolation(const QString &what)
{
    recordError(RecordedWords::english(RecordedWords::Violation, what), m_clock->nowUs());
}

void WireClient::recordError(const QString &text, qint64 now)
{
    m_store->append(now, FrameType::Error, Direction::In, text.toUtf8());
}

void WireClient::writeFrame(quint8 opcode, const QByteArray &payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_peerNotReading)
        return;
    const bool compress = m_deflater && (opcode == Opcode::Text || opcode == Opcode::Binary);
    const QByteArray wire = compress ? m_deflater->deflate(payload) : QByteArray();
    m_socket->write(compress ? FrameEncoder::encode(opcode, wire, true, QRandomGenerator::global()->generate(), 0x4)
                             : FrameEncoder::encodeMasked(opcode, payload));
    if (!m_writeQueueFull && m_socket->bytesToWrite() > m_options.maxPendingWriteBytes) {
        // Back-pressure: the sender waits for writeQueueDrained(). A peer that takes none of
        // it for writeStallTimeoutMs must not make us buffer without end.
        m_writeQueueFull = true;
        m_writeStallTimer.start(m_options.writeStallTimeoutMs);
    }
    const qint64 now = m_clock->nowUs();
    switch (opcode) {
    case Opcode::Text:
    case Opcode::Binary: {
        const qsizetype index
            = m_store->append(now, opcode == Opcode::Text ? FrameType::Text : FrameType::Binary, Direction::Out, payload);
        if (compress)
            m_store->setCompressedSize(index, wire.size());
        break;
    }
    case Opcode::Ping:
        m_store->append(now, FrameType::Ping, Direction::Out, payload);
        break;
    case Opcode::Pong:
        m_store->append(now, FrameType::Pong, Direction::Out, payload);
        break;
    case Opcode::Close: {
        const ClosePayload cp = ClosePayload::parse(payload);
        m_store->append(now, FrameType::Close, Direction::Out, payload, 1, cp.hasCode ? cp.code : 0);
        break;
    }
    default:
        break;
    }
}

void WireClient::onBytesWritten()
{
    if (!m_writeQueueFull || !m_socket)
        return;
    if (m_socket->bytesToWrite() > m_options.maxPendingWriteBytes / 2) {
        m_writeStallTimer.start(m_options.writeStallTimeoutMs); // progress: the peer is reading
        return;
    }
    // Half drained before the sender resumes, so it does not wake for every TCP segment.
    m_writeQueueFull = false;
    m_writeStallTimer.stop();
    Q_EMIT writeQueueDrained();
}

void WireClient::onWriteStalled()
{
    if (!m_writeQueueFull || !m_socket || m_peerNotReading)
        return;
    m_peerNotReading = true;
    recordError(RecordedWords::english(WireWords::ServerStoppedReadingFor)
                    .arg(double(m_socket->bytesToWrite()) / (1 << 20), 0, 'f', 1)
                    .arg(m_options.writeStallTimeoutMs),
                m_clock->nowUs());
    abort(RecordedWords::english(WireWords::ServerStoppedReading));
}

void WireClient::sendText(const QByteArray &utf8)
{
    if (m_state == State::Open)
        writeFrame(Opcode::Text, utf8);
}

void WireClient::sendBinary(const QByteArray &bytes)
{
    if (m_state == State::Open)
        writeFrame(Opcode::Binary, bytes);
}

void WireClient::sendPing(const QByteArray &payload)
{
    if (m_state != State::Open)
        return;
    writeFrame(Opcode::Ping, payload.left(125));
    m_pendingPings.append({payload.left(125), m_clock->nowUs()});
}

void WireClient::close(quint16 code, const QByteArray &reason, int timeoutMs)
{
    if (m_state != State::Open)
        return;
    CloseRecord &c = m_record.close;
    c.frameSent = true;
    c.sentCode = code;
    c.initiatedBy = CloseRecord::Initiator::Client;
    writeFrame(Opcode::Close, FrameEncoder::closePayload(code, reason.left(123)));
    m_state = State::Closing;
    m_closeTimer.start(timeoutMs >= 0 ? timeoutMs : m_options.closeTimeoutMs);
}

void WireClient::abort(const QString &why)
{
    if (m_state == State::Closed || m_state == State::Idle)
        return;
    if (m_state == State::Connecting) {
        failHandshake(QStringLiteral("aborted"), why);
        return;
    }
    recordError(why, m_clock->nowUs());
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finishByClient(RecordedWords::english(RecordedWords::CutByClient, why));
}

void WireClient::onDisconnected()
{
    if (m_state == State::Connecting && m_proxy && !m_proxyDone) {
        // A proxy that refuses often says why and hangs up at once: read what it said first.
        if (m_socket && m_socket->bytesAvailable() > 0)
            onReadyRead();
        failHandshake(QStringLiteral("proxy"),
                      RecordedWords::english(WireWords::ProxyClosedWhileWaiting).arg(m_proxy->shownUrl(), phaseName()));
        return;
    }
    if (m_state == State::Connecting) {
        failHandshake(QStringLiteral("network"), RecordedWords::english(RecordedWords::ClosedWhileWaiting, phaseName()));
        return;
    }
    if (m_state == State::Closed)
        return;
    // Frames that arrived with the FIN are still in the buffer.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_clientEndingTcp.isEmpty()) {
        finishByClient(m_clientEndingTcp);
        return;
    }
    m_record.close.tcpEndedBy = CloseRecord::TcpEndedBy::Peer;
    finish(RecordedWords::english(RecordedWords::TcpClosedByPeer));
}

void WireClient::finishByClient(const QString &tcpEnd)
{
    if (m_record.close.tcpEndedBy == CloseRecord::TcpEndedBy::Unknown)
        m_record.close.tcpEndedBy = CloseRecord::TcpEndedBy::Client;
    finish(tcpEnd);
}

void WireClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Connecting) {
        const QString text = m_socket ? m_socket->errorString() : QString();
        const QString where = m_options.url.host() + QLatin1Char(':')
            + QString::number(m_options.url.port(m_options.url.scheme() == QLatin1String("wss") ? 443 : 80));
        if (m_proxy && m_record.handshake.tcpConnectedUs < 0 && error != QAbstractSocket::RemoteHostClosedError) {
            // The proxy itself could not be reached: its own cause, not the server's.
            failHandshake(QStringLiteral("proxy"),
                          error == QAbstractSocket::ConnectionRefusedError
                              ? RecordedWords::english(WireWords::ProxyRefused).arg(m_proxy->shownUrl())
                              : error == QAbstractSocket::HostNotFoundError
                              ? RecordedWords::english(WireWords::ProxyHostNotFound).arg(m_options.proxy.host())
                              : RecordedWords::english(WireWords::ProxyUnreachable).arg(m_proxy->shownUrl(), text));
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            failHandshake(QStringLiteral("refused"), RecordedWords::english(RecordedWords::Refused, where));
            return;
        case QAbstractSocket::HostNotFoundError:
            failHandshake(QStringLiteral("dns"), RecordedWords::english(RecordedWords::HostNotFound, m_options.url.host()));
            return;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            failHandshake(QStringLiteral("tls"), RecordedWords::english(WireWords::TlsFailed, text));
            return;
        case QAbstractSocket::RemoteHostClosedError:
            return; // onDisconnected() tells the phase
        default:
            failHandshake(QStringLiteral("network"), text);
            return;
        }
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // the ordinary end; onDisconnected() records it
    if (m_state == State::Open || m_state == State::Closing) {
        m_record.close.tcpEnd = RecordedWords::english(RecordedWords::SocketError, m_socket->errorString());
        if (error == QAbstractSocket::NetworkError || error == QAbstractSocket::SocketTimeoutError)
            m_record.close.tcpEndedBy = CloseRecord::TcpEndedBy::Peer; // reset or lost on the way
        recordError(RecordedWords::english(RecordedWords::SocketError, m_socket->errorString()), m_clock->nowUs());
    }
}

void WireClient::finish(const QString &tcpEnd)
{
    if (m_finished)
        return;
    m_finished = true;
    m_handshakeTimer.stop();
    m_closeTimer.stop();
    m_writeStallTimer.stop();
    const qint64 now = m_clock->nowUs();
    CloseRecord &c = m_record.close;
    if (c.tcpEnd.isEmpty())
        c.tcpEnd = tcpEnd;
    if (m_record.handshake.ok && !m_failed && m_decoder.bufferedBytes() > 0 && !c.frameReceived)
        recordError(RecordedWords::english(
                        RecordedWords::Violation,
                        RecordedWords::english(RecordedWords::EndedMidFrame, QString::number(m_decoder.bufferedBytes()))),
                    now);
    if (m_record.handshake.ok && !c.frameReceived) {
        c.code = 1006;
        c.endedUs = now;
        recordError(RecordedWords::english(RecordedWords::NoCloseFrame, c.tcpEnd), now);
    }
    m_state = State::Closed;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished();
}

} // namespace tunnelscope
