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
    void nextStoreReusesChunks();
    void everyRecordReadsBack();
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
    // And all of it goes back when the store does: full chunks to the pool, up to its limit,
    // for the next store; the rest, and the pool's when it is told to keep nothing, to the system.
    s.reset();
    const qint64 retained = ChunkPool::retainedBytes();
    QVERIFY2(retained > 0 && retained <= ChunkPool::retainLimit(), qPrintable(QString::number(retained)));
    QVERIFY2(heapInUse() - before - retained < (1 << 20),
             qPrintable(QStringLiteral("%1 held beyond the pool's %2").arg(heapInUse() - before - retained).arg(retained)));
    const qint64 limit = ChunkPool::retainLimit();
    ChunkPool::setRetainLimit(0);
    QCOMPARE(ChunkPool::retainedBytes(), 0);
    QVERIFY2(heapInUse() - before < (1 << 20), qPrintable(QString::number(heapInUse() - before)));
    ChunkPool::setRetainLimit(limit);
}

void tst_FrameStore::nextStoreReusesChunks()
{
    // A store that is done leaves its full chunks for the next one, which takes them before
    // asking the system for more.
    const QByteArray payload(4096, 'q');
    {
        FrameStore first;
        for (int i = 0; i < 4096; ++i)
            first.append(i, FrameType::Text, Direction::In, payload);
    }
    const qint64 kept = ChunkPool::retainedBytes();
    QVERIFY2(kept >= 8 * ChunkPool::BlockSize, qPrintable(QString::number(kept)));
    const qint64 before = heapInUse();
    FrameStore second;
    for (int i = 0; i < 4096; ++i)
        second.append(i, FrameType::Binary, Direction::Out, payload);
    QVERIFY2(ChunkPool::retainedBytes() < kept, "the second store took nothing from the pool");
    QVERIFY2(heapInUse() - before < kept / 2,
             qPrintable(QStringLiteral("the second store took %1 new bytes").arg(heapInUse() - before)));
    QCOMPARE(second.at(4095).payload, QByteArrayView(payload));
    QCOMPARE(second.at(4095).type, FrameType::Binary);
}

void tst_FrameStore::everyRecordReadsBack()
{
    // Records live in blocks of growing size (64, 128, … then fixed): every index, on either
    // side of every block boundary, reads back the frame appended there.
    FrameStore s;
    const int n = 300000;
    for (int i = 0; i < n; ++i)
        s.append(i, i % 2 ? FrameType::Binary : FrameType::Text, Direction::In, QByteArray::number(i), quint32(i));
    for (int i = 0; i < n; ++i) {
        const Frame f = s.at(i);
        if (f.tUs != i || f.fragments != quint32(i) || f.payload != QByteArrayView(QByteArray::number(i))
            || f.type != (i % 2 ? FrameType::Binary : FrameType::Text))
            QFAIL(qPrintable(QStringLiteral("frame %1 reads back as frame %2").arg(i).arg(f.tUs)));
    }
}

QTEST_GUILESS_MAIN(tst_FrameStore)
#include "tst_framestore.moc"
