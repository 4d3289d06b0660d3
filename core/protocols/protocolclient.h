#pragma once

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace tunnelscope {

class WireClient;

// What a protocol's client does on one path beside the script: on each connection (answer
// pings, authenticate, check what arrives) and, for a protocol that also speaks HTTP, across
// the path's connections (queue a job, ask how it ended). PathSession drives it without
// knowing which protocol it is.
class ProtocolClient : public QObject
{
    Q_OBJECT
public:
    using Attach = std::function<void(WireClient *)>;

    // `attach` is called for every new connection of the path, before the script sees it.
    explicit ProtocolClient(Attach attach = {}, QObject *parent = nullptr) : QObject(parent), m_attach(std::move(attach)) { }

    virtual void attach(WireClient *client)
    {
        if (m_attach)
            m_attach(client);
    }
    // A send step in one of the protocol's forms that is not a frame (ComfyUI's queue_prompt,
    // over HTTP): started here, ended by sendFinished(). False when the send is not such a form.
    virtual bool startSend(const QJsonObject &send, int timeoutMs)
    {
        Q_UNUSED(send);
        Q_UNUSED(timeoutMs);
        return false;
    }
    // Before the path is done: asks the server what the script could not hear (ComfyUI's
    // /history for a prompt that went silent). True when something was asked; checked() follows.
    virtual bool checkBeforeDone(int timeoutMs)
    {
        Q_UNUSED(timeoutMs);
        return false;
    }
    // Drops what is still being asked (the path is stopping).
    virtual void abort() { }

Q_SIGNALS:
    void sendFinished(bool ok, const QString &detail);
    void checked();

private:
    Attach m_attach;
};

} // namespace tunnelscope
