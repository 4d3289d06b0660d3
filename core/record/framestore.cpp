#include "framestore.h"

#include <cstring>

namespace tunnelscope {

qsizetype FrameStore::append(qint64 tUs, FrameType type, Direction dir, QByteArrayView payload, quint32 fragments,
                             quint16 closeCode)
{
    // Frames are stored in the order they were handled. A frame read in the same batch as
    // one we answered keeps the answer's time, so a path's timeline never runs backwards.
    if (!m_records.empty() && tUs < m_records.back().tUs)
        tUs = m_records.back().tUs;
    const qsizetype size = payload.size();
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < size) {
        // A payload larger than a chunk gets a chunk of its own size. The bytes are left
        // uninitialised: zeroing would touch (and commit) every page before it is used.
        const qsizetype grown = m_chunks.empty() ? FirstChunkSize : std::min(ChunkSize, m_chunks.back().capacity * 2);
        const qsizetype capacity = std::max(grown, size);
        m_chunks.push_back(Chunk{std::make_unique_for_overwrite<char[]>(std::size_t(capacity)), capacity, 0});
    }
    Chunk &chunk = m_chunks.back();
    if (size > 0)
        std::memcpy(chunk.bytes.get() + chunk.used, payload.data(), std::size_t(size));
    m_records.push_back(
        Record{tUs, quint32(m_chunks.size() - 1), quint32(chunk.used), quint32(size), fragments, closeCode, type, dir});
    chunk.used += size;
    m_payloadBytes += size;
    return qsizetype(m_records.size()) - 1;
}

Frame FrameStore::at(qsizetype index) const
{
    const Record &r = m_records[std::size_t(index)];
    Frame f;
    f.tUs = r.tUs;
    f.type = r.type;
    f.dir = r.dir;
    f.closeCode = r.closeCode;
    f.fragments = r.fragments;
    f.payload = QByteArrayView(m_chunks[r.chunk].bytes.get() + r.offset, r.size);
    return f;
}

qint64 FrameStore::memoryBytes() const
{
    qint64 bytes = qint64(m_records.size()) * qint64(sizeof(Record));
    for (const Chunk &c : m_chunks)
        bytes += c.capacity;
    return bytes;
}

} // namespace tunnelscope
