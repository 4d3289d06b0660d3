#include "hostileendpoint.h"

#include "../support/profileplayer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tunnelscope;

// Every hostile behaviour of the lab, played as a profile through the whole tool: the run
// ends on its own within its time, the report names what the server did, nothing crashes
// (the sanitize build runs this too).
class tst_Hostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBehaviourIsCovered();
    void behaviour_data();
    void behaviour();
};

static const QMap<QString, QString> &expected()
{
    // What the report must say, as the finding kind and words from its summary.
    static const QMap<QString, QString> table{
        {QStringLiteral("invalid_opcode"),
         QStringLiteral(
             "protocol_violation: the server broke the protocol (on both paths): protocol violation: reserved opcode 0x3")},
        {QStringLiteral("reserved_bits"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: reserved bits "
                        "set (RSV 0x4) without a negotiated extension")},
        {QStringLiteral("masked_frame"),
         QStringLiteral(
             "protocol_violation: direct path only: protocol violation: masked frame from the server (servers must not mask)")},
        {QStringLiteral("long_control"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: control frame "
                        "with a 126-byte length (at most 125 allowed)")},
        {QStringLiteral("fragmented_control"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: fragmented "
                        "control frame (opcode 0x9)")},
        {QStringLiteral("invalid_utf8"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: text message 2 "
                        "is not valid UTF-8")},
        {QStringLiteral("huge_length"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: frame payload of "
                        "9223372036854775792 bytes exceeds the limit of 1048576 bytes")},
        {QStringLiteral("stall_mid_frame"),
         QStringLiteral("protocol_violation: direct path only: protocol violation: the connection ended in the middle of a frame "
                        "from the server (14 bytes of it came, the rest never did)")},
        {QStringLiteral("reserved_close_code"),
         QStringLiteral("protocol_violation: the server's close frame breaks RFC 6455 (on both paths): close code 1015 (TLS "
                        "handshake failure) must not be sent on the wire")},
        {QStringLiteral("invalid_close_reason"),
         QStringLiteral(
             "protocol_violation: the server's close frame breaks RFC 6455 (on both paths): close reason is not valid UTF-8")},
        {QStringLiteral("no_header_end"),
         QStringLiteral("handshake_failed: direct upgrade failed: timeout after 1500 ms waiting for the end of the upgrade "
                        "answer (54 bytes came)")},
        {QStringLiteral("huge_headers"),
         QStringLiteral("handshake_failed: direct upgrade failed: HTTP answer headers exceed 65536 bytes without ending")},
        {QStringLiteral("slow_loris"),
         QStringLiteral(
             "handshake_failed: direct upgrade failed: timeout after 1500 ms waiting for the end of the upgrade answer (")},
        {QStringLiteral("endless_continuation"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: message larger "
                        "than the limit of 1048576 bytes")},
        {QStringLiteral("never_reads"),
         QStringLiteral("protocol_violation: the server broke the protocol (on both paths): protocol violation: the server "
                        "stopped reading: ")},
    };
    return table;
}

void tst_Hostile::everyBehaviourIsCovered()
{
    QStringList names = expected().keys();
    QStringList behaviours = HostileEndpoint::behaviours();
    names.sort();
    behaviours.sort();
    QCOMPARE(names, behaviours);
}

void tst_Hostile::behaviour_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : HostileEndpoint::behaviours())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Hostile::behaviour()
{
    QFETCH(QString, name);
    QByteArray steps = R"([{"expect":{"type":"hello"},"timeout_ms":2000},{"wait_ms":300},{"close":1000,"await_close_ms":1000}])";
    if (name == QLatin1String("never_reads")) {
        // 64 MiB offered to a server that takes none of it: more than the client's send queue
        // and every buffer on the way (kernel, tunnel) hold.
        const QByteArray chunk(64 * 1024, 'x');
        steps = R"([{"expect":{"type":"hello"},"timeout_ms":2000},{"send":{"text":")" + chunk
            + R"("},"repeat":1024},{"wait_ms":300}])";
    }
    const QByteArray json = R"({"name":"hostile","lab":{"endpoint":"hostile","behaviour":")" + name.toUtf8()
        + R"("},"handshake_timeout_ms":1500,"max_message_bytes":1048576,"steps":)" + steps + "}";
    QElapsedTimer clock;
    clock.start();
    const auto runner = playProfile(json, 20000);
    QVERIFY2(runner, "the run did not end by itself within 20 s");
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    const QString want = expected().value(name);
    const QString kind = want.section(QStringLiteral(": "), 0, 0);
    const QString words = want.section(QStringLiteral(": "), 1);
    const QStringList said = findingSummaries(*runner, kind);
    bool found = false;
    for (const QString &s : said)
        found = found || s.startsWith(words);
    QVERIFY2(found, qPrintable(QStringLiteral("want %1\ngot %2: ").arg(want, kind) + said.join(QStringLiteral("\n"))));
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
