#include "websocketextensions.h"

#include "recordedwords.h"
#include "wirewords.h"
#include <algorithm>

namespace tunnelscope {

namespace {

bool isTokenChar(char c)
{
    // RFC 7230 tchar.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_text(text) { }

    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t'))
            ++m_at;
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    void take() { ++m_at; }
    QByteArray token()
    {
        const qsizetype from = m_at;
        while (!atEnd() && isTokenChar(m_text[m_at]))
            ++m_at;
        return m_text.sliced(from, m_at - from).toByteArray();
    }
    bool quoted(QByteArray *out)
    {
        take(); // the opening quote
        while (!atEnd()) {
            char c = m_text[m_at++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (atEnd())
                    return false;
                c = m_text[m_at++];
            }
            out->append(c);
        }
        return false;
    }
    qsizetype position() const { return m_at; }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

bool WebSocketExtensions::parse(QByteArrayView header, QList<Extension> *out, QString *error)
{
    out->clear();
    Reader r(header);
    auto fail = [&](const QString &what) {
        *error = RecordedWords::english(WireWords::ExtensionsHeaderBad)
                     .arg(QString::fromLatin1(header.first(std::min<qsizetype>(header.size(), 200))), what)
                     .arg(r.position() + 1);
        return false;
    };
    r.skipSpace();
    if (r.atEnd())
        return true;
    for (;;) {
        r.skipSpace();
        Extension ext;
        ext.name = r.token();
        if (ext.name.isEmpty())
            return fail(RecordedWords::english(WireWords::ExtensionNameExpected));
        r.skipSpace();
        while (r.peek() == ';') {
            r.take();
            r.skipSpace();
            QPair<QByteArray, QByteArray> param;
            param.first = r.token();
            if (param.first.isEmpty())
                return fail(RecordedWords::english(WireWords::ParameterNameExpected));
            r.skipSpace();
            if (r.peek() == '=') {
                r.take();
                r.skipSpace();
                if (r.peek() == '"') {
                    param.second = QByteArray("");
                    if (!r.quoted(&param.second))
                        return fail(RecordedWords::english(WireWords::QuotedValueUnended));
                } else {
                    param.second = r.token();
                    if (param.second.isEmpty())
                        return fail(RecordedWords::english(WireWords::ParameterValueExpected));
                }
                r.skipSpace();
            }
            ext.params << param;
        }
        out->append(ext);
        if (r.atEnd())
            return true;
        if (r.peek() != ',')
            return fail(RecordedWords::english(WireWords::SeparatorExpected));
        r.take();
    }
}

QByteArray WebSocketExtensions::joined(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    for (const auto &h : headers) {
        if (h.first.compare("Sec-WebSocket-Extensions", Qt::CaseInsensitive) != 0 || h.second.trimmed().isEmpty())
            continue;
        if (!out.isEmpty())
            out += ", ";
        out += h.second.trimmed();
    }
    return out;
}

} // namespace tunnelscope
