#include "comparisonreport.h"
#include "framestore.h"
#include "lab.h"
#include "labtls.h"
#include "profileloader.h"
#include "runclock.h"
#include "scenariorunner.h"
#include "wireclient.h"

#include "../support/profileplayer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace tunnelscope;

// The wss:// lab: the endpoint and the fault tunnel speak TLS with the build's self-signed
// certificate, which only the lab's own URLs trust, and the faults act as they do on ws://.
class tst_LabTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void certificateIsTheLabs();
    void cleanEchoOverTls();
    void builtinsOverTls_data();
    void builtinsOverTls();
    void labCertificateIsNotTrustedElsewhere();
    void ignoredErrorsAreRecorded();
    void tunnelRefusesAnUntrustedUpstream();
    void tunnelTrustsAsTheDirectPathDoes_data();
    void tunnelTrustsAsTheDirectPathDoes();
    void tunnelRefusesACaFileWithoutCertificates();

private:
    static bool listenWithLabIdentity(QWebSocketServer *server);
    static QSet<QString> severeKinds(const ScenarioRunner &runner, QStringList *all);
};

// A wss:// server of "the user's own" that presents the lab's certificate, on a lab-free port.
bool tst_LabTls::listenWithLabIdentity(QWebSocketServer *server)
{
    QSslConfiguration identity;
    QString error;
    if (!LabTls::serverConfiguration(&identity, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    server->setSslConfiguration(identity);
    return server->listen(QHostAddress::LocalHost, 0);
}

QSet<QString> tst_LabTls::severeKinds(const ScenarioRunner &runner, QStringList *all)
{
    const ComparisonReport report(runner.profile(), runner.runs(), runner.startedEpochMs(), runner.secrets());
    QSet<QString> kinds;
    for (std::size_t i = 0; i < runner.runs().size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            if (f.severity != Finding::Severity::Info) {
                kinds.insert(f.kind);
                *all << f.kind + QStringLiteral(": ") + f.summary.english();
            }
    return kinds;
}

void tst_LabTls::certificateIsTheLabs()
{
    const QList<QSslCertificate> certs = LabTls::certificates();
    QCOMPARE(certs.size(), 1);
    const QSslCertificate &cert = certs.first();
    QVERIFY(cert.isSelfSigned());
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(10));
    const auto names = cert.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QSslConfiguration server;
    QString error;
    QVERIFY2(LabTls::serverConfiguration(&server, &error), qPrintable(error));
    QCOMPARE(server.localCertificate(), cert);
    QVERIFY(!server.privateKey().isNull());
}

void tst_LabTls::cleanEchoOverTls()
{
    const auto r = playProfile(R"({"name":"wss","lab":{"endpoint":"echo","tls":true},
        "steps":[{"send":{"type":"m","n":1},"expect":{"type":"m"},"timeout_ms":2000},
                 {"send":{"text":"plain"},"expect":{"text":"plain"},"timeout_ms":2000},
                 {"close":1000,"await_close_ms":2000}]})");
    QVERIFY(r);
    QVERIFY(r->profile().direct.url.startsWith(QLatin1String("wss://127.0.0.1:")));
    QVERIFY(r->profile().tunnel.url.startsWith(QLatin1String("wss://127.0.0.1:")));
    const RunRecord &run = *r->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        QCOMPARE(p->connections.size(), 1);
        const HandshakeRecord &h = p->connections.first().handshake;
        QVERIFY2(h.ok, qPrintable(h.error));
        QVERIFY(h.tlsDoneUs > h.tcpConnectedUs);
        QVERIFY(h.tlsWarnings.isEmpty());
        QCOMPARE(p->lastClose().code, quint16(1000));
        int echoes = 0;
        for (qsizetype i = 0; i < p->frames.count(); ++i)
            echoes += p->frames.at(i).isData() && p->frames.at(i).dir == Direction::In;
        QCOMPARE(echoes, 2);
    }
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
}

void tst_LabTls::builtinsOverTls_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("kinds");
    QTest::newRow("ha-clean") << QStringLiteral("ha-clean") << QStringList();
    QTest::newRow("ha-lost-auth-invalid") << QStringLiteral("ha-lost-auth-invalid")
                                          << QStringList{QStringLiteral("message_missing")};
    QTest::newRow("socketio-clean") << QStringLiteral("socketio-clean") << QStringList();
    QTest::newRow("comfyui-clean") << QStringLiteral("comfyui-clean") << QStringList();
    QTest::newRow("chat-abrupt-close") << QStringLiteral("chat-abrupt-close")
                                       << QStringList{QStringLiteral("close_truncated"), QStringLiteral("reconnect_mismatch")};
    QTest::newRow("handshake-rejected") << QStringLiteral("handshake-rejected")
                                        << QStringList{QStringLiteral("handshake_failed")};
}

void tst_LabTls::builtinsOverTls()
{
    QFETCH(QString, name);
    QFETCH(QStringList, kinds);
    QFile file(QStringLiteral(":/profiles/%1.json").arg(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject lab = profile.value(QStringLiteral("lab")).toObject();
    lab.insert(QStringLiteral("tls"), true);
    profile.insert(QStringLiteral("lab"), lab);
    const auto r = playProfile(QJsonDocument(profile).toJson(), 60000);
    QVERIFY(r);
    QVERIFY(r->profile().tunnel.url.startsWith(QLatin1String("wss://")));
    QVERIFY(r->runs().front()->direct.connections.first().handshake.tlsDoneUs >= 0);
    QStringList all;
    const QSet<QString> found = severeKinds(*r, &all);
    if (kinds.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    for (const QString &kind : kinds)
        QVERIFY2(found.contains(kind), qPrintable(kind + QStringLiteral(" not in:\n") + all.join(QLatin1Char('\n'))));
}

void tst_LabTls::labCertificateIsNotTrustedElsewhere()
{
    // A server of the user's own that happens to use the same certificate: the direct path
    // is not a lab URL, so the lab certificate does not vouch for it and TLS fails.
    QWebSocketServer server(QStringLiteral("own"), QWebSocketServer::SecureMode);
    QVERIFY(listenWithLabIdentity(&server));
    const QByteArray json = QStringLiteral(R"({"name":"own","direct":{"url":"wss://127.0.0.1:%1/"},"lab":{"tls":true},
        "steps":[{"send":{"text":"x"}}]})")
                                .arg(server.serverPort())
                                .toUtf8();
    const auto r = playProfile(json);
    QVERIFY(r);
    const HandshakeRecord &direct = r->runs().front()->direct.connections.first().handshake;
    QVERIFY(!direct.ok);
    QCOMPARE(direct.errorKind, QStringLiteral("tls"));
    QVERIFY2(direct.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(direct.error));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.exitCode(), 3);
}

void tst_LabTls::ignoredErrorsAreRecorded()
{
    // The same server, with the path asking to ignore TLS errors: it connects, and the
    // errors it ignored stay in the record for every report to show.
    QWebSocketServer server(QStringLiteral("own"), QWebSocketServer::SecureMode);
    QVERIFY(listenWithLabIdentity(&server));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &m) { ws->sendTextMessage(m); });
    });
    RunClock clock;
    FrameStore store;
    WireClient client(&clock, &store);
    WireClient::Options o;
    o.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(server.serverPort()));
    o.ignoreTlsErrors = true;
    QSignalSpy opened(&client, &WireClient::opened);
    client.open(o);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
    QVERIFY(!client.record().handshake.tlsWarnings.isEmpty());
    QVERIFY(
        client.record().handshake.tlsWarnings.join(QLatin1Char(' ')).contains(QLatin1String("self-signed"), Qt::CaseInsensitive));
}

void tst_LabTls::tunnelRefusesAnUntrustedUpstream()
{
    // The lab tunnel fronting a wss:// server it cannot verify answers 502 and says why,
    // as a real tunnel's edge does, instead of passing traffic unverified.
    QWebSocketServer server(QStringLiteral("own"), QWebSocketServer::SecureMode);
    QVERIFY(listenWithLabIdentity(&server));
    const QByteArray json = QStringLiteral(R"({"name":"own","direct":{"url":"wss://127.0.0.1:%1/"},
        "lab":{"tls":true},"steps":[{"send":{"text":"x"}}]})")
                                .arg(server.serverPort())
                                .toUtf8();
    const auto r = playProfile(json);
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QCOMPARE(run.direct.connections.first().handshake.errorKind, QStringLiteral("tls"));
    const HandshakeRecord &tunnel = run.tunnel.connections.first().handshake;
    QVERIFY(tunnel.tlsDoneUs >= 0); // the client trusted the lab tunnel's own certificate
    QVERIFY(!tunnel.ok);
    QCOMPARE(tunnel.status, 502);
    QVERIFY2(
        tunnel.error.startsWith(QLatin1String("HTTP 502 Bad Gateway: \"lab tunnel: the upstream's TLS certificate was refused: "
                                              "The certificate is self-signed, and untrusted.")),
        qPrintable(tunnel.error));
}

void tst_LabTls::tunnelTrustsAsTheDirectPathDoes_data()
{
    QTest::addColumn<bool>("caFile");
    QTest::newRow("the direct path's CA file") << true;
    QTest::newRow("the direct path's ignore_tls_errors") << false;
}

void tst_LabTls::tunnelTrustsAsTheDirectPathDoes()
{
    // The tunnel reaches the same server as the direct path: it verifies it the same way.
    QFETCH(bool, caFile);
    QWebSocketServer server(QStringLiteral("own"), QWebSocketServer::SecureMode);
    QVERIFY(listenWithLabIdentity(&server));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *ws = server.nextPendingConnection();
        connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &m) { ws->sendTextMessage(m); });
    });
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("own-ca.pem"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(LabTls::certificates().first().toPem());
    file.close();
    const QString trust = caFile ? QStringLiteral(R"("ca_file":"%1")").arg(ca) : QStringLiteral(R"("ignore_tls_errors":true)");
    const QByteArray json = QStringLiteral(R"({"name":"own","direct":{"url":"wss://127.0.0.1:%1/",%2},
        "lab":{"tls":true},"steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":2000},{"close":1000}]})")
                                .arg(server.serverPort())
                                .arg(trust)
                                .toUtf8();
    const auto r = playProfile(json);
    QVERIFY(r);
    const RunRecord &run = *r->runs().front();
    QVERIFY2(run.direct.connections.first().handshake.ok, qPrintable(run.direct.connections.first().handshake.error));
    QVERIFY2(run.tunnel.connections.first().handshake.ok, qPrintable(run.tunnel.connections.first().handshake.error));
    const ComparisonReport report(r->profile(), r->runs(), r->startedEpochMs(), r->secrets());
    QCOMPARE(report.verdict(), ComparisonReport::Verdict::Clean);
    QCOMPARE(report.tlsWarnings().size(), caFile ? 0 : 1);
}

// A CA file with no certificate in it stops the lab tunnel before it listens, with the file
// named: trusting the system store alone instead would hide the mistake.
void tst_LabTls::tunnelRefusesACaFileWithoutCertificates()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("not-a-certificate.pem"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not PEM\n");
    file.close();
    LabSpec spec;
    spec.enabled = true;
    PathSpec direct;
    direct.caFile = ca;
    Lab lab(spec);
    QString error;
    QVERIFY(!lab.start(&error, QUrl(QStringLiteral("wss://127.0.0.1:9/")), direct));
    QVERIFY2(error.contains(ca) && error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_LabTls)
#include "tst_labtls.moc"
