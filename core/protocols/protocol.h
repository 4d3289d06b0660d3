#pragma once

#include "messagekeys.h"
#include "protocolclient.h"
#include "sentence.h"
#include "wireclient.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace tunnelscope {

class FrameStore;
class RunClock;
struct PathRecord;

// Everything Tunnelscope knows about one protocol on top of WebSocket, in one class: how its
// sends are written, the URL its clients connect to, what its client does on its own, how its
// messages are compared, which are critical, and what its server's habits explain. The
// profile's "protocol" names one; the rest of the code asks it and never tests the name.
// Adding a protocol: one subclass, and one line in Protocol::all() (protocol.cpp).
class Protocol
{
public:
    virtual ~Protocol() = default;

    // As written in the profile's "protocol".
    virtual QString name() const = 0;

    // Profile: the send forms (keys of a "send" object) this protocol gives meaning to, and
    // what is wrong with a send in one of them ("form: what to write instead"), or empty.
    virtual QStringList sendForms() const { return {}; }
    virtual QString checkSend(const QJsonObject &send) const
    {
        Q_UNUSED(send);
        return QString();
    }
    // The text frame a send in one of those forms stands for; nullopt when it is not a frame
    // (or not one of its forms).
    virtual std::optional<QByteArray> encodeSend(const QJsonObject &send) const
    {
        Q_UNUSED(send);
        return std::nullopt;
    }

    // Session: the URL a path connects to, from the one the user wrote.
    virtual QUrl connectionUrl(const QUrl &given, const QString &pathName) const
    {
        Q_UNUSED(pathName);
        return given;
    }
    struct ClientContext
    {
        WireClient::Options options; // the path's, URL as connectionUrl() made it
        const RunClock *clock = nullptr;
        PathRecord *record = nullptr;
        QJsonValue firstStepSend; // the script's first step's send (undefined when it is no send)
    };
    // What the protocol's client does on a path; null when nothing (plain frames).
    virtual std::unique_ptr<ProtocolClient> client(const ClientContext &context) const
    {
        Q_UNUSED(context);
        return nullptr;
    }

    // Comparison: fields that differ between two paths by design (ids of their own).
    virtual QStringList ignoredFields() const { return {}; }
    // Messages critical beside the profile's own (matcher objects, as in compare.critical).
    virtual QList<QJsonObject> criticalMessages() const { return {}; }
    // Whether JSON text is compared by content (key order and spacing aside) even when no
    // field is ignored.
    virtual bool comparesJsonByContent() const { return false; }
    // How a received data message is compared; false to compare it as plain text, JSON or
    // bytes.
    virtual bool keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const
    {
        Q_UNUSED(message);
        Q_UNUSED(keys);
        Q_UNUSED(out);
        return false;
    }
    // What this protocol's server does that explains how a path's last connection ended (Home
    // Assistant's 10 s auth timeout); empty when nothing.
    virtual Sentence explainServerClose(const PathRecord &path) const
    {
        Q_UNUSED(path);
        return Sentence();
    }

    // The registered protocols; `named` falls back to plain frames for an unknown name (the
    // profile loader has refused it by then).
    static const Protocol *find(const QString &name);
    static const Protocol &named(const QString &name);
    static QStringList names();
    static QList<const Protocol *> all();
    // The protocol whose send form `form` is, or null.
    static const Protocol *offering(const QString &form);
    // Registers one more (tests add their own); it must outlive every use.
    static void add(const Protocol *protocol);
};

} // namespace tunnelscope
