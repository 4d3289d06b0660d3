#include "framemask.h"

#include <cstring>

namespace tunnelscope {

void FrameMask::apply(char *data, qsizetype size, const char key[4])
{
    char wide[8];
    std::memcpy(wide, key, 4);
    std::memcpy(wide + 4, key, 4);
    quint64 word;
    std::memcpy(&word, wide, 8);
    qsizetype i = 0;
    // memcpy in and out: no alignment or aliasing assumptions; compilers make it a load and
    // a store (and vectorise the loop).
    for (; i + 8 <= size; i += 8) {
        quint64 chunk;
        std::memcpy(&chunk, data + i, 8);
        chunk ^= word;
        std::memcpy(data + i, &chunk, 8);
    }
    for (; i < size; ++i)
        data[i] = char(data[i] ^ key[i & 3]);
}

} // namespace tunnelscope
