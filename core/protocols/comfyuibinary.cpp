#include "comfyuibinary.h"

#include "recordedwords.h"
#include "utf8.h"

#include <QJsonDocument>
#include <QtEndian>
#include <optional>

namespace tunnelscope {

namespace {
quint32 be32(QByteArrayView b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.data() + at);
}

// The field after the event type that a uint32 length announces (text's node id, a
// preview's metadata); nullopt with `error` set, from the templates given, when the frame is
// too short for it.
std::optional<QByteArrayView> lengthPrefixed(QByteArrayView b, const char *withoutLength, const char *shorter, QString *error)
{
    if (b.size() < 8) {
        *error = RecordedWords::english(withoutLength);
        return std::nullopt;
    }
    const quint32 length = be32(b, 4);
    if (qint64(length) > b.size() - 8) {
        *error = RecordedWords::english(shorter, length, b.size() - 8);
        return std::nullopt;
    }
    return b.sliced(8, length);
}
} // namespace

QString ComfyUiBinary::sniffImageFormat(QByteArrayView b)
{
    if (b.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("png");
    if (b.size() >= 3 && uchar(b[0]) == 0xFF && uchar(b[1]) == 0xD8 && uchar(b[2]) == 0xFF)
        return QStringLiteral("jpeg");
    if (b.size() >= 12 && b.first(4) == QByteArrayView("RIFF") && b.sliced(8, 4) == QByteArrayView("WEBP"))
        return QStringLiteral("webp");
    return QString();
}

ComfyUiBinary ComfyUiBinary::parse(QByteArrayView b)
{
    ComfyUiBinary out;
    if (b.size() < 4) {
        out.error = RecordedWords::english(RecordedWords::ComfyUiShorterThanType, b.size());
        return out;
    }
    out.type = be32(b, 0);
    switch (out.type) {
    case PreviewImage: {
        if (b.size() < 8) {
            out.error = RecordedWords::english(RecordedWords::ComfyUiPreviewWithoutFormat);
            return out;
        }
        const quint32 format = be32(b, 4);
        if (format != 1 && format != 2) {
            out.error = RecordedWords::english(RecordedWords::ComfyUiPreviewUnknownFormat, format);
            return out;
        }
        out.imageFormat = format == 1 ? QStringLiteral("jpeg") : QStringLiteral("png");
        out.image = b.sliced(8).toByteArray();
        if (sniffImageFormat(out.image) != out.imageFormat)
            out.error
                = RecordedWords::english(RecordedWords::ComfyUiPreviewNotItsFormat, out.imageFormat.toUpper(), out.image.size());
        return out;
    }
    case Text: {
        const auto id = lengthPrefixed(b, RecordedWords::ComfyUiTextWithoutLength, RecordedWords::ComfyUiTextShort, &out.error);
        if (!id)
            return out;
        const qsizetype idLength = id->size();
        out.nodeId = decodeUtf8(*id);
        out.text = decodeUtf8(b.sliced(8 + idLength));
        return out;
    }
    case PreviewImageWithMetadata: {
        const auto meta
            = lengthPrefixed(b, RecordedWords::ComfyUiMetadataWithoutLength, RecordedWords::ComfyUiMetadataShort, &out.error);
        if (!meta)
            return out;
        const qsizetype metaLength = meta->size();
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(meta->toByteArray(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            out.error = err.error != QJsonParseError::NoError
                ? RecordedWords::english(RecordedWords::ComfyUiMetadataNotJson, err.offset)
                : RecordedWords::english(RecordedWords::ComfyUiMetadataNotObject);
            return out;
        }
        out.metadata = doc.object();
        out.nodeId = out.metadata.value(QStringLiteral("node_id")).toString();
        out.image = b.sliced(8 + metaLength).toByteArray();
        out.imageFormat = sniffImageFormat(out.image);
        if (out.imageFormat.isEmpty())
            out.error = RecordedWords::english(RecordedWords::ComfyUiMetadataNoImage, out.image.size());
        return out;
    }
    default:
        out.error = RecordedWords::english(RecordedWords::ComfyUiUnknownType, out.type);
        return out;
    }
}

Sentence ComfyUiBinary::describe() const
{
    if (!isValid())
        return RecordedWords::read(error);
    switch (type) {
    case PreviewImage:
        return Sentence::translate("ComfyUiBinary", "ComfyUI preview image (%1, %2 bytes)")
            .arg(imageFormat.toUpper(), Sentence::number(image.size()));
    case PreviewImageWithMetadata:
        return nodeId.isEmpty()
            ? Sentence::translate("ComfyUiBinary", "ComfyUI preview image with metadata (%1, %2 bytes)")
                  .arg(imageFormat.toUpper(), Sentence::number(image.size()))
            : Sentence::translate("ComfyUiBinary", "ComfyUI preview image with metadata (%1, %2 bytes, node %3)")
                  .arg(imageFormat.toUpper(), Sentence::number(image.size()), nodeId);
    case Text:
        return Sentence::translate("ComfyUiBinary", "ComfyUI text for node %1: %2").arg(nodeId, clipped(text, 200));
    }
    return Sentence();
}

QByteArray ComfyUiBinary::previewImage(quint32 format, const QByteArray &image)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian<quint32>(PreviewImage, out.data());
    qToBigEndian<quint32>(format, out.data() + 4);
    return out + image;
}

} // namespace tunnelscope
