#pragma once

#include <QtGlobal>

namespace tunnelscope {

// RFC 6455 §5.3 masking: each payload byte XORed with the 4-byte key, cycling. Applied eight
// bytes at a time (the key repeated into a 64-bit word): the per-byte loop was a fifth of the
// capture time for large messages.
class FrameMask
{
public:
    // Masks or unmasks (the same operation) `size` bytes at `data` in place.
    static void apply(char *data, qsizetype size, const char key[4]);
};

} // namespace tunnelscope
