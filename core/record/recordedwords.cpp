#include "recordedwords.h"

#include "wirewords.h"

#include <QRegularExpression>
#include <algorithm>

namespace tunnelscope {

namespace {
struct Pattern
{
    const char *words;
    QRegularExpression match;
};

// Each template as an expression that finds its arguments (%N as the group aN; a place said
// twice must hold the same text twice); the longest first, so a template that another one's
// text contains ("socket error: %1") is tried after the longer one.
const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> out;
        for (const char *words : RecordedWords::all()) {
            QString expression = QRegularExpression::escape(QString::fromUtf8(words));
            // escape() writes "%1" as "\\%1".
            static const QRegularExpression argument(QStringLiteral("\\\\?%([1-9])"));
            QString named;
            QStringList seen;
            qsizetype last = 0;
            for (auto it = argument.globalMatch(expression); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString n = m.captured(1);
                named += expression.mid(last, m.capturedStart() - last)
                    + (seen.contains(n) ? QStringLiteral("\\k<a%1>").arg(n) : QStringLiteral("(?<a%1>.*)").arg(n));
                seen << n;
                last = m.capturedEnd();
            }
            expression = named + expression.mid(last);
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
    static const QList<const char *> own{TcpClosedByPeer,
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
                                         ComfyUiShorterThanType,
                                         ComfyUiPreviewWithoutFormat,
                                         ComfyUiPreviewUnknownFormat,
                                         ComfyUiPreviewNotItsFormat,
                                         ComfyUiTextWithoutLength,
                                         ComfyUiTextShort,
                                         ComfyUiMetadataWithoutLength,
                                         ComfyUiMetadataShort,
                                         ComfyUiMetadataNotJson,
                                         ComfyUiMetadataNotObject,
                                         ComfyUiMetadataNoImage,
                                         ComfyUiUnknownType,
                                         EngineIoNoType,
                                         PacketNotJson,
                                         OpenWithoutObject,
                                         MessageWithoutSocketIoType,
                                         UnknownSocketIoType,
                                         BinaryWithoutCount,
                                         NamespaceUnended,
                                         EventWithoutArray,
                                         AckWithoutArray,
                                         ConnectErrorWithoutObject,
                                         HistoryAnswered,
                                         HistoryFailed,
                                         HistoryUnknown,
                                         HistoryEnded,
                                         HistoryEndedWithOutputs,
                                         ComfyUiJsonInBinary,
                                         FrameProblem,
                                         NotComfyUiMessage,
                                         NoAnswerInTime,
                                         PromptQueued,
                                         PromptNotQueued,
                                         PromptRefused,
                                         PromptRefusedSaying,
                                         HaBinary,
                                         HaArrayItem,
                                         NotHaMessage,
                                         HaNoId,
                                         HaUnknownId,
                                         HaSecondAnswer,
                                         SocketIoSilent,
                                         SocketIoSilentCut,
                                         SocketIoPingUnanswered,
                                         SocketIoNoPongCut,
                                         SocketIoServerGaveUp,
                                         SocketIoAttachmentsMissing,
                                         NotSocketIoPacket,
                                         StepPong,
                                         StepMatched,
                                         StepClosedByPeer,
                                         StepAlreadyClosed,
                                         StepConnectionClosed,
                                         StepNoPingEnded,
                                         StepNotSentEnded,
                                         StepNoMatchHadEnded,
                                         StepNoPongWithin,
                                         StepNoMatchWithin,
                                         StepPeerKeptOpen,
                                         StepPromptFollowed,
                                         StepCannotSend,
                                         StepReconnecting,
                                         StepNoConnection,
                                         StepNoMatchEnded,
                                         StepNoPongEnded,
                                         HeartbeatNoPong,
                                         StoppedByUser,
                                         ProxyChosen,
                                         ProxyFromEnvironment,
                                         FaultsNotPlayed,
                                         TokenExpired,
                                         TokenInAuthorization,
                                         TokenInQuery,
                                         RunInterruptedLeftOut,
                                         RecordOutOfOrder,
                                         RecoveredJournal,
                                         JournalCapped,
                                         HarSocketsAsOnePath,
                                         HarSocketsAsOnePathUnfiltered,
                                         CaptureOwnHar,
                                         CaptureBrowserHar,
                                         CaptureReport,
                                         CaptureFromJournal,
                                         BrowserUpgradeStatus,
                                         RecordForNoRun,
                                         RecordForNoTunnel,
                                         ComparedSides,
                                         RunCountsDiffer,
                                         IdentitiesDiffer};
    // And the wire layer's own.
    static const QList<const char *> words = own + WireWords::all();
    return words;
}

Sentence RecordedWords::read(const QString &recorded)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.match.match(recorded);
        if (!m.hasMatch())
            continue;
        // Each argument read as a recorded text too, all placed in one pass (an argument that
        // holds "%2" is words, not a place). No template has more than six.
        const Sentence s = Sentence::translate("RecordedWords", p.words);
        const auto argument = [&m](int n) { return read(m.captured(QStringLiteral("a%1").arg(n))); };
        switch (p.match.captureCount()) {
        case 6:
            return s.arg(argument(1), argument(2), argument(3), argument(4), argument(5), argument(6));
        case 5:
            return s.arg(argument(1), argument(2), argument(3), argument(4), argument(5));
        case 4:
            return s.arg(argument(1), argument(2), argument(3), argument(4));
        case 3:
            return s.arg(argument(1), argument(2), argument(3));
        case 2:
            return s.arg(argument(1), argument(2));
        case 1:
            return s.arg(argument(1));
        default:
            return s;
        }
    }
    return Sentence::verbatim(recorded);
}

} // namespace tunnelscope
