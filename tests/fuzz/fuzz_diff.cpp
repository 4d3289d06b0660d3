// The comparison of two recorded paths built from the input: newline-separated messages, the
// first byte choosing the protocol and splitting them between direct and tunnel. Every
// protocol's normalisation, the aligner and every finding's wording run on arbitrary content.
#include "messagediff.h"
#include "profile.h"
#include "runcomparer.h"
#include "runrecord.h"

#include <cstdint>

using namespace tunnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *protocols[] = {"raw", "homeassistant", "socketio", "comfyui"};
    Profile profile;
    profile.protocol = QLatin1String(protocols[data[0] & 3]);
    if (data[0] & 4)
        profile.compare.ignoreFields << QStringLiteral("id");
    RunRecord run;
    for (PathRecord *p : {&run.direct, &run.tunnel}) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.status = 101;
        c.handshake.startUs = 0;
        c.handshake.answerUs = 100;
        c.close.frameReceived = true;
        c.close.code = 1000;
        c.close.endedUs = 1000000;
        p->connections.append(c);
        p->frames.append(100, FrameType::Open, Direction::In, QByteArrayView());
    }
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    qint64 t = 200;
    qsizetype line = 0;
    for (qsizetype start = 0; start <= input.size();) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView message = input.sliced(start, end - start);
        // Alternate paths, with a binary message now and then.
        PathRecord &p = (line % 3 == 1) ? run.tunnel : (line % 3 == 2 ? run.direct : (line & 4 ? run.tunnel : run.direct));
        p.frames.append(t, message.startsWith('\x02') ? FrameType::Binary : FrameType::Text, Direction::In, message);
        if (line % 3 == 0) {
            PathRecord &other = &p == &run.direct ? run.tunnel : run.direct;
            other.frames.append(t + 7, FrameType::Text, Direction::In, message);
        }
        t += 13;
        ++line;
        start = end + 1;
    }
    const RunComparer comparer(profile);
    (void)comparer.compare(run);
    return 0;
}
