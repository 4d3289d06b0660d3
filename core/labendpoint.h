#pragma once

#include <QObject>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace tunnelscope {

// A reference WebSocket server of the lab, on 127.0.0.1 and a free port. Subclasses give it
// the behaviour of a real service; Qt's QWebSocketServer keeps it independent of our client.
class LabEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit LabEndpoint(const QString &name, QObject *parent = nullptr);
    ~LabEndpoint() override;

    bool listen(QString *error);
    quint16 port() const;
    // The URL a client uses; `path` defaults to the endpoint's natural one.
    QUrl url(const QString &path = QString()) const;
    virtual QString defaultPath() const { return QStringLiteral("/"); }

protected:
    virtual void handleClient(QWebSocket *socket) = 0;

private:
    QWebSocketServer *m_server;
};

} // namespace tunnelscope
