#pragma once

#include "finding.h"
#include "messagediff.h"
#include "runrecord.h"

#include <QList>

namespace tunnelscope {

// What the control lane found in one run: its findings, and the facts other
// comparisons need so that their causes agree with it.
struct ControlComparison
{
    QList<Finding> findings;
    // The tunnel turned the client's close frame into a data message, and the
    // server answered it (these tunnel frame indices) instead of closing.
    bool closeForwardedAsData = false;
    QList<qint64> closeAnswers;
};

// Compares the control frames of the two paths in a lane of their own, so the
// data messages' alignment never changes: the pings the server sent (matched in
// time, since a server's heartbeat repeats the same empty payload), the
// client's own pings and the pongs that answered them, and what became of the
// client's close frame.
class ControlFrameComparer
{
public:
    ControlComparison compare(const RunRecord &run, const MessageDiffResult &diff) const;

private:
    void compareServerPings(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const;
    void compareClientPings(const RunRecord &run, const MessageDiffResult &diff, QList<Finding> *out) const;
    void compareClientClose(const RunRecord &run, const MessageDiffResult &diff, ControlComparison *out) const;
};

} // namespace tunnelscope
