#pragma once

#include "chunkpool.h"
#include "frame.h"

#include <bit>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace tunnelscope {

// Append-only store of the events of one path in one run. Fixed-size records in blocks that
// start at 64 records and double up to 65536 (never moved, so no reallocation and no doubling
// overhead), and payload bytes packed into chunks that start at 16 KiB and double up to 2 MiB:
// about 32 bytes per frame beyond its payload, no per-frame heap object, and a store of a few
// frames stays small (a run keeps one per path). All memory comes from ChunkPool: full-size
// blocks are backed by 2 MiB pages and reused from store to store.
class FrameStore
{
public:
    FrameStore() = default;
    ~FrameStore();
    FrameStore(const FrameStore &) = delete;
    FrameStore &operator=(const FrameStore &) = delete;
    // Moved whole (blocks and all): a capture read back is handed from its reader to a run.
    FrameStore(FrameStore &&other) noexcept { swap(other); }
    FrameStore &operator=(FrameStore &&other) noexcept
    {
        swap(other); // what this held goes with `other`
        return *this;
    }
    void swap(FrameStore &other) noexcept
    {
        m_recordBlocks.swap(other.m_recordBlocks);
        std::swap(m_count, other.m_count);
        std::swap(m_recordCapacity, other.m_recordCapacity);
        m_chunks.swap(other.m_chunks);
        std::swap(m_payloadBytes, other.m_payloadBytes);
        m_compressedSizes.swap(other.m_compressedSizes);
    }

    qsizetype append(qint64 tUs, FrameType type, Direction dir, QByteArrayView payload, quint32 fragments = 1,
                     quint16 closeCode = 0);
    // A store of its own with the same frames (one path compared against several others).
    FrameStore copy() const;

    // A permessage-deflate message's size on the wire, for the frame at `index` (the last one
    // appended, in practice): the store keeps the inflated payload.
    void setCompressedSize(qsizetype index, qint64 bytes);

    qsizetype count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    Frame at(qsizetype index) const;
    qint64 payloadBytes() const { return m_payloadBytes; }
    // Bytes held by the store, records and chunks together (an estimate of the heap in use).
    qint64 memoryBytes() const;

    static constexpr qsizetype FirstChunkSize = 16 << 10;
    static constexpr qsizetype ChunkSize = ChunkPool::BlockSize;

private:
    struct Record
    {
        qint64 tUs;
        quint32 chunk;
        quint32 offset;
        quint32 size;
        quint32 fragments;
        quint16 closeCode;
        FrameType type;
        Direction dir;
    };
    static_assert(sizeof(Record) == 32);
    static_assert(std::is_trivially_copyable_v<Record>);

    static constexpr qsizetype FirstRecordBlock = 64;
    static constexpr qsizetype RecordBlock = ChunkPool::BlockSize / qsizetype(sizeof(Record));
    // Records in the doubling blocks before the first full-size one: 64 + 128 + … + 32768.
    static constexpr qsizetype GrowingRecords = RecordBlock - FirstRecordBlock;
    static constexpr int GrowingBlocks = std::countr_zero(quint64(RecordBlock / FirstRecordBlock)); // 10
    static qsizetype recordBlockSize(qsizetype block);
    Record &record(qsizetype index) const;

    struct Chunk
    {
        Chunk(char *b, qsizetype c) : bytes(b), capacity(c) { }
        Chunk(Chunk &&other) noexcept : bytes(std::exchange(other.bytes, nullptr)), capacity(other.capacity), used(other.used) { }
        Chunk &operator=(Chunk &&) = delete;
        ~Chunk() { ChunkPool::release(bytes, capacity); }
        char *bytes;
        qsizetype capacity;
        qsizetype used = 0;
    };

    std::vector<Record *> m_recordBlocks;
    qsizetype m_count = 0;
    qsizetype m_recordCapacity = 0;
    std::vector<Chunk> m_chunks;
    qint64 m_payloadBytes = 0;
    // (frame index, compressed size) for the compressed messages only, in index order: most
    // connections compress nothing, and the 32-byte record stays as it is.
    std::vector<std::pair<qsizetype, qint64>> m_compressedSizes;
};

} // namespace tunnelscope
