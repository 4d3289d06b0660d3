#include "recordedwords.h"

#include <QRegularExpression>
#include <algorithm>

namespace tunnelscope {

namespace {
struct Pattern
{
    const char *words;
    QRegularExpression match;
};

// Each template as an expression that finds its arguments; the longest first, so a template
// that another one's text contains ("socket error: %1") is tried after the longer one.
const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> out;
        for (const char *words : RecordedWords::all()) {
            QString expression = QRegularExpression::escape(QString::fromUtf8(words));
            // escape() writes "%1" as "\\%1".
            static const QRegularExpression argument(QStringLiteral("\\\\?%[1-9]"));
            expression.replace(argument, QStringLiteral("(.*)"));
            out.append({words,
                        QRegularExpression(QStringLiteral("\\A") + expression + QStringLiteral("\\z"),
                                           QRegularExpression::DotMatchesEverythingOption)});
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const Pattern &a, const Pattern &b) { return qstrlen(a.words) > qstrlen(b.words); });
        return out;
    }();
    return all;
}
} // namespace

const QList<const char *> &RecordedWords::all()
{
    static const QList<const char *> words{TcpClosedByPeer,
                                           CutByClient,
                                           PeerKeptTcpOpen,
                                           NothingAfterOurClose,
                                           NoConnection,
                                           FailedByClient,
                                           SocketError,
                                           StillOpen,
                                           NotInHar,
                                           NoCloseFrame,
                                           HandshakeFailed,
                                           Timeout,
                                           ClosedWhileWaiting,
                                           Refused,
                                           HostNotFound,
                                           PhaseTcp,
                                           PhaseTcpToProxy,
                                           PhaseTls,
                                           PhaseNoAnswer,
                                           PhaseAnswerByte,
                                           PhaseAnswerStarted,
                                           Violation,
                                           CompressedWithoutDeflate,
                                           TextNotInflated,
                                           BinaryNotInflated,
                                           NotUtf8,
                                           Zlib,
                                           EndedMidFrame,
                                           SocketIoPacketInBinary,
                                           UnannouncedBinary,
                                           HistoryAnswered,
                                           HistoryFailed,
                                           HistoryUnknown,
                                           HistoryEnded,
                                           HistoryEndedWithOutputs};
    return words;
}

Sentence RecordedWords::read(const QString &recorded)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.match.match(recorded);
        if (!m.hasMatch())
            continue;
        // Each argument read as a recorded text too, all placed in one pass (an argument that
        // holds "%2" is words, not a place). No template has more than three.
        const Sentence s = Sentence::translate("RecordedWords", p.words);
        if (m.lastCapturedIndex() == 3)
            return s.arg(read(m.captured(1)), read(m.captured(2)), read(m.captured(3)));
        if (m.lastCapturedIndex() == 2)
            return s.arg(read(m.captured(1)), read(m.captured(2)));
        return m.lastCapturedIndex() == 1 ? s.arg(read(m.captured(1))) : s;
    }
    return Sentence::verbatim(recorded);
}

} // namespace tunnelscope
