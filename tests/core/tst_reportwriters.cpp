#include "axisscale.h"
#include "comparisonreport.h"
#include "csvreportwriter.h"
#include "frameencoder.h"
#include "harreportwriter.h"
#include "htmlreportwriter.h"
#include "jsonreportwriter.h"
#include "jsonstreamwriter.h"
#include "junitreportwriter.h"
#include "profileloader.h"
#include "reportformat.h"
#include "textsummary.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace tunnelscope;

class tst_ReportWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void axisScalesAreRound_data();
    void axisScalesAreRound();
    void initTestCase();
    void csvCells_data();
    void csvCells();
    void jsonStrings_data();
    void jsonStrings();
    void jsonReport();
    void csvReport();
    void junitReport();
    void tlsWarningInEveryFormat();
    void stoppedComparisonIsCancelled();

private:
    std::optional<Profile> m_profile;
    std::vector<std::unique_ptr<RunRecord>> m_runs;
    std::unique_ptr<ComparisonReport> m_report;
};

// A recorded run as the capture layer leaves it: direct got auth_invalid + close 1000,
// the tunnel got a hostile payload and no close frame.
void tst_ReportWriters::initTestCase()
{
    const auto loaded = ProfileLoader::parse(R"({"name":"w <b>","secrets":{"T":{"env":"X"}},"steps":[{"wait_ms":1}]})",
                                             QStringLiteral("w.json"));
    QVERIFY(loaded.ok());
    m_profile = loaded.profile;
    auto run = std::make_unique<RunRecord>();
    run->direct.name = QStringLiteral("direct");
    run->tunnel.name = QStringLiteral("tunnel");
    run->direct.url = QUrl(QStringLiteral("ws://127.0.0.1:1/api?token=tok-s3cret"));
    run->tunnel.url = QUrl(QStringLiteral("ws://127.0.0.1:2/api"));
    ConnectionRecord ok;
    ok.handshake.ok = true;
    ok.handshake.status = 101;
    ok.handshake.startUs = 0;
    ok.handshake.answerUs = 400;
    ok.handshake.headers = {{"Set-Cookie", "sid=tok-s3cret"}};
    ConnectionRecord direct = ok;
    direct.close.frameReceived = true;
    direct.close.code = 1000;
    direct.close.initiatedBy = CloseRecord::Initiator::Server;
    run->direct.connections << direct;
    run->tunnel.connections << ok;
    run->direct.frames.append(400, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    run->direct.frames.append(500, FrameType::Text, Direction::Out, R"({"type":"auth","access_token":"tok-s3cret"})");
    run->direct.frames.append(900, FrameType::Text, Direction::In, R"({"type":"auth_invalid"})");
    run->direct.frames.append(901, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
    run->tunnel.frames.append(450, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
    run->tunnel.frames.append(600, FrameType::Text, Direction::In, "=HYPERLINK(\"x\")<script>alert(1)</script>\x01");
    run->tunnel.frames.append(700, FrameType::Binary, Direction::In, QByteArray("\x00\xff", 2));
    m_runs.push_back(std::move(run));
    m_report = std::make_unique<ComparisonReport>(*m_profile, m_runs, 1700000000000,
                                                  QMap<QString, QString>{{QStringLiteral("T"), QStringLiteral("tok-s3cret")}});
}

void tst_ReportWriters::csvCells_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("comma quoted") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula and comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
}

void tst_ReportWriters::csvCells()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CsvReportWriter::cell(in), out);
}

void tst_ReportWriters::jsonStrings_data()
{
    QTest::addColumn<QString>("s");
    QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("controls") << QString::fromUtf8("\x01\x1f\t\n\r\x7f");
    QTest::newRow("line separators") << QString(QChar(0x2028)) + QChar(0x2029);
    QTest::newRow("non-BMP") << QString::fromUtf8("emoji \xF0\x9F\x98\x80 é");
    QTest::newRow("replacement") << QString::fromUtf8("\xEF\xBF\xBD");
}

void tst_ReportWriters::jsonStrings()
{
    QFETCH(QString, s);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter w(&buffer);
    w.beginArray();
    w.value(s);
    w.value(1.5, 3);
    w.endArray();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), s);
    QCOMPARE(doc.array().at(1).toDouble(), 1.5);
}

void tst_ReportWriters::jsonReport()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonReportWriter::write(*m_report, &buffer);
    QVERIFY(!buffer.data().contains("tok-s3cret"));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(buffer.data(), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("tunnelscope-report/1"));
    const QJsonObject run = o.value(QStringLiteral("runs")).toArray().at(0).toObject();
    const QJsonArray tunnelFrames = run.value(QStringLiteral("tunnel")).toObject().value(QStringLiteral("frames")).toArray();
    QCOMPARE(tunnelFrames.size(), 3);
    QCOMPARE(tunnelFrames.at(1).toObject().value(QStringLiteral("t_ms")).toDouble(), 0.6);
    QCOMPARE(tunnelFrames.at(2).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("AP8="));
    // Direct got auth_invalid and 1000; the tunnel got two other messages and no close frame.
    const QJsonArray findings = run.value(QStringLiteral("findings")).toArray();
    QStringList kinds;
    for (const QJsonValue &f : findings)
        kinds << f.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("message_extra"), QStringLiteral("message_extra"), QStringLiteral("message_missing"),
                          QStringLiteral("close_truncated")}));
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("verdict")).toString(), QStringLiteral("broken"));
    QCOMPARE(summary.value(QStringLiteral("close_codes"))
                 .toObject()
                 .value(QStringLiteral("tunnel"))
                 .toObject()
                 .value(QStringLiteral("1006"))
                 .toInt(),
             1);
}

void tst_ReportWriters::csvReport()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvReportWriter::write(*m_report, &buffer);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.first(), QByteArray("run,path,seq,t_ms,dir,type,size,close_code,data"));
    QVERIFY(!buffer.data().contains("tok-s3cret"));
    QVERIFY(buffer.data().contains("0,direct,3,0.901,in,close,2,1000,"));
    QVERIFY(buffer.data().contains(",\"'=HYPERLINK(\"\"x\"\")"));
}

void tst_ReportWriters::junitReport()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JUnitReportWriter::write(*m_report, &buffer);
    QXmlStreamReader xml(buffer.data());
    int cases = 0, failures = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testcase"))
            ++cases;
        if (xml.isStartElement() && xml.name() == QLatin1String("failure")) {
            ++failures;
            const QString text = xml.readElementText();
            QVERIFY(text.contains(QLatin1String("close_truncated")));
            QVERIFY(text.contains(QLatin1String("[critical] message_missing: tunnel lost auth_invalid")));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, 1);
    QCOMPARE(failures, 1);
}

void tst_ReportWriters::tlsWarningInEveryFormat()
{
    // Both paths asked to ignore TLS errors: the direct one had to, the tunnel's had none.
    const auto loaded = ProfileLoader::parse(R"({"name":"tls","direct":{"ignore_tls_errors":true},
        "tunnel":{"ignore_tls_errors":true},"steps":[{"wait_ms":1}]})",
                                             QStringLiteral("tls.json"));
    QVERIFY(loaded.ok());
    std::vector<std::unique_ptr<RunRecord>> runs;
    auto run = std::make_unique<RunRecord>();
    run->direct.name = QStringLiteral("direct");
    run->tunnel.name = QStringLiteral("tunnel");
    run->direct.url = QUrl(QStringLiteral("wss://127.0.0.1:1/"));
    run->tunnel.url = QUrl(QStringLiteral("wss://127.0.0.1:2/"));
    ConnectionRecord c;
    c.handshake.ok = true;
    c.handshake.status = 101;
    c.handshake.startUs = 0;
    c.handshake.answerUs = 400;
    c.close.frameReceived = true;
    c.close.code = 1000;
    run->tunnel.connections << c;
    c.handshake.tlsWarnings = {QStringLiteral("The certificate is self-signed, and untrusted")};
    run->direct.connections << c;
    for (PathRecord *p : {&run->direct, &run->tunnel}) {
        p->frames.append(400, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
        p->frames.append(500, FrameType::Close, Direction::In, FrameEncoder::closePayload(1000), 1, 1000);
    }
    runs.push_back(std::move(run));
    const ComparisonReport report(*loaded.profile, runs, 1700000000000, {});
    QCOMPARE(report.tlsWarnings().size(), 2);
    const QString ignored = QStringLiteral("direct path: TLS certificate errors were ignored (ignore_tls_errors), so the "
                                           "server's identity was not verified: The certificate is self-signed, and untrusted");
    QCOMPARE(report.tlsWarnings().at(0).english(), ignored);
    QVERIFY(report.tlsWarnings().at(1).english().startsWith(QLatin1String("tunnel path: TLS verification was off")));

    const auto written = [&report](const char *format) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportFormat::write(QLatin1String(format), report, &buffer);
        return QString::fromUtf8(buffer.data());
    };
    const QString json = written("json");
    const QJsonArray warnings = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings.at(0).toString(), ignored);
    QVERIFY(written("html").contains(QStringLiteral("Warning: ") + HtmlReportWriter::escape(ignored)));
    QVERIFY(written("junit").contains(QStringLiteral("<system-err>warning: ") + ignored));
    QVERIFY(written("har").contains(QStringLiteral("warning: ") + ignored));
    const QString csv = written("csv");
    QVERIFY2(csv.contains(
                 QStringLiteral("0,direct,0,0.400,in,open,32,,\"HTTP/1.1 101 Switching Protocols [warning: TLS errors ignored: "
                                "The certificate is self-signed, and untrusted]\"")),
             qPrintable(csv));
    QVERIFY(
        csv.contains(QStringLiteral("0,tunnel,0,0.400,in,open,32,,HTTP/1.1 101 Switching Protocols [warning: TLS not verified")));
    QVERIFY(TextSummary::render(report).contains(QStringLiteral("warning: ") + ignored));
    QVERIFY(TextSummary::verdictLine(report).contains(QLatin1String("TLS verification was off")));

    // A report whose paths verify TLS carries none of this.
    QVERIFY(m_report->tlsWarnings().isEmpty());
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    JsonReportWriter::write(*m_report, &plain);
    QVERIFY(!QJsonDocument::fromJson(plain.data()).object().contains(QStringLiteral("warnings")));
}

void tst_ReportWriters::axisScalesAreRound_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("labels");
    QTest::newRow("seconds") << 0.0 << 3.37 << false << QStringLiteral("0 1 2 3 4");
    QTest::newRow("a short run") << 0.0 << 0.18 << false << QStringLiteral("0.00 0.05 0.10 0.15 0.20");
    QTest::newRow("below zero") << -1.2 << 47.3 << false << QStringLiteral("-20 0 20 40 60");
    QTest::newRow("nothing yet") << 0.0 << 0.0 << false << QStringLiteral("0.0 0.2 0.4 0.6 0.8 1.0");
    QTest::newRow("counts") << 0.0 << 2.0 << true << QStringLiteral("0 1 2");
    QTest::newRow("many counts") << 0.0 << 13.0 << true << QStringLiteral("0 5 10 15");
    QTest::newRow("a count of 0") << 0.0 << 1.0 << true << QStringLiteral("0 1");
    QTest::newRow("tiny") << 0.0 << 0.0007 << false << QStringLiteral("0.0000 0.0002 0.0004 0.0006 0.0008");
    QTest::newRow("a minus zero") << -0.3 << 0.9 << false << QStringLiteral("-0.5 0.0 0.5 1.0");
}

void tst_ReportWriters::axisScalesAreRound()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(bool, whole);
    QFETCH(QString, labels);
    const AxisScale scale = AxisScale::fit(lo, hi, 5, whole);
    QStringList shown;
    for (const double v : scale.ticks())
        shown << scale.label(v);
    QCOMPARE(shown.join(QLatin1Char(' ')), labels);
    QVERIFY(scale.min() <= lo && scale.max() >= hi);
}

void tst_ReportWriters::stoppedComparisonIsCancelled()
{
    // The window stops a comparison it no longer needs: the report says it was cut short, so
    // nothing shows or writes it as a verdict.
    const ComparisonReport whole(*m_profile, m_runs, 1700000000000, {});
    QVERIFY(!whole.cancelled());
    QCOMPARE(whole.verdict(), m_report->verdict());
    std::stop_source stop;
    stop.request_stop();
    const ComparisonReport stopped(*m_profile, m_runs, 1700000000000, {}, stop.get_token());
    QVERIFY(stopped.cancelled());
}

QTEST_GUILESS_MAIN(tst_ReportWriters)
#include "tst_reportwriters.moc"
