#include "messageassembler.h"

#include <QTest>

using namespace tunnelscope;

class tst_MessageAssembler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleFrame();
    void fragmentsWithControlBetween();
    void continuationWithoutStart();
    void newMessageInsideFragmented();
    void tooLarge();
};

static WireFrame frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    WireFrame f;
    f.opcode = opcode;
    f.payload = payload;
    f.fin = fin;
    return f;
}

void tst_MessageAssembler::singleFrame()
{
    MessageAssembler a;
    WireMessage m;
    QCOMPARE(a.push(frame(Opcode::Text, "hi"), &m), MessageAssembler::Result::Message);
    QCOMPARE(m.payload, QByteArray("hi"));
    QCOMPARE(m.fragments, 1u);
}

void tst_MessageAssembler::fragmentsWithControlBetween()
{
    MessageAssembler a;
    WireMessage m;
    QCOMPARE(a.push(frame(Opcode::Binary, "ab", false), &m), MessageAssembler::Result::Pending);
    QVERIFY(a.inMessage());
    // §5.4: control frames may be injected in the middle of a fragmented message.
    QCOMPARE(a.push(frame(Opcode::Ping, "p"), &m), MessageAssembler::Result::Message);
    QCOMPARE(int(m.opcode), int(Opcode::Ping));
    QCOMPARE(a.push(frame(Opcode::Continuation, "cd", false), &m), MessageAssembler::Result::Pending);
    QCOMPARE(a.push(frame(Opcode::Continuation, "ef"), &m), MessageAssembler::Result::Message);
    QCOMPARE(int(m.opcode), int(Opcode::Binary));
    QCOMPARE(m.payload, QByteArray("abcdef"));
    QCOMPARE(m.fragments, 3u);
    QVERIFY(!a.inMessage());
}

void tst_MessageAssembler::continuationWithoutStart()
{
    MessageAssembler a;
    WireMessage m;
    QCOMPARE(a.push(frame(Opcode::Continuation, "x"), &m), MessageAssembler::Result::Error);
    QVERIFY(a.errorString().contains(QLatin1String("continuation")));
}

void tst_MessageAssembler::newMessageInsideFragmented()
{
    MessageAssembler a;
    WireMessage m;
    QCOMPARE(a.push(frame(Opcode::Text, "a", false), &m), MessageAssembler::Result::Pending);
    QCOMPARE(a.push(frame(Opcode::Text, "b"), &m), MessageAssembler::Result::Error);
    QVERIFY(a.errorString().contains(QLatin1String("inside a fragmented message")));
}

void tst_MessageAssembler::tooLarge()
{
    MessageAssembler a(10);
    WireMessage m;
    QCOMPARE(a.push(frame(Opcode::Text, "123456", false), &m), MessageAssembler::Result::Pending);
    QCOMPARE(a.push(frame(Opcode::Continuation, "789012"), &m), MessageAssembler::Result::Error);
    QVERIFY(a.errorString().contains(QLatin1String("limit of 10 bytes")));
}

QTEST_GUILESS_MAIN(tst_MessageAssembler)
#include "tst_messageassembler.moc"
