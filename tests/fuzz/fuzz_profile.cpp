// Profiles as users write them, broken in every way: the loader answers with problems, never
// a crash. Parsed profiles are also turned back into the profile as played.
#include "profileloader.h"

#include <QCoreApplication>
#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result
        = ProfileLoader::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("fuzz.json"));
    if (result.ok())
        (void)result.profile->asPlayed();
    return 0;
}
