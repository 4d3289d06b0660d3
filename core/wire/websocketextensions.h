#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tunnelscope {

// A Sec-WebSocket-Extensions header (RFC 6455 §9.1) read as a list of extensions, each with
// its parameters: `permessage-deflate; client_max_window_bits, x-foo; a="b"`. Quoted values
// are unquoted; a parameter without a value has a null value.
class WebSocketExtensions
{
public:
    struct Extension
    {
        QByteArray name;
        QList<QPair<QByteArray, QByteArray>> params;
    };

    // False with `error` set when the header does not follow the grammar.
    static bool parse(QByteArrayView header, QList<Extension> *out, QString *error);
    // Every Sec-WebSocket-Extensions value of a head, joined as one list (a header may repeat).
    static QByteArray joined(const QList<QPair<QByteArray, QByteArray>> &headers);
};

} // namespace tunnelscope
