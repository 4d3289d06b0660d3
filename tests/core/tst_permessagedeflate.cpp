#include "deflateagreement.h"
#include "deflateoffer.h"
#include "framedecoder.h"
#include "frameencoder.h"
#include "messageassembler.h"
#include "messagedeflater.h"
#include "messageinflater.h"
#include "profile.h"
#include "runcomparer.h"
#include "runrecord.h"
#include "websocketextensions.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tunnelscope;

// permessage-deflate (RFC 7692): the extension header, the offer and answer, and the
// compression of messages, against the RFC's own examples and zlib round trips.
class tst_PermessageDeflate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inflatesTheRfcExamples();
    void roundTripsWithAndWithoutContextTakeover();
    void corruptBytesAreAnErrorThatStays();
    void inflatingPastTheLimitIsRefused();
    void parsesExtensionHeaders_data();
    void parsesExtensionHeaders();
    void offerHeader();
    void serverReadsTheFirstValidOffer();
    void answers_data();
    void answers();
    void decoderAllowsRsv1OnlyWhereDeflateMayUseIt();
    void tunnelAnswersAreHeldToTheDirectOne_data();
    void tunnelAnswersAreHeldToTheDirectOne();
};

// One path of a run whose upgrade offered `offer` and got `answer` (no header when empty).
static PathRecord pathAnswered(const QString &name, const QByteArray &offer, const QByteArray &answer)
{
    PathRecord p;
    p.name = name;
    ConnectionRecord c;
    c.handshake.ok = true;
    c.handshake.status = 101;
    c.handshake.startUs = 0;
    c.handshake.answerUs = 1000;
    c.handshake.requestHeaders = {{"Upgrade", "websocket"}};
    if (!offer.isEmpty())
        c.handshake.requestHeaders.append({"Sec-WebSocket-Extensions", offer});
    if (!answer.isEmpty())
        c.handshake.headers = {{"Sec-WebSocket-Extensions", answer}};
    p.connections.append(c);
    p.frames.append(1000, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    return p;
}

void tst_PermessageDeflate::inflatesTheRfcExamples()
{
    // §7.2.3.1: "Hello" in one compressed message; §7.2.3.2: the same again with the window
    // taken over, which refers back to the first.
    MessageInflater inflater(15, false);
    QByteArray out;
    QString error;
    QVERIFY2(inflater.inflate(QByteArray::fromHex("f248cdc9c90700"), &out, 1000, &error), qPrintable(error));
    QCOMPARE(out, QByteArray("Hello"));
    QVERIFY2(inflater.inflate(QByteArray::fromHex("f200110000"), &out, 1000, &error), qPrintable(error));
    QCOMPARE(out, QByteArray("Hello"));
    // §7.2.3.3: a stored (uncompressed) block; §7.2.3.4: a message with a final block (BFINAL).
    QVERIFY(inflater.inflate(QByteArray::fromHex("000500faff48656c6c6f00"), &out, 1000, &error));
    QCOMPARE(out, QByteArray("Hello"));
    MessageInflater fresh(15, false);
    QVERIFY2(fresh.inflate(QByteArray::fromHex("f348cdc9c90700"), &out, 1000, &error), qPrintable(error));
    QCOMPARE(out, QByteArray("Hello"));
    QVERIFY2(fresh.inflate(QByteArray::fromHex("f248cdc9c90700"), &out, 1000, &error), qPrintable(error));
    QCOMPARE(out, QByteArray("Hello"));
}

void tst_PermessageDeflate::roundTripsWithAndWithoutContextTakeover()
{
    const QByteArray message = R"({"type":"auth_required","ha_version":"2026.12.0"})";
    for (const bool reset : {false, true}) {
        MessageDeflater deflater(15, reset);
        MessageInflater inflater(15, reset);
        const QByteArray first = deflater.deflate(message);
        const QByteArray second = deflater.deflate(message);
        QVERIFY(!first.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)));
        if (reset)
            QCOMPARE(second, first); // every message starts from an empty window
        else
            QVERIFY2(second.size() < first.size() / 3, qPrintable(QString::number(second.size())));
        QByteArray out;
        QString error;
        QVERIFY2(inflater.inflate(first, &out, 1 << 20, &error), qPrintable(error));
        QCOMPARE(out, message);
        QVERIFY2(inflater.inflate(second, &out, 1 << 20, &error), qPrintable(error));
        QCOMPARE(out, message);
    }
    // Binary, large and incompressible, across the inflater's 16 KiB steps; and an empty message.
    QByteArray noise(200000, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    MessageDeflater deflater(10, false);
    MessageInflater inflater(10, false);
    QByteArray out;
    QString error;
    QVERIFY(inflater.inflate(deflater.deflate(noise), &out, 1 << 20, &error));
    QCOMPARE(out, noise);
    QVERIFY(inflater.inflate(deflater.deflate(QByteArray()), &out, 1 << 20, &error));
    QCOMPARE(out, QByteArray());
}

void tst_PermessageDeflate::corruptBytesAreAnErrorThatStays()
{
    MessageInflater inflater(15, false);
    QByteArray out;
    QString error;
    // BTYPE 11 is reserved: no DEFLATE stream starts with 0xff.
    QVERIFY(!inflater.inflate(QByteArray::fromHex("ff48cdc9c90700"), &out, 1000, &error));
    QVERIFY2(error.contains(QLatin1String("invalid block type")), qPrintable(error));
    // The window is lost with the broken message: the next cannot be trusted either.
    QVERIFY(!inflater.inflate(QByteArray::fromHex("f248cdc9c90700"), &out, 1000, &error));
    QVERIFY2(error.contains(QLatin1String("earlier message")), qPrintable(error));
}

void tst_PermessageDeflate::inflatingPastTheLimitIsRefused()
{
    MessageDeflater deflater(15, false);
    const QByteArray bomb = deflater.deflate(QByteArray(10 << 20, 'a'));
    QVERIFY(bomb.size() < 20000);
    MessageInflater inflater(15, false);
    QByteArray out;
    QString error;
    QVERIFY(!inflater.inflate(bomb, &out, 1 << 20, &error));
    QVERIFY2(error.contains(QLatin1String("limit of 1048576 bytes")), qPrintable(error));
    QVERIFY(out.size() <= (1 << 20) + 16384);
}

void tst_PermessageDeflate::parsesExtensionHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("shape"); // name(param=value,...)|... or the error's start
    QTest::newRow("empty") << QByteArray("") << QString();
    QTest::newRow("plain") << QByteArray("permessage-deflate") << QStringLiteral("permessage-deflate()");
    QTest::newRow("params") << QByteArray("permessage-deflate; client_max_window_bits; server_max_window_bits=10")
                            << QStringLiteral("permessage-deflate(client_max_window_bits,server_max_window_bits=10)");
    QTest::newRow("quoted") << QByteArray("permessage-deflate;client_max_window_bits=\"12\" , x-webkit-deflate-frame")
                            << QStringLiteral("permessage-deflate(client_max_window_bits=12)|x-webkit-deflate-frame()");
    QTest::newRow("no name") << QByteArray("; a=1") << QStringLiteral("error: an extension name was expected");
    QTest::newRow("open quote") << QByteArray("a; b=\"12") << QStringLiteral("error: a quoted value does not end");
    QTest::newRow("junk") << QByteArray("a b") << QStringLiteral("error: ',' or ';' was expected");
}

void tst_PermessageDeflate::parsesExtensionHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, shape);
    QList<WebSocketExtensions::Extension> extensions;
    QString error;
    const bool ok = WebSocketExtensions::parse(header, &extensions, &error);
    if (shape.startsWith(QLatin1String("error: "))) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(shape.mid(7)), qPrintable(error));
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QStringList parts;
    for (const auto &e : extensions) {
        QStringList params;
        for (const auto &[name, value] : e.params)
            params << QString::fromLatin1(value.isNull() ? name : name + '=' + value);
        parts << QString::fromLatin1(e.name) + QLatin1Char('(') + params.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    QCOMPARE(parts.join(QLatin1Char('|')), shape);
}

void tst_PermessageDeflate::offerHeader()
{
    QCOMPARE(DeflateOffer().header(), QByteArray("permessage-deflate"));
    DeflateOffer offer;
    offer.clientMaxWindowBits = 0;
    QCOMPARE(offer.header(), QByteArray("permessage-deflate; client_max_window_bits"));
    offer.clientMaxWindowBits = 10;
    offer.serverNoContextTakeover = true;
    offer.serverMaxWindowBits = 12;
    QCOMPARE(offer.header(),
             QByteArray("permessage-deflate; server_no_context_takeover; server_max_window_bits=12; client_max_window_bits=10"));
}

void tst_PermessageDeflate::serverReadsTheFirstValidOffer()
{
    QVERIFY(!DeflateOffer::fromRequest("x-webkit-deflate-frame"));
    // A browser's offer.
    auto offer = DeflateOffer::fromRequest("permessage-deflate; client_max_window_bits");
    QVERIFY(offer);
    QCOMPARE(offer->clientMaxWindowBits, 0);
    QCOMPARE(offer->accepted().header(), QByteArray("permessage-deflate"));
    // An offer it cannot read is declined and the next is taken (§7.1).
    offer = DeflateOffer::fromRequest("permessage-deflate; server_max_window_bits=20, permessage-deflate; "
                                      "client_no_context_takeover");
    QVERIFY(offer);
    QVERIFY(offer->clientNoContextTakeover);
    QCOMPARE(offer->accepted().header(), QByteArray("permessage-deflate; client_no_context_takeover"));
}

void tst_PermessageDeflate::answers_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("expected"); // the agreement's header, "declined", or the error's start
    QTest::newRow("declined") << QByteArray("permessage-deflate") << QByteArray("") << QStringLiteral("declined");
    QTest::newRow("accepted") << QByteArray("permessage-deflate; client_max_window_bits") << QByteArray("permessage-deflate")
                              << QStringLiteral("permessage-deflate");
    QTest::newRow("server chooses the client window")
        << QByteArray("permessage-deflate; client_max_window_bits") << QByteArray("permessage-deflate; client_max_window_bits=10")
        << QStringLiteral("permessage-deflate; client_max_window_bits=10");
    QTest::newRow("server adds no context takeover")
        << QByteArray("permessage-deflate") << QByteArray("permessage-deflate; server_no_context_takeover")
        << QStringLiteral("permessage-deflate; server_no_context_takeover");
    QTest::newRow("not offered") << QByteArray("permessage-deflate") << QByteArray("x-webkit-deflate-frame")
                                 << QStringLiteral("error: the server agreed to the extension \"x-webkit-deflate-frame\"");
    QTest::newRow("client bits not offered")
        << QByteArray("permessage-deflate") << QByteArray("permessage-deflate; client_max_window_bits=10")
        << QStringLiteral("error: the server answered client_max_window_bits, which the client did not offer");
    QTest::newRow("bits out of range") << QByteArray("permessage-deflate")
                                       << QByteArray("permessage-deflate; server_max_window_bits=7")
                                       << QStringLiteral(
                                              "error: the server's permessage-deflate answer has server_max_window_bits=\"7\"");
    QTest::newRow("bits above the offer")
        << QByteArray("permessage-deflate; server_max_window_bits=10")
        << QByteArray("permessage-deflate; server_max_window_bits=12")
        << QStringLiteral("error: the server answered server_max_window_bits=12, more than the 10 offered");
    QTest::newRow("asked bits not said back")
        << QByteArray("permessage-deflate; server_max_window_bits=10") << QByteArray("permessage-deflate")
        << QStringLiteral("error: the server accepted server_max_window_bits=10 without saying it back");
    QTest::newRow("repeated") << QByteArray("permessage-deflate")
                              << QByteArray("permessage-deflate; server_no_context_takeover; server_no_context_takeover")
                              << QStringLiteral(
                                     "error: the server's permessage-deflate answer repeats server_no_context_takeover");
    QTest::newRow("twice") << QByteArray("permessage-deflate") << QByteArray("permessage-deflate, permessage-deflate")
                           << QStringLiteral("error: the server agreed to permessage-deflate 2 times");
}

void tst_PermessageDeflate::answers()
{
    QFETCH(QByteArray, offer);
    QFETCH(QByteArray, answer);
    QFETCH(QString, expected);
    const std::optional<DeflateOffer> made = DeflateOffer::fromRequest(offer);
    QVERIFY(made);
    QString error;
    const std::optional<DeflateAgreement> agreed = DeflateAgreement::fromAnswer(answer, *made, &error);
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!agreed);
        QVERIFY2(error.startsWith(expected.mid(7)), qPrintable(error));
    } else if (expected == QLatin1String("declined")) {
        QVERIFY(!agreed);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(agreed, qPrintable(error));
        QCOMPARE(QString::fromLatin1(agreed->header()), expected);
    }
}

void tst_PermessageDeflate::decoderAllowsRsv1OnlyWhereDeflateMayUseIt()
{
    const QByteArray compressed
        = FrameEncoder::encode(Opcode::Text, QByteArray::fromHex("f248cdc9c90700"), true, std::nullopt, 0x4);
    WireFrame frame;
    FrameDecoder strict;
    strict.append(compressed);
    QCOMPARE(strict.next(&frame), FrameDecoder::Result::Error); // not negotiated

    FrameDecoder negotiated;
    negotiated.allowReservedBits(0x4);
    negotiated.append(compressed);
    QCOMPARE(negotiated.next(&frame), FrameDecoder::Result::Frame);
    MessageAssembler assembler;
    WireMessage message;
    QCOMPARE(assembler.push(frame, &message), MessageAssembler::Result::Message);
    QVERIFY(message.compressed);

    FrameDecoder control;
    control.allowReservedBits(0x4);
    control.append(FrameEncoder::encode(Opcode::Ping, QByteArrayView(), true, std::nullopt, 0x4));
    QCOMPARE(control.next(&frame), FrameDecoder::Result::Error);
    QVERIFY2(control.errorString().contains(QLatin1String("control")), qPrintable(control.errorString()));

    FrameDecoder continuation;
    continuation.allowReservedBits(0x4);
    continuation.append(FrameEncoder::encode(Opcode::Text, "a", false, std::nullopt, 0x4)
                        + FrameEncoder::encode(Opcode::Continuation, "b", true, std::nullopt, 0x4));
    QCOMPARE(continuation.next(&frame), FrameDecoder::Result::Frame);
    QCOMPARE(continuation.next(&frame), FrameDecoder::Result::Error);
    QVERIFY2(continuation.errorString().contains(QLatin1String("continuation")), qPrintable(continuation.errorString()));
}

void tst_PermessageDeflate::tunnelAnswersAreHeldToTheDirectOne_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<QByteArray>("direct");
    QTest::addColumn<QByteArray>("tunnel");
    QTest::addColumn<QString>("expected"); // the finding's cause, "note", or "" for nothing
    const QByteArray browser = "permessage-deflate; client_max_window_bits";
    QTest::newRow("same answer") << browser << QByteArray("permessage-deflate") << QByteArray("permessage-deflate") << QString();
    QTest::newRow("stripped") << browser << QByteArray("permessage-deflate") << QByteArray()
                              << QStringLiteral("extension_stripped");
    QTest::newRow("changed") << browser << QByteArray("permessage-deflate; client_max_window_bits=10")
                             << QByteArray("permessage-deflate; server_no_context_takeover")
                             << QStringLiteral("extension_changed");
    QTest::newRow("the edge compresses its own hop")
        << browser << QByteArray() << QByteArray("permessage-deflate") << QStringLiteral("note");
    QTest::newRow("nothing offered") << QByteArray() << QByteArray() << QByteArray() << QString();
    QTest::newRow("declined on both") << browser << QByteArray() << QByteArray() << QString();
}

void tst_PermessageDeflate::tunnelAnswersAreHeldToTheDirectOne()
{
    QFETCH(QByteArray, offer);
    QFETCH(QByteArray, direct);
    QFETCH(QByteArray, tunnel);
    QFETCH(QString, expected);
    Profile profile;
    RunRecord run;
    run.direct = pathAnswered(QStringLiteral("direct"), offer, direct);
    run.tunnel = pathAnswered(QStringLiteral("tunnel"), offer, tunnel);
    const RunComparison c = RunComparer(profile).compare(run);
    QStringList found;
    for (const Finding &f : c.findings)
        found << f.kind + QLatin1Char('/') + f.detail.value(QStringLiteral("cause")).toString() + QStringLiteral(": ")
                + f.summary.english();
    if (expected.isEmpty() || expected == QLatin1String("note")) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        const bool noted = std::any_of(c.notes.cbegin(), c.notes.cend(), [](const Sentence &n) {
            return n.english().contains(QLatin1String("compresses its own hop"));
        });
        QCOMPARE(noted, !expected.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    const Finding &f = c.findings.first();
    QCOMPARE(f.kind, QStringLiteral("protocol_violation"));
    QCOMPARE(f.severity, Finding::Severity::Warning);
    QCOMPARE(f.path, QStringLiteral("tunnel"));
    QCOMPARE(f.detail.value(QStringLiteral("cause")).toString(), expected);
    QCOMPARE(f.detail.value(QStringLiteral("direct_extensions")).toString(), QString::fromLatin1(direct));
    QCOMPARE(f.detail.value(QStringLiteral("tunnel_extensions")).toString(), QString::fromLatin1(tunnel));
}

QTEST_APPLESS_MAIN(tst_PermessageDeflate)
#include "tst_permessagedeflate.moc"
