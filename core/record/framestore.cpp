#include "framestore.h"

#include <algorithm>

#include <cstring>

namespace tunnelscope {

FrameStore::~FrameStore()
{
    for (qsizetype block = 0; block < qsizetype(m_recordBlocks.size()); ++block)
        ChunkPool::release(reinterpret_cast<char *>(m_recordBlocks[std::size_t(block)]),
                           recordBlockSize(block) * qsizetype(sizeof(Record)));
}

qsizetype FrameStore::recordBlockSize(qsizetype block)
{
    // 64, 128, … doubling to RecordBlock, then RecordBlock for good.
    return block < GrowingBlocks ? FirstRecordBlock << block : RecordBlock;
}

FrameStore::Record &FrameStore::record(qsizetype index) const
{
    if (index < GrowingRecords) {
        // Block k of the doubling ones starts at 64 * (2^k - 1).
        const quint64 scaled = quint64(index / FirstRecordBlock + 1);
        const int block = std::bit_width(scaled) - 1;
        return m_recordBlocks[std::size_t(block)][index - FirstRecordBlock * ((qsizetype(1) << block) - 1)];
    }
    const qsizetype rest = index - GrowingRecords;
    return m_recordBlocks[std::size_t(GrowingBlocks + rest / RecordBlock)][rest % RecordBlock];
}

qsizetype FrameStore::append(qint64 tUs, FrameType type, Direction dir, QByteArrayView payload, quint32 fragments,
                             quint16 closeCode)
{
    // Frames are stored in the order they were handled. A frame read in the same batch as
    // one we answered keeps the answer's time, so a path's timeline never runs backwards.
    if (m_count > 0 && tUs < record(m_count - 1).tUs)
        tUs = record(m_count - 1).tUs;
    const qsizetype size = payload.size();
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < size) {
        // A payload larger than a chunk gets a chunk of its own size.
        const qsizetype grown = m_chunks.empty() ? FirstChunkSize : std::min(ChunkSize, m_chunks.back().capacity * 2);
        qsizetype capacity = 0;
        char *bytes = ChunkPool::allocate(std::max(grown, size), &capacity);
        m_chunks.emplace_back(bytes, capacity);
    }
    Chunk &chunk = m_chunks.back();
    if (size > 0)
        std::memcpy(chunk.bytes + chunk.used, payload.data(), std::size_t(size));
    if (m_count == m_recordCapacity) {
        const qsizetype records = recordBlockSize(qsizetype(m_recordBlocks.size()));
        qsizetype capacity = 0;
        m_recordBlocks.push_back(reinterpret_cast<Record *>(ChunkPool::allocate(records * qsizetype(sizeof(Record)), &capacity)));
        m_recordCapacity += records;
    }
    record(m_count)
        = Record{tUs, quint32(m_chunks.size() - 1), quint32(chunk.used), quint32(size), fragments, closeCode, type, dir};
    chunk.used += size;
    m_payloadBytes += size;
    return m_count++;
}

Frame FrameStore::at(qsizetype index) const
{
    const Record &r = record(index);
    Frame f;
    f.tUs = r.tUs;
    f.type = r.type;
    f.dir = r.dir;
    f.closeCode = r.closeCode;
    f.fragments = r.fragments;
    f.payload = QByteArrayView(m_chunks[r.chunk].bytes + r.offset, r.size);
    if (!m_compressedSizes.empty()) {
        const auto it = std::lower_bound(m_compressedSizes.begin(), m_compressedSizes.end(), index,
                                         [](const std::pair<qsizetype, qint64> &e, qsizetype i) { return e.first < i; });
        if (it != m_compressedSizes.end() && it->first == index)
            f.compressedSize = it->second;
    }
    return f;
}

FrameStore FrameStore::copy() const
{
    FrameStore out;
    for (qsizetype i = 0; i < m_count; ++i) {
        const Frame f = at(i);
        out.append(f.tUs, f.type, f.dir, f.payload, f.fragments, f.closeCode);
    }
    out.m_compressedSizes = m_compressedSizes;
    return out;
}

void FrameStore::setCompressedSize(qsizetype index, qint64 bytes)
{
    Q_ASSERT(index >= 0 && index < m_count);
    if (!m_compressedSizes.empty() && m_compressedSizes.back().first >= index) {
        const auto it = std::lower_bound(m_compressedSizes.begin(), m_compressedSizes.end(), index,
                                         [](const std::pair<qsizetype, qint64> &e, qsizetype i) { return e.first < i; });
        if (it != m_compressedSizes.end() && it->first == index) {
            it->second = bytes;
            return;
        }
        m_compressedSizes.insert(it, {index, bytes});
        return;
    }
    m_compressedSizes.emplace_back(index, bytes);
}

qint64 FrameStore::memoryBytes() const
{
    qint64 bytes = qint64(m_recordCapacity) * qint64(sizeof(Record));
    for (const Chunk &c : m_chunks)
        bytes += c.capacity;
    bytes += qint64(m_compressedSizes.capacity() * sizeof(std::pair<qsizetype, qint64>));
    return bytes;
}

} // namespace tunnelscope
