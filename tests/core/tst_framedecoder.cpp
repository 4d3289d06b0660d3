#include "framedecoder.h"
#include "frameencoder.h"
#include "framemask.h"

#include <QTest>

using namespace tunnelscope;

Q_DECLARE_METATYPE(tunnelscope::FrameDecoder::Masking)

class tst_FrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void lengths_data();
    void lengths();
    void byteByByte();
    void maskMatchesTheRfcAtEveryLengthAndOffset();
    void severalFramesInOneRead();
    void invalid_data();
    void invalid();
    void lenientModePassesReservedBits();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

void tst_FrameDecoder::rfcExamples_data()
{
    // RFC 6455 §5.7.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FrameDecoder::Masking>("masking");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("unmasked text") << hex("810548656c6c6f") << FrameDecoder::Masking::FromServer << 1 << true
                                   << QByteArray("Hello");
    QTest::newRow("masked text") << hex("818537fa213d7f9f4d5158") << FrameDecoder::Masking::FromClient << 1 << true
                                 << QByteArray("Hello");
    QTest::newRow("first fragment") << hex("010348656c") << FrameDecoder::Masking::FromServer << 1 << false << QByteArray("Hel");
    QTest::newRow("last fragment") << hex("80026c6f") << FrameDecoder::Masking::FromServer << 0 << true << QByteArray("lo");
    QTest::newRow("ping") << hex("890548656c6c6f") << FrameDecoder::Masking::FromServer << 9 << true << QByteArray("Hello");
    QTest::newRow("masked pong") << hex("8a8537fa213d7f9f4d5158") << FrameDecoder::Masking::FromClient << 10 << true
                                 << QByteArray("Hello");
    QTest::newRow("256-byte binary, 16-bit length")
        << hex("827e0100") + QByteArray(256, 'x') << FrameDecoder::Masking::FromServer << 2 << true << QByteArray(256, 'x');
    QTest::newRow("64 KiB binary, 64-bit length") << hex("827f0000000000010000") + QByteArray(65536, 'y')
                                                  << FrameDecoder::Masking::FromServer << 2 << true << QByteArray(65536, 'y');
    QTest::newRow("empty close") << hex("8800") << FrameDecoder::Masking::FromServer << 8 << true << QByteArray();
}

void tst_FrameDecoder::rfcExamples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FrameDecoder::Masking, masking);
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(QByteArray, payload);
    FrameDecoder d(masking);
    d.append(bytes);
    WireFrame f;
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(int(f.opcode), opcode);
    QCOMPARE(f.fin, fin);
    QCOMPARE(f.payload, payload);
    QCOMPARE(d.next(&f), FrameDecoder::Result::NeedMore);
    QCOMPARE(d.bufferedBytes(), 0);
}

void tst_FrameDecoder::lengths_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("headerUnmasked");
    for (int size : {0, 1, 125})
        QTest::addRow("%d bytes: 7-bit length", size) << size << 2;
    for (int size : {126, 127, 65535})
        QTest::addRow("%d bytes: 16-bit length", size) << size << 4;
    for (int size : {65536, 200000})
        QTest::addRow("%d bytes: 64-bit length", size) << size << 10;
}

void tst_FrameDecoder::lengths()
{
    QFETCH(int, size);
    QFETCH(int, headerUnmasked);
    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = char(i * 7);
    const QByteArray plain = FrameEncoder::encode(Opcode::Binary, payload);
    QCOMPARE(plain.size(), size + headerUnmasked);
    const QByteArray masked = FrameEncoder::encode(Opcode::Binary, payload, true, 0xA1B2C3D4u);
    QCOMPARE(masked.size(), size + headerUnmasked + 4);
    if (size > 4)
        QVERIFY(masked.right(size) != payload); // the mask really applies

    FrameDecoder server(FrameDecoder::Masking::FromServer);
    server.append(plain);
    WireFrame f;
    QCOMPARE(server.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(f.payload, payload);
    QVERIFY(!f.masked);

    FrameDecoder client(FrameDecoder::Masking::FromClient);
    client.append(masked);
    QCOMPARE(client.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(f.payload, payload);
    QVERIFY(f.masked);
}

void tst_FrameDecoder::byteByByte()
{
    const QByteArray bytes = FrameEncoder::encode(Opcode::Text, QByteArray(300, 'a'), true, 0x01020304u);
    FrameDecoder d(FrameDecoder::Masking::FromClient);
    WireFrame f;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        d.append(bytes.mid(i, 1));
        QCOMPARE(d.next(&f), FrameDecoder::Result::NeedMore);
    }
    d.append(bytes.right(1));
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(f.payload, QByteArray(300, 'a'));
}

void tst_FrameDecoder::maskMatchesTheRfcAtEveryLengthAndOffset()
{
    // Word-at-a-time masking against RFC 6455 §5.3 written out byte by byte, at every length
    // around the 8-byte steps and at unaligned starts.
    const char key[4] = {char(0x37), char(0xfa), char(0x21), char(0x3d)};
    QByteArray buffer(96, Qt::Uninitialized);
    for (int start = 0; start < 8; ++start) {
        for (int size = 0; size <= 80; ++size) {
            for (int i = 0; i < buffer.size(); ++i)
                buffer[i] = char(i * 7 + 3);
            const QByteArray before = buffer;
            FrameMask::apply(buffer.data() + start, size, key);
            for (int i = 0; i < buffer.size(); ++i) {
                const bool inside = i >= start && i < start + size;
                const char expected = inside ? char(before[i] ^ key[(i - start) % 4]) : before[i];
                if (buffer[i] != expected)
                    QFAIL(qPrintable(QStringLiteral("start %1, size %2: byte %3 wrong").arg(start).arg(size).arg(i)));
            }
            FrameMask::apply(buffer.data() + start, size, key);
            QCOMPARE(buffer, before);
        }
    }
}

void tst_FrameDecoder::severalFramesInOneRead()
{
    const QByteArray bytes = FrameEncoder::encode(Opcode::Text, "one") + FrameEncoder::encode(Opcode::Binary, "two")
        + FrameEncoder::encode(Opcode::Close, FrameEncoder::closePayload(1000, "bye"));
    FrameDecoder d;
    d.append(bytes);
    WireFrame f;
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(f.payload, QByteArray("one"));
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(int(f.opcode), int(Opcode::Binary));
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(int(f.opcode), int(Opcode::Close));
    QCOMPARE(f.payload, hex("03e8") + "bye");
    QCOMPARE(d.next(&f), FrameDecoder::Result::NeedMore);
}

void tst_FrameDecoder::invalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FrameDecoder::Masking>("masking");
    QTest::addColumn<QString>("error");
    const auto server = FrameDecoder::Masking::FromServer;
    QTest::newRow("RSV1 set") << hex("c100") << server << QStringLiteral("reserved bits");
    QTest::newRow("reserved opcode 3") << hex("8300") << server << QStringLiteral("reserved opcode 0x3");
    QTest::newRow("reserved control opcode B") << hex("8b00") << server << QStringLiteral("reserved opcode 0xb");
    QTest::newRow("fragmented ping") << hex("0900") << server << QStringLiteral("fragmented control frame");
    QTest::newRow("ping of 126 bytes") << hex("897e007e") << server << QStringLiteral("control frame");
    QTest::newRow("masked frame from server") << hex("818000000000") << server << QStringLiteral("masked frame from the server");
    QTest::newRow("unmasked frame from client")
        << hex("8100") << FrameDecoder::Masking::FromClient << QStringLiteral("unmasked frame from the client");
    QTest::newRow("64-bit length with MSB") << hex("827f8000000000000000") << server << QStringLiteral("most significant bit");
    QTest::newRow("length over the limit") << hex("827f0000000100000000") << server << QStringLiteral("exceeds the limit");
}

void tst_FrameDecoder::invalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FrameDecoder::Masking, masking);
    QFETCH(QString, error);
    FrameDecoder d(masking);
    d.append(bytes);
    WireFrame f;
    QCOMPARE(d.next(&f), FrameDecoder::Result::Error);
    QVERIFY2(d.errorString().contains(error), qPrintable(d.errorString()));
    // An error is final: the stream is not resynchronised on garbage.
    d.append(FrameEncoder::encode(Opcode::Text, "ok"));
    QCOMPARE(d.next(&f), FrameDecoder::Result::Error);
}

void tst_FrameDecoder::lenientModePassesReservedBits()
{
    FrameDecoder d(FrameDecoder::Masking::Any, false);
    d.append(hex("c3026869"));
    WireFrame f;
    QCOMPARE(d.next(&f), FrameDecoder::Result::Frame);
    QCOMPARE(int(f.rsv), 4);
    QCOMPARE(int(f.opcode), 3);
    QCOMPARE(FrameEncoder::encode(f, std::nullopt), hex("c3026869"));
}

QTEST_GUILESS_MAIN(tst_FrameDecoder)
#include "tst_framedecoder.moc"
