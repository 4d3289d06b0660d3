#include "framedetail.h"
#include "framestore.h"
#include "secretredactor.h"

#include <QTest>

using namespace tunnelscope;

class tst_FrameDetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_data();
    void describe();
};

void tst_FrameDetail::describe_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("contains");
    const int text = int(FrameType::Text);
    QTest::newRow("Socket.IO event") << text << QByteArray(R"(42/chat,3["message",{"from":"ann"}])")
                                     << QStringList{QStringLiteral("Socket.IO event \"message\" in namespace /chat, ack id 3"),
                                                    QStringLiteral("\"from\": \"ann\"")};
    QTest::newRow("Engine.IO open") << text << QByteArray(R"(0{"sid":"x","pingInterval":25000})")
                                    << QStringList{QStringLiteral("Engine.IO open"), QStringLiteral("\"pingInterval\": 25000")};
    QTest::newRow("Engine.IO ping") << text << QByteArray("2") << QStringList{QStringLiteral("Engine.IO ping")};
    QTest::newRow("HA message") << text << QByteArray(R"({"id":5,"type":"result","success":true})")
                                << QStringList{QStringLiteral("Message type \"result\", id 5"),
                                               QStringLiteral("\"success\": true")};
    QTest::newRow("HA coalesced") << text << QByteArray(R"([{"type":"event"},{"type":"event"}])")
                                  << QStringList{QStringLiteral("2 messages in one frame (coalesced)")};
    QTest::newRow("BOM") << text << QByteArray("\xEF\xBB\xBF{\"a\":1}") << QStringList{QStringLiteral("byte order mark")};
    QTest::newRow("a plain number is not a packet") << text << QByteArray("12345") << QStringList{QStringLiteral("12345")};
    QTest::newRow("binary as hex") << int(FrameType::Binary)
                                   << QByteArray("\x00\x01"
                                                 "ABC",
                                                 5)
                                   << QStringList{QStringLiteral("00 01 41 42 43"), QStringLiteral("..ABC")};
    QTest::newRow("close") << int(FrameType::Close) << QByteArray("\x03\xe9gone", 6)
                           << QStringList{QStringLiteral("Close code 1001 (going away)"), QStringLiteral("Reason: gone")};
    QTest::newRow("close without status") << int(FrameType::Close) << QByteArray() << QStringList{QStringLiteral("1005")};
    QTest::newRow("secret redacted") << text << QByteArray(R"({"type":"auth","access_token":"abc"})")
                                     << QStringList{QStringLiteral("«redacted:access_token»")};
    // Shown as bytes, a secret is masked in place and the pane says so; the ASCII column and
    // the hex digits alike hold '*' (2a) where it stood.
    QTest::newRow("secret in a binary frame") << int(FrameType::Binary) << QByteArray("\x01token hunter2-xyz!", 19)
                                              << QStringList{QStringLiteral("11 bytes that carry secrets are shown as '*' (2a)"),
                                                             QStringLiteral("2a 2a 2a"), QStringLiteral(".token *********")};
    QTest::newRow("secret in text that is not UTF-8")
        << text << QByteArray("\xffhunter2-xyz")
        << QStringList{QStringLiteral("11 bytes that carry secrets"), QStringLiteral(".***********")};
}

void tst_FrameDetail::describe()
{
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, contains);
    FrameStore store;
    store.append(1500, FrameType(type), Direction::In, payload);
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("T"), QStringLiteral("hunter2-xyz"));
    const QString text = FrameDetail::describe(store.at(0), redactor);
    for (const QString &c : contains)
        QVERIFY2(text.contains(c), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("\"abc\"")));
    QVERIFY2(!text.contains(QLatin1String("hunter")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("68 75 6e")), qPrintable(text)); // "hun" in hex
}

QTEST_GUILESS_MAIN(tst_FrameDetail)
#include "tst_framedetail.moc"
