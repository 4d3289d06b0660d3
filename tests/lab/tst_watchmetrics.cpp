#include "comparisonreport.h"
#include "metricsserver.h"
#include "profileplayer.h"
#include "prometheusexposition.h"
#include "watchmetrics.h"
#include "watchtally.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace tunnelscope;

class tst_WatchMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelValuesAreEscaped();
    void valuesAsPrometheusReadsThem();
    void everySeriesIsThereBeforeTheFirstRun();
    void intermittentLossIsADeliveryRatio();
    void interruptedRunsAreNotCounted();
    void closeCodesStayBounded();
    void serverAnswersTheScrape();
    void serverRefusesWhatIsNotAScrape_data();
    void serverRefusesWhatIsNotAScrape();

private:
    static double value(const QByteArray &text, const QString &series);
    static QByteArray httpExchange(quint16 port, const QByteArray &request);
};

double tst_WatchMetrics::value(const QByteArray &text, const QString &series)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(series.toUtf8() + ' '))
            return line.mid(series.toUtf8().size() + 1).toDouble();
    return -1;
}

void tst_WatchMetrics::labelValuesAreEscaped()
{
    PrometheusExposition out;
    out.family(QStringLiteral("m"), QStringLiteral("gauge"), QStringLiteral("a \\ help\nline"));
    out.sample(QStringLiteral("m"), {{QStringLiteral("profile"), QStringLiteral("a\"b\\c\nd")}}, 1);
    QCOMPARE(out.text(), QByteArray("# HELP m a \\\\ help\\nline\n# TYPE m gauge\nm{profile=\"a\\\"b\\\\c\\nd\"} 1\n"));
}

void tst_WatchMetrics::valuesAsPrometheusReadsThem()
{
    QCOMPARE(PrometheusExposition::formatValue(3), QStringLiteral("3"));
    QCOMPARE(PrometheusExposition::formatValue(0.0005), QStringLiteral("0.0005"));
    QCOMPARE(PrometheusExposition::formatValue(qInf()), QStringLiteral("+Inf"));
    QCOMPARE(PrometheusExposition::formatValue(-qInf()), QStringLiteral("-Inf"));
    QCOMPARE(PrometheusExposition::formatValue(qQNaN()), QStringLiteral("NaN"));
    QCOMPARE(PrometheusExposition::formatValue(1.7e9), QStringLiteral("1700000000"));
    QCOMPARE(PrometheusExposition::formatValue(0.25), QStringLiteral("0.25"));
    QCOMPARE(PrometheusExposition::formatValue(1.5e-7), QStringLiteral("1.5e-07"));
}

void tst_WatchMetrics::everySeriesIsThereBeforeTheFirstRun()
{
    WatchMetrics metrics;
    metrics.addProfile(QStringLiteral("ha"), {QStringLiteral("auth_invalid")});
    const QByteArray text = metrics.exposition();
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_runs_total{profile="ha",verdict="broken"})")), 0.0);
    QCOMPARE(
        value(text, QStringLiteral(R"(tunnelscope_findings_total{profile="ha",kind="message_missing",severity="critical"})")),
        0.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_path_up{profile="ha",path="tunnel"})")), 0.0);
    QCOMPARE(
        value(text, QStringLiteral(R"(tunnelscope_message_delivered_total{profile="ha",path="tunnel",message="auth_invalid"})")),
        0.0);
    QCOMPARE(
        value(text, QStringLiteral(R"(tunnelscope_handshake_duration_seconds_bucket{profile="ha",path="direct",le="+Inf"})")),
        0.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_last_run_timestamp_seconds{profile="ha"})")), 0.0);
    // Each family is declared once, before its samples.
    QCOMPARE(text.count("# TYPE tunnelscope_runs_total counter\n"), 1);
    QCOMPARE(text.count("# TYPE tunnelscope_ping_rtt_seconds histogram\n"), 1);
}

void tst_WatchMetrics::intermittentLossIsADeliveryRatio()
{
    // The tunnel drops auth_invalid about one time in two: 12 runs, seeded.
    auto runner = playProfile(R"({"name":"ha-flaky","protocol":"homeassistant","runs":12,
        "lab":{"endpoint":"homeassistant","token":"good","faults":[{"kind":"drop_random","p":0.5,"seed":7,"match":{"type":"auth_invalid"}}]},
        "steps":[{"expect":{"type":"auth_required"},"timeout_ms":3000},{"ping":"rtt","timeout_ms":3000},
                 {"send":{"type":"auth","access_token":"bad"}},{"expect":{"type":["auth_ok","auth_invalid"]},"timeout_ms":500},
                 {"await_close_ms":1000}],
        "compare":{"critical":[{"type":["auth_ok","auth_invalid"]}]}})",
                              120000);
    QVERIFY(runner);
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    WatchMetrics metrics;
    metrics.addReport(QStringLiteral("ha-flaky"), report, 1.7e9);
    const QByteArray text = metrics.exposition();
    const double expected = value(
        text, QStringLiteral(R"(tunnelscope_message_expected_total{profile="ha-flaky",path="tunnel",message="auth_invalid"})"));
    const double delivered = value(
        text, QStringLiteral(R"(tunnelscope_message_delivered_total{profile="ha-flaky",path="tunnel",message="auth_invalid"})"));
    const double direct = value(
        text, QStringLiteral(R"(tunnelscope_message_delivered_total{profile="ha-flaky",path="direct",message="auth_invalid"})"));
    QCOMPARE(expected, 12.0);
    QCOMPARE(direct, 12.0);
    QVERIFY2(delivered > 0 && delivered < expected, qPrintable(QString::number(delivered)));
    double runs = 0;
    for (const char *v : {"clean", "degraded", "broken"})
        runs += value(text, QStringLiteral(R"(tunnelscope_runs_total{profile="ha-flaky",verdict="%1"})").arg(QLatin1String(v)));
    QCOMPARE(runs, 12.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_runs_total{profile="ha-flaky",verdict="clean"})")), delivered);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_last_run_timestamp_seconds{profile="ha-flaky"})")), 1.7e9);
    // Every connection was opened and timed: one handshake per run on each path, and a ping each.
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_handshake_duration_seconds_count{profile="ha-flaky",path="tunnel"})")),
             12.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_ping_rtt_seconds_count{profile="ha-flaky",path="direct"})")), 12.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_path_up{profile="ha-flaky",path="direct"})")), 1.0);
}

void tst_WatchMetrics::interruptedRunsAreNotCounted()
{
    auto runner = playProfile(R"({"name":"e","runs":2,"lab":{"endpoint":"echo"},
        "steps":[{"send":{"text":"x"},"expect":{"text":"x"},"timeout_ms":2000},{"close":1000,"await_close_ms":1000}]})");
    QVERIFY(runner);
    runner->runs().back()->interrupted = true;
    const ComparisonReport report(runner->profile(), runner->runs(), runner->startedEpochMs(), runner->secrets());
    WatchMetrics metrics;
    metrics.addReport(QStringLiteral("e"), report, 1);
    const QByteArray text = metrics.exposition();
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_runs_total{profile="e",verdict="clean"})")), 1.0);
    QCOMPARE(value(text, QStringLiteral(R"(tunnelscope_closes_total{profile="e",path="tunnel",code="1000"})")), 1.0);
}

void tst_WatchMetrics::closeCodesStayBounded()
{
    QCOMPARE(WatchTally::closeCodeLabel(1000), QStringLiteral("1000"));
    QCOMPARE(WatchTally::closeCodeLabel(1006), QStringLiteral("1006"));
    QCOMPARE(WatchTally::closeCodeLabel(4999), QStringLiteral("4999"));
    QCOMPARE(WatchTally::closeCodeLabel(0), QStringLiteral("invalid"));
    QCOMPARE(WatchTally::closeCodeLabel(65535), QStringLiteral("invalid"));
}

QByteArray tst_WatchMetrics::httpExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return QByteArray();
    socket.write(request);
    QByteArray answer;
    // The server closes after its one answer; the event loop of this thread runs it.
    QElapsedTimer t;
    t.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < 5000) {
        QTest::qWait(5);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

void tst_WatchMetrics::serverAnswersTheScrape()
{
    WatchMetrics metrics;
    metrics.addProfile(QStringLiteral("p"), {});
    MetricsServer server([&metrics](PrometheusExposition::Format format) { return metrics.exposition(format); });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QByteArray answer = httpExchange(server.port(), "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.left(200).constData());
    QVERIFY(answer.contains("\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
    const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    QCOMPARE(body, metrics.exposition());
    QVERIFY(answer.contains("\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"));
    QCOMPARE(server.scrapes(), quint64(1));
    // A head answers the same headers without the body.
    const QByteArray head = httpExchange(server.port(), "HEAD /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(head.endsWith("\r\n\r\n"));

    // What Prometheus asks for first: OpenMetrics, ended by # EOF, a counter's family named
    // without _total while its samples keep it.
    const QByteArray open = httpExchange(
        server.port(),
        "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/openmetrics-text;version=1.0.0,application/"
        "openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1\r\n\r\n");
    QVERIFY(open.contains("\r\nContent-Type: application/openmetrics-text; version=1.0.0; charset=utf-8\r\n"));
    const QByteArray openBody = open.mid(open.indexOf("\r\n\r\n") + 4);
    QVERIFY(openBody.endsWith("\n# EOF\n"));
    QVERIFY(openBody.contains("# TYPE tunnelscope_runs counter\n"));
    QVERIFY(openBody.contains("\ntunnelscope_runs_total{profile=\"p\",verdict=\"clean\"} 0\n"));
    QVERIFY(openBody.contains("# TYPE tunnelscope_handshake_duration_seconds histogram\n"));
    // Text asked for above OpenMetrics, or nothing said: the text format.
    for (const QByteArray &accept : {QByteArray("text/plain;version=0.0.4,application/openmetrics-text;q=0.5"), QByteArray()}) {
        QCOMPARE(PrometheusExposition::negotiate(accept), PrometheusExposition::Format::Text);
    }
    QCOMPARE(PrometheusExposition::negotiate("application/openmetrics-text"), PrometheusExposition::Format::OpenMetrics);
}

void tst_WatchMetrics::serverRefusesWhatIsNotAScrape_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("other path") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray("404");
    QTest::newRow("post") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << QByteArray("405");
    QTest::newRow("not http") << QByteArray("hello there\r\n\r\n") << QByteArray("400");
    QTest::newRow("empty head") << QByteArray("\r\n\r\n") << QByteArray("400");
    QTest::newRow("head too long") << QByteArray("GET /metrics HTTP/1.1\r\nX: ") + QByteArray(9000, 'a') << QByteArray("431");
}

void tst_WatchMetrics::serverRefusesWhatIsNotAScrape()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    MetricsServer server([](PrometheusExposition::Format) { return QByteArray("x 1\n"); });
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QByteArray answer = httpExchange(server.port(), request);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + status + ' '), answer.left(200).constData());
    QCOMPARE(server.scrapes(), quint64(0));
}

QTEST_GUILESS_MAIN(tst_WatchMetrics)
#include "tst_watchmetrics.moc"
