#pragma once

#include "frame.h"
#include <QCoreApplication>

#include <QString>

#include <memory>

namespace tunnelscope {

class SecretRedactor;

// A filter over recorded frames, written as users of Wireshark's display filters and Chrome
// DevTools' search expect: terms side by side must all hold, `or`, `not` and parentheses
// combine them.
//
//   auth_invalid            the frame's text holds it (any case); "two words" quoted
//   /auth_(ok|invalid)/i    a regular expression over the frame's text
//   dir:in  dir:out         received or sent
//   type:close,ping         the frame's type (open, text, binary, ping, pong, close, error)
//   is:data  is:control     data messages, or pings, pongs and closes
//   is:finding              frames a finding or the diff points at
//   t:100..2500  t:..50     received between these milliseconds of the run (either end open)
//   size:>1000  size:10..99 payload bytes
//   conn:2                  on the run's second connection (after a reconnect)
//   type == "auth_invalid"  a JSON field (a dotted path, [n] for arrays, $ for the root)
//   id != 3  n >= 10  event.data.state ~ "^on"   other comparisons; ~ is a regular expression
//
// Text is matched as the lists show it: secrets redacted, so a filter never tells whether a
// frame held one. JSON is read after a BOM and a Socket.IO packet prefix (`42["chat",…]`).
class FrameFilter
{
    Q_DECLARE_TR_FUNCTIONS(FrameFilter)

public:
    struct Subject
    {
        Frame frame;
        bool flagged = false; // a finding or the diff points at this frame
        int connection = 0;   // 0-based
    };

    FrameFilter();
    ~FrameFilter();
    FrameFilter(const FrameFilter &other);
    FrameFilter &operator=(const FrameFilter &other);

    // An empty or blank expression keeps every frame. On a mistake: an empty filter and
    // `error` says where ("column 9: …") and what to write instead.
    static FrameFilter parse(const QString &expression, QString *error);

    bool isEmpty() const { return !m_root; }
    QString expression() const { return m_expression; }
    bool matches(const Subject &subject, const SecretRedactor &redactor) const;

    struct Node;

private:
    QString m_expression;
    std::shared_ptr<const Node> m_root; // immutable once parsed, so copies share it
};

} // namespace tunnelscope
