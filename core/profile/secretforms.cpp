#include "secretforms.h"

#include <QUrl>

namespace tunnelscope {

namespace {

// Fewer base64 characters than this match by chance in ordinary text.
constexpr qsizetype MinBase64Core = 6;

QByteArray utf16(const QString &value, bool bigEndian)
{
    QByteArray out;
    out.reserve(value.size() * 2);
    for (const QChar c : value) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

} // namespace

QList<SecretForms::Form> SecretForms::of(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> literal{utf8};
    literal += percentEncoded(value);
    literal += jsonEscaped(value);
    literal += {utf16(value, false), utf16(value, true), utf8.toHex(), utf8.toHex().toUpper()};

    QList<Form> forms;
    auto add = [&forms](const QByteArray &bytes, bool insideBase64) {
        if (bytes.isEmpty())
            return;
        for (const Form &f : forms)
            if (f.bytes == bytes)
                return;
        forms.append({bytes, insideBase64});
    };
    for (const QByteArray &bytes : literal)
        add(bytes, false);
    for (const QByteArray &core : base64Cores(utf8))
        add(core, true);
    return forms;
}

QList<QByteArray> SecretForms::percentEncoded(const QString &value)
{
    // Everything but the unreserved characters (RFC 3986), as most URL builders do;
    // JavaScript's encodeURIComponent also keeps !*'(); forms send a space as '+'.
    const QByteArray strict = QUrl::toPercentEncoding(value);
    const QByteArray javascript = QUrl::toPercentEncoding(value, "!*'()");
    QByteArray form = QUrl::toPercentEncoding(value, " ");
    form.replace(' ', '+');
    QByteArray lowerHex = strict;
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex[i] == '%') {
            lowerHex[i + 1] = char(QChar::toLower(uchar(lowerHex[i + 1])));
            lowerHex[i + 2] = char(QChar::toLower(uchar(lowerHex[i + 2])));
        }
    }
    return {strict, javascript, form, lowerHex};
}

QList<QByteArray> SecretForms::jsonEscaped(const QString &value)
{
    // Encoders differ in whether they escape '/' and whether they keep non-ASCII characters
    // (Qt, Go and JavaScript do; Python's json.dumps writes \uXXXX by default).
    return {jsonEscaped(value, false, false, false), jsonEscaped(value, true, false, false),
            jsonEscaped(value, false, true, false), jsonEscaped(value, false, true, true)};
}

QByteArray SecretForms::jsonEscaped(const QString &value, bool escapeSlash, bool asciiOnly, bool upperHex)
{
    QByteArray out;
    QString plain; // characters written as themselves, encoded together so pairs stay whole
    auto escape = [&](const QByteArray &sequence) {
        out += plain.toUtf8();
        plain.clear();
        out += sequence;
    };
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            escape("\\\"");
            continue;
        case u'\\':
            escape("\\\\");
            continue;
        case u'\b':
            escape("\\b");
            continue;
        case u'\f':
            escape("\\f");
            continue;
        case u'\n':
            escape("\\n");
            continue;
        case u'\r':
            escape("\\r");
            continue;
        case u'\t':
            escape("\\t");
            continue;
        default:
            break;
        }
        if (u == u'/' && escapeSlash) {
            escape("\\/");
        } else if (u < 0x20 || (asciiOnly && u > 0x7e)) {
            QByteArray hex = QByteArray::number(uint(u), 16).rightJustified(4, '0');
            escape("\\u" + (upperHex ? hex.toUpper() : hex));
        } else {
            plain += c;
        }
    }
    out += plain.toUtf8();
    return out;
}

QList<QByteArray> SecretForms::base64Cores(const QByteArray &utf8)
{
    // Base64 turns 3 bytes into 4 characters, so a value inside a longer base64 text is
    // written one of three ways, depending on where it starts. For each start, keep only the
    // characters made of the value's bits alone: those are the same whatever stands around.
    QList<QByteArray> cores;
    for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        for (qsizetype shift = 0; shift < 3; ++shift) {
            const QByteArray encoded = (QByteArray(shift, '\0') + utf8).toBase64(alphabet | QByteArray::OmitTrailingEquals);
            const qsizetype first = (8 * shift + 5) / 6;
            const qsizetype end = (8 * (shift + utf8.size())) / 6;
            if (end - first >= MinBase64Core)
                cores.append(encoded.mid(first, end - first));
        }
    }
    return cores;
}

} // namespace tunnelscope
