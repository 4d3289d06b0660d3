#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

class QIODevice;

namespace tunnelscope {

// Writes JSON straight to a device, so a report of a million frames never exists as one
// in-memory QJsonDocument. Commas are placed automatically.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QIODevice *device) : m_device(device) { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);
    void value(const QString &s);
    void value(double d, int decimals = -1);
    void value(qint64 i);
    void value(int i) { value(qint64(i)); }
    void value(bool b);
    void null();
    void json(const QJsonValue &v); // small values, via QJsonDocument
    void newline();

    static QByteArray quoted(const QString &s);

private:
    void separate();
    void write(const QByteArray &bytes);

    QIODevice *m_device;
    QList<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace tunnelscope
