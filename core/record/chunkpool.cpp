#include "chunkpool.h"

#include <QMutex>
#include <QMutexLocker>
#include <cstdlib>
#include <new>
#include <vector>
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace tunnelscope {

namespace {

struct Pool
{
    QMutex mutex;
    std::vector<char *> blocks; // free blocks of exactly BlockSize bytes
    qint64 limit = ChunkPool::DefaultRetainLimit;
};

Pool &pool()
{
    // Never destroyed: a store released during static destruction at exit still finds it (the
    // system takes the memory back with the process).
    static Pool *instance = new Pool;
    return *instance;
}

char *allocateAligned(std::size_t alignment, std::size_t size)
{
    char *bytes = static_cast<char *>(std::aligned_alloc(alignment, size));
    if (!bytes)
        throw std::bad_alloc();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (alignment == std::size_t(ChunkPool::BlockSize))
        madvise(bytes, size, MADV_HUGEPAGE); // advice only: without transparent huge pages, 4 KiB pages it is
#endif
    return bytes;
}

} // namespace

char *ChunkPool::allocate(qsizetype size, qsizetype *capacity)
{
    if (size < BlockSize) {
        *capacity = (size + 63) / 64 * 64;
        return allocateAligned(64, std::size_t(*capacity));
    }
    *capacity = (size + BlockSize - 1) / BlockSize * BlockSize;
    if (*capacity == BlockSize) {
        Pool &p = pool();
        const QMutexLocker lock(&p.mutex);
        if (!p.blocks.empty()) {
            char *block = p.blocks.back();
            p.blocks.pop_back();
            return block;
        }
    }
    return allocateAligned(std::size_t(BlockSize), std::size_t(*capacity));
}

void ChunkPool::release(char *bytes, qsizetype capacity)
{
    if (!bytes)
        return;
    if (capacity == BlockSize) {
        Pool &p = pool();
        const QMutexLocker lock(&p.mutex);
        if (qint64(p.blocks.size() + 1) * BlockSize <= p.limit) {
            p.blocks.push_back(bytes);
            return;
        }
    }
    std::free(bytes);
}

qint64 ChunkPool::retainedBytes()
{
    Pool &p = pool();
    const QMutexLocker lock(&p.mutex);
    return qint64(p.blocks.size()) * BlockSize;
}

qint64 ChunkPool::retainLimit()
{
    Pool &p = pool();
    const QMutexLocker lock(&p.mutex);
    return p.limit;
}

void ChunkPool::setRetainLimit(qint64 bytes)
{
    Pool &p = pool();
    const QMutexLocker lock(&p.mutex);
    p.limit = std::max<qint64>(0, bytes);
    while (!p.blocks.empty() && qint64(p.blocks.size()) * BlockSize > p.limit) {
        std::free(p.blocks.back());
        p.blocks.pop_back();
    }
}

} // namespace tunnelscope
