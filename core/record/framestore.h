#pragma once

#include "frame.h"

#include <deque>
#include <memory>
#include <vector>

namespace tunnelscope {

// Append-only store of the events of one path in one run. Fixed-size records in a deque
// (no reallocation, so no doubling overhead) and payload bytes packed into chunks that start
// at 16 KiB and double up to 1 MiB: about 32 bytes per frame beyond its payload, no per-frame
// heap object, and a store of a few frames stays small (a run keeps one per path).
class FrameStore
{
public:
    FrameStore() = default;
    FrameStore(const FrameStore &) = delete;
    FrameStore &operator=(const FrameStore &) = delete;

    qsizetype append(qint64 tUs, FrameType type, Direction dir, QByteArrayView payload, quint32 fragments = 1,
                     quint16 closeCode = 0);

    qsizetype count() const { return qsizetype(m_records.size()); }
    bool isEmpty() const { return m_records.empty(); }
    Frame at(qsizetype index) const;
    qint64 payloadBytes() const { return m_payloadBytes; }
    // Bytes held by the store, records and chunks together (an estimate of the heap in use).
    qint64 memoryBytes() const;

    static constexpr qsizetype FirstChunkSize = 16 << 10;
    static constexpr qsizetype ChunkSize = 1 << 20;

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

    struct Chunk
    {
        std::unique_ptr<char[]> bytes;
        qsizetype capacity = 0;
        qsizetype used = 0;
    };

    std::deque<Record> m_records;
    std::vector<Chunk> m_chunks;
    qint64 m_payloadBytes = 0;
};

} // namespace tunnelscope
