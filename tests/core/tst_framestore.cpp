#include "framestore.h"

#include <QTest>

#include <cmath>
#include <memory>
#if defined(__SANITIZE_ADDRESS__)
#include <cstddef>
// The sanitizer runtime's own count of the heap in use (GCC ships no header that declares it).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif

using namespace tunnelscope;

class tst_FrameStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendAndRead();
    void largePayloadGetsOwnChunk();
    void overheadPerFrame();
};

void tst_FrameStore::appendAndRead()
{
    FrameStore s;
    QVERIFY(s.isEmpty());
    s.append(10, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    s.append(20, FrameType::Text, Direction::Out, "hello", 3);
    s.append(30, FrameType::Close, Direction::In,
             QByteArray("\x03\xe8"
                        "bye",
                        5),
             1, 1000);
    s.append(40, FrameType::Pong, Direction::In, QByteArray());
    QCOMPARE(s.count(), 4);
    const Frame text = s.at(1);
    QCOMPARE(text.tUs, 20);
    QCOMPARE(text.type, FrameType::Text);
    QCOMPARE(text.dir, Direction::Out);
    QCOMPARE(text.payload, QByteArrayView("hello"));
    QCOMPARE(text.fragments, 3u);
    const Frame close = s.at(2);
    QVERIFY(close.hasCloseCode());
    QCOMPARE(close.closeCode, quint16(1000));
    QCOMPARE(close.closeReason(), QByteArrayView("bye"));
    QCOMPARE(s.at(3).payload.size(), 0);
    QCOMPARE(s.payloadBytes(), qint64(32 + 5 + 5));
}

void tst_FrameStore::largePayloadGetsOwnChunk()
{
    FrameStore s;
    const QByteArray big(3 * FrameStore::ChunkSize + 17, 'z');
    s.append(1, FrameType::Binary, Direction::In, "small");
    s.append(2, FrameType::Binary, Direction::In, big);
    s.append(3, FrameType::Binary, Direction::In, "after");
    QCOMPARE(s.at(1).payload, QByteArrayView(big));
    QCOMPARE(s.at(0).payload, QByteArrayView("small"));
    QCOMPARE(s.at(2).payload, QByteArrayView("after"));
}

namespace {
// Bytes the allocator has handed out and not had back, as the allocator itself counts them.
qint64 heapInUse()
{
#if defined(__SANITIZE_ADDRESS__)
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd); // small blocks in the arenas + mmapped ones
#endif
}
} // namespace

void tst_FrameStore::overheadPerFrame()
{
    // The target: at most 48 bytes per frame beyond the payload, for a million frames, as the
    // heap sees it (not as the store estimates itself).
    const QByteArray payload(100, 'p');
    const int n = 1000000;
    const qint64 before = heapInUse();
    auto s = std::make_unique<FrameStore>();
    for (int i = 0; i < n; ++i)
        s->append(i, FrameType::Text, Direction::In, payload);
    const qint64 held = heapInUse() - before;
    QCOMPARE(s->count(), n);
    QCOMPARE(s->at(n - 1).tUs, qint64(n - 1));
    QCOMPARE(s->at(n / 2).payload, QByteArrayView(payload));
    const double overhead = double(held - s->payloadBytes()) / n;
    qInfo("store overhead on the heap: %.1f bytes per frame (the store's own estimate: %.1f)", overhead,
          double(s->memoryBytes() - s->payloadBytes()) / n);
    QVERIFY2(overhead <= 48.0, qPrintable(QString::number(overhead)));
    // The estimate the window and the journal rely on is within 10 % of what the heap holds.
    QVERIFY2(std::abs(double(s->memoryBytes() - held)) <= 0.1 * double(held),
             qPrintable(QStringLiteral("estimate %1, heap %2").arg(s->memoryBytes()).arg(held)));
    // And all of it goes back when the store does.
    s.reset();
    QVERIFY2(heapInUse() - before < (1 << 20), qPrintable(QString::number(heapInUse() - before)));
}

QTEST_GUILESS_MAIN(tst_FrameStore)
#include "tst_framestore.moc"
