#include "utf8.h"

#include <QStringDecoder>
#include <cstring>

namespace tunnelscope {

QString decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

bool isValidUtf8(QByteArrayView bytes)
{
    // RFC 3629 as Table 3-7 of the Unicode standard states it, without building a string:
    // every received text message passes here. Runs of ASCII, the bulk of JSON, are checked
    // eight bytes at a time.
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        uchar low = 0x80;  // the second byte's range, narrowed where overlong forms,
        uchar high = 0xBF; // surrogates or code points above U+10FFFF would start
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p <= continuation || p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i <= continuation; ++i)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        p += continuation + 1;
    }
    return true;
}

QString clipped(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = std::max<qsizetype>(maxChars - 1, 0);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

} // namespace tunnelscope
