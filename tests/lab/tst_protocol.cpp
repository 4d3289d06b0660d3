#include "messagediff.h"
#include "profileplayer.h"
#include "protocol.h"
#include "rawprotocol.h"
#include "wireclient.h"

#include <QTest>
#include <QUrlQuery>

using namespace tunnelscope;

namespace {

// A protocol that exists only here, to show that adding one takes one class and one
// registration: its sends are shouted ({"shout": "hi"} sends "HI"), its messages compared
// without regard to case, {"type":"bye"} is critical to it, its clients connect with
// ?via=shout, and its client counts the connections it is given.
class ShoutProtocol : public Protocol
{
public:
    QString name() const override { return QStringLiteral("shout"); }
    QStringList sendForms() const override { return {QStringLiteral("shout")}; }
    std::optional<QByteArray> encodeSend(const QJsonObject &send) const override
    {
        return send.value(QStringLiteral("shout")).toString().toUpper().toUtf8();
    }
    QUrl connectionUrl(const QUrl &given, const QString &pathName) const override
    {
        QUrl url = given;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("via"), QStringLiteral("shout-") + pathName);
        url.setQuery(query);
        return url;
    }
    std::unique_ptr<ProtocolClient> client(const ClientContext &context) const override
    {
        Q_UNUSED(context);
        return std::make_unique<ProtocolClient>([this](WireClient *) { ++attached; });
    }
    QList<QJsonObject> criticalMessages() const override
    {
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("bye")}}};
    }
    bool keyMessage(const ReceivedMessage &message, const MessageKeys &keys, KeyedMessage *out) const override
    {
        if (message.binary || message.jsonLike)
            return false;
        out->keys.push_back(keys.hash(message.body.toByteArray().toLower(), MessageKeys::Kind::Text));
        return true;
    }

    mutable int attached = 0;
};

ShoutProtocol &shout()
{
    static ShoutProtocol protocol;
    static const bool registered = (Protocol::add(&protocol), true);
    Q_UNUSED(registered);
    return protocol;
}

} // namespace

class tst_Protocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registry();
    void comparisonAsksTheProtocol();
    void sessionAsksTheProtocol();
};

void tst_Protocol::registry()
{
    shout();
    QCOMPARE(Protocol::names(),
             QStringList({QStringLiteral("raw"), QStringLiteral("homeassistant"), QStringLiteral("socketio"),
                          QStringLiteral("comfyui"), QStringLiteral("shout")}));
    QCOMPARE(&Protocol::named(QStringLiteral("shout")), &shout());
    QCOMPARE(Protocol::offering(QStringLiteral("emit"))->name(), QStringLiteral("socketio"));
    QCOMPARE(Protocol::offering(QStringLiteral("shout"))->name(), QStringLiteral("shout"));
    QCOMPARE(Protocol::named(QStringLiteral("no such protocol")).name(), QStringLiteral("raw"));
}

void tst_Protocol::comparisonAsksTheProtocol()
{
    shout();
    auto loaded = ProfileLoader::parse(R"({"name":"p","steps":[{"wait_ms":1}]})", QStringLiteral("p.json"));
    QVERIFY(loaded.ok());
    RunRecord run;
    for (PathRecord *p : {&run.direct, &run.tunnel}) {
        ConnectionRecord c;
        c.handshake.ok = true;
        c.handshake.status = 101;
        c.handshake.answerUs = 0;
        c.close.frameReceived = true;
        c.close.code = 1000;
        c.close.endedUs = 100000;
        p->connections << c;
        p->frames.append(0, FrameType::Open, Direction::In, "HTTP/1.1 101 Switching Protocols");
        p->frames.append(10, FrameType::Text, Direction::Out, "HI");
    }
    run.direct.frames.append(1000, FrameType::Text, Direction::In, "hello");
    run.direct.frames.append(2000, FrameType::Text, Direction::In, R"({"type":"bye"})");
    run.tunnel.frames.append(1000, FrameType::Text, Direction::In, "HELLO");

    // As plain frames, "HELLO" is "hello" altered, and a lost "bye" is a warning.
    const MessageDiffResult raw = MessageDiff(*loaded.profile).compare(run);
    QCOMPARE(raw.matched, 0);
    // To the shouting protocol they are the same message, and "bye" is critical.
    Profile profile = *loaded.profile;
    profile.protocol = QStringLiteral("shout");
    const MessageDiffResult shouted = MessageDiff(profile).compare(run);
    QCOMPARE(shouted.matched, 1);
    QCOMPARE(shouted.findings.size(), 1);
    QCOMPARE(shouted.findings.first().kind, QStringLiteral("message_missing"));
    QCOMPARE(shouted.findings.first().severity, Finding::Severity::Critical);
}

void tst_Protocol::sessionAsksTheProtocol()
{
    shout();
    // Loaded as plain frames (the schema knows the shipped protocols only), then switched.
    auto loaded = ProfileLoader::parse(
        R"({"name":"shouting","lab":{"endpoint":"echo"},"steps":[{"send":{"text":"placeholder"},"wait_ms":200},{"close":1000,"await_close_ms":2000}]})",
        QStringLiteral("shout.json"));
    QVERIFY(loaded.ok());
    loaded.profile->protocol = QStringLiteral("shout");
    loaded.profile->steps.first().send = QJsonValue(QJsonObject{{QStringLiteral("shout"), QStringLiteral("hi")}});
    const int before = shout().attached;
    const auto runner = playLoaded(loaded, 20000);
    QVERIFY2(runner, "the session did not end within 20 s");
    QCOMPARE(shout().attached - before, 2); // one connection per path
    const RunRecord &run = *runner->runs().front();
    for (const PathRecord *p : {&run.direct, &run.tunnel}) {
        QCOMPARE(QUrlQuery(p->connections.first().url).queryItemValue(QStringLiteral("via")), QStringLiteral("shout-") + p->name);
        QStringList sent, echoed;
        for (qsizetype i = 0; i < p->frames.count(); ++i) {
            const Frame f = p->frames.at(i);
            if (f.type == FrameType::Text)
                (f.dir == Direction::Out ? sent : echoed) << QString::fromUtf8(f.payload.toByteArray());
        }
        QCOMPARE(sent, QStringList({QStringLiteral("HI")}));
        QCOMPARE(echoed, QStringList({QStringLiteral("HI")}));
    }
    QVERIFY(findingSummaries(*runner, QStringLiteral("message_missing")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Protocol)
#include "tst_protocol.moc"
