#pragma once

#include "prometheusexposition.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <functional>

namespace tunnelscope {

// Serves `GET /metrics` over HTTP/1.1 for Prometheus to scrape: one answer per connection,
// the body made when asked, in the text format or OpenMetrics as the Accept header prefers. Anything else is answered with the
// status that says why (404, 405, 400, 431); a client that sends no request within 10 s is dropped. Binds 127.0.0.1 unless told
// otherwise.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    using Body = std::function<QByteArray(PrometheusExposition::Format)>;

    MetricsServer(Body body, QObject *parent = nullptr);

    // False with `error` set (the address and the system's reason) when it cannot listen.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    quint64 scrapes() const { return m_scrapes; }

    static constexpr qsizetype MaxRequestHead = 8192;

private:
    // A connection's request head as it arrives, until it is answered.
    struct Pending
    {
        QByteArray head;
        bool answered = false;
    };

    void onConnection();
    void onReadyRead(class QTcpSocket *socket);
    void answer(class QTcpSocket *socket, const QByteArray &head);
    void answerTooLarge(QTcpSocket *socket);
    // A request header's value ("" when absent); `lowerName` in lower case.
    static QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName);
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body,
                               bool withBody);

    Body m_body;
    QTcpServer m_server;
    QHash<QTcpSocket *, Pending> m_pending;
    quint64 m_scrapes = 0;
};

} // namespace tunnelscope
