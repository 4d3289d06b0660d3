#include "framedetail.h"

#include "closepayload.h"
#include "secretredactor.h"

#include <QJsonDocument>

namespace tunnelscope {

QString FrameDetail::hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    QString out;
    const qsizetype n = std::min(bytes.size(), maxBytes);
    for (qsizetype row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const uchar c = uchar(bytes[i]);
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == row + 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (bytes.size() > n)
        out += QStringLiteral("… %1 more bytes\n").arg(bytes.size() - n);
    return out;
}

QString FrameDetail::describe(const Frame &frame, const SecretRedactor &redactor)
{
    QString head = QStringLiteral("%1 %2, %3 bytes at %4 ms")
                       .arg(frameTypeName(frame.type), frame.dir == Direction::In ? QStringLiteral("received") : QStringLiteral("sent"))
                       .arg(frame.payload.size())
                       .arg(double(frame.tUs) / 1000.0, 0, 'f', 3);
    if (frame.fragments > 1)
        head += QStringLiteral(", in %1 fragments").arg(frame.fragments);
    head += QStringLiteral("\n\n");
    if (frame.type == FrameType::Close) {
        const ClosePayload c = ClosePayload::parse(frame.payload.toByteArray());
        if (!c.hasCode)
            return head + QStringLiteral("Close frame without a status code: the application sees 1005 (no status).\n");
        head += QStringLiteral("Close code %1 (%2)\nReason: %3\n").arg(c.code).arg(ClosePayload::describe(c.code), redactor.redact(decodeUtf8(c.reason)));
        if (!c.problem.isEmpty())
            head += QStringLiteral("\nProtocol violation: %1\n").arg(c.problem);
        return head;
    }
    if (frame.type == FrameType::Binary || !isValidUtf8(frame.payload))
        return head + hexDump(frame.payload);
    const QByteArray bytes = frame.payload.toByteArray();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error == QJsonParseError::NoError && !doc.isNull())
        return head + redactor.redact(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    QString text = redactor.redact(decodeUtf8(bytes));
    if (text.startsWith(QChar(0xFEFF)))
        head += QStringLiteral("Starts with a byte order mark (EF BB BF): JSON.parse fails on it.\n\n");
    return head + text;
}

} // namespace tunnelscope
