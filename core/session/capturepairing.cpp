#include "capturepairing.h"

#include "captureimporter.h"
#include "recordedwords.h"

#include <QFileInfo>
#include <QJsonObject>

namespace tunnelscope {

bool CapturePairing::pair(const Side &a, const Side &b, const QString &protocol, Result *out, QString *error)
{
    CaptureImporter::Capture captures[2];
    for (int i = 0; i < 2; ++i) {
        const Side &side = i == 0 ? a : b;
        if (side.path != QLatin1String("direct") && side.path != QLatin1String("tunnel")) {
            *error = tr("--%1-path: \"%2\" is not a path: direct or tunnel")
                         .arg(i == 0 ? QStringLiteral("a") : QStringLiteral("b"), side.path);
            return false;
        }
        captures[i].urlContains = side.urlContains;
        if (!CaptureImporter::read(side.file, side.path, &captures[i], error))
            return false;
    }
    CaptureImporter::Capture &first = captures[0], &second = captures[1];
    Profile &profile = out->profile;
    profile = first.profile ? *first.profile : second.profile ? *second.profile : Profile();
    profile.origin = QStringLiteral("compare");
    profile.identities.clear();
    if (!protocol.isEmpty()) {
        if (!Protocol::names().contains(protocol)) {
            *error = tr("--protocol: \"%1\" is not one of %2").arg(protocol, Protocol::names().join(QStringLiteral(", ")));
            return false;
        }
        profile.protocol = protocol;
    }
    const std::size_t count = std::min(first.runs.size(), second.runs.size());
    profile.runs = int(count);
    profile.name = QStringLiteral("%1 vs %2").arg(QFileInfo(first.file).fileName(), QFileInfo(second.file).fileName());
    profile.source = QJsonObject{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("protocol"), profile.protocol},
        {QStringLiteral("description"), QStringLiteral("compare: A = %1, B = %2").arg(first.describe(), second.describe())}};
    // Only the two paths of one session's runs share a clock.
    const bool sharedClock = first.kind != CaptureImporter::Kind::Har && first.kind == second.kind
        && QFileInfo(first.file).canonicalFilePath() == QFileInfo(second.file).canonicalFilePath()
        && first.pathName != second.pathName;
    out->runs.clear();
    for (std::size_t i = 0; i < count; ++i) {
        auto run = std::make_unique<RunRecord>();
        run->index = int(i);
        run->startedEpochMs = first.startedEpochMs[i];
        run->direct = std::move(first.runs[i]);
        run->tunnel = std::move(second.runs[i]);
        run->direct.name = QStringLiteral("direct");
        run->tunnel.name = QStringLiteral("tunnel");
        run->sharedClock = sharedClock;
        // The tunnel side's name, when its capture compared several tunnels.
        run->tunnelName = second.tunnelNames.value(qsizetype(i));
        // A sweep's identity, when both sides agree (or one side has none, as a browser's HAR).
        const QString identityA = first.identities.value(qsizetype(i)), identityB = second.identities.value(qsizetype(i));
        run->identity = identityA.isEmpty() ? identityB : identityA;
        if (!identityA.isEmpty() && !identityB.isEmpty() && identityA != identityB)
            out->notes << RecordedWords::english(RecordedWords::IdentitiesDiffer, i + 1, identityA, identityB);
        out->runs.push_back(std::move(run));
    }
    out->startedEpochMs = out->runs.empty() ? 0 : out->runs.front()->startedEpochMs;
    out->notes = QStringList{RecordedWords::english(RecordedWords::ComparedSides, first.describe(), second.describe())};
    if (first.runs.size() != second.runs.size())
        out->notes << RecordedWords::english(RecordedWords::RunCountsDiffer, first.runs.size(), second.runs.size(), count);
    out->notes << first.notes << second.notes;
    return true;
}

bool CapturePairing::open(const QString &file, Result *out, QString *error)
{
    // A browser's HAR is one side of a comparison, not both.
    if (file.endsWith(QLatin1String(".har"), Qt::CaseInsensitive)) {
        CaptureImporter::Capture capture;
        if (!CaptureImporter::read(file, QStringLiteral("direct"), &capture, error))
            return false;
        if (!capture.ownHar) {
            *error = tr("%1 is a browser's capture: one side only. Compare it with a capture of the direct path (Compare "
                        "captures, or tunnelscope compare DIRECT %1)")
                         .arg(QFileInfo(file).fileName());
            return false;
        }
    }
    if (!pair({file, QStringLiteral("direct"), QString()}, {file, QStringLiteral("tunnel"), QString()}, QString(), out, error))
        return false;
    if (out->profile.source.isEmpty() || out->profile.origin == QLatin1String("compare"))
        out->profile.name = QFileInfo(file).fileName();
    return true;
}

} // namespace tunnelscope
