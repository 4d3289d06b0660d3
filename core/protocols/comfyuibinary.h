#pragma once

#include "sentence.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tunnelscope {

// One binary WebSocket frame of ComfyUI's /ws stream: a big-endian uint32 event type, then
// 1 = preview image (uint32 format: 1 JPEG, 2 PNG; then the image bytes),
// 3 = text (uint32 node-id length, node id, UTF-8 text),
// 4 = preview image with metadata (uint32 metadata length, JSON metadata, image bytes).
struct ComfyUiBinary
{
    enum Type : quint32 { PreviewImage = 1, Text = 3, PreviewImageWithMetadata = 4 };

    quint32 type = 0;
    QString imageFormat;  // "jpeg", "png", "webp" (from the metadata) or empty
    QByteArray image;     // the encoded image, for previews
    QString nodeId;       // type 3, or the metadata's node_id
    QString text;         // type 3
    QJsonObject metadata; // type 4
    QString error;        // why the bytes are not a valid event; empty when they are

    bool isValid() const { return error.isEmpty(); }
    bool isPreview() const { return type == PreviewImage || type == PreviewImageWithMetadata; }
    // "preview image (PNG, 1234 bytes)", "text for node 7: …"
    Sentence describe() const;

    static ComfyUiBinary parse(QByteArrayView bytes);
    // Whether the bytes carry a known image signature (JPEG, PNG, WebP).
    static QString sniffImageFormat(QByteArrayView bytes);
    static QByteArray previewImage(quint32 format, const QByteArray &image);
};

} // namespace tunnelscope
