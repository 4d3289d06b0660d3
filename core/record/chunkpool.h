#pragma once

#include <QtGlobal>

namespace tunnelscope {

// Memory for the frame stores' payload chunks. Blocks of BlockSize bytes are aligned to and
// backed by 2 MiB pages where the kernel offers them, and a store that is done gives its
// blocks back: up to retainLimit() bytes are kept for the next store, so a process that
// captures run after run (repeated runs, watch) reuses memory already faulted in instead of
// having the kernel clear fresh pages for every frame it stores. Thread-safe.
class ChunkPool
{
public:
    static constexpr qsizetype BlockSize = 2 << 20;

    // `size` bytes, uninitialised (zeroing would commit every page before it is used). A
    // request of BlockSize or more is rounded up to whole blocks; `*capacity` says how many
    // bytes the caller may use. Never null (throws std::bad_alloc).
    static char *allocate(qsizetype size, qsizetype *capacity);
    static void release(char *bytes, qsizetype capacity);

    static qint64 retainedBytes();
    static qint64 retainLimit();
    static void setRetainLimit(qint64 bytes); // 0: keep nothing

    static constexpr qint64 DefaultRetainLimit = qint64(512) << 20;
};

} // namespace tunnelscope
