#include "jsonstreamwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace tunnelscope {

void JsonStreamWriter::write(const QByteArray &bytes)
{
    m_device->write(bytes);
}

void JsonStreamWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            write(",");
        m_first.last() = false;
    }
}

void JsonStreamWriter::beginObject()
{
    separate();
    write("{");
    m_first.append(true);
}

void JsonStreamWriter::endObject()
{
    m_first.removeLast();
    write("}");
}

void JsonStreamWriter::beginArray()
{
    separate();
    write("[");
    m_first.append(true);
}

void JsonStreamWriter::endArray()
{
    m_first.removeLast();
    write("]");
}

void JsonStreamWriter::key(const QString &name)
{
    separate();
    write(quoted(name) + ':');
    m_afterKey = true;
}

void JsonStreamWriter::value(const QString &s)
{
    separate();
    write(quoted(s));
}

void JsonStreamWriter::value(double d, int decimals)
{
    separate();
    if (!std::isfinite(d))
        write("null");
    else if (decimals >= 0)
        write(QByteArray::number(d, 'f', decimals));
    else
        write(QByteArray::number(d, 'g', 17));
}

void JsonStreamWriter::value(qint64 i)
{
    separate();
    write(QByteArray::number(i));
}

void JsonStreamWriter::value(bool b)
{
    separate();
    write(b ? "true" : "false");
}

void JsonStreamWriter::null()
{
    separate();
    write("null");
}

void JsonStreamWriter::json(const QJsonValue &v)
{
    separate();
    if (v.isObject())
        write(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        write(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isString())
        write(quoted(v.toString()));
    else if (v.isBool())
        write(v.toBool() ? "true" : "false");
    else if (v.isDouble())
        write(QByteArray::number(v.toDouble(), 'g', 17));
    else
        write("null");
}

void JsonStreamWriter::newline()
{
    write("\n");
}

QByteArray JsonStreamWriter::quoted(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    qsizetype runStart = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > runStart)
            out += QStringView(s).mid(runStart, upTo - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        const char *escape = nullptr;
        switch (u) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\t':
            escape = "\\t";
            break;
        default:
            break;
        }
        // Control characters, the separators that break JavaScript string literals, and a BOM
        // (invisible, yet the very thing a report may be about).
        const bool control = u < 0x20 || u == 0x7F || u == 0x2028 || u == 0x2029 || u == 0xFEFF;
        if (!escape && !control)
            continue;
        flush(i);
        runStart = i + 1;
        if (escape)
            out += escape;
        else
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
    }
    flush(s.size());
    out += '"';
    return out;
}

} // namespace tunnelscope
