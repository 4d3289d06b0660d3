#include "capturejournal.h"
#include "comparisonreport.h"
#include "profileloader.h"
#include "scenariorunner.h"
#include "secretredactor.h"
#include "utf8.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tunnelscope;

// A journal read back holds what the live session recorded, so that the report rebuilt from
// it (`tunnelscope report JOURNAL`) says what the live report said: frames, connections,
// reconnects, steps, pings, and ComfyUI's HTTP exchanges and prompts.
class tst_CaptureJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rebuildsTheSession_data();
    void rebuildsTheSession();
    void damagedRecordsAreLeftOut();

private:
    static QStringList findings(const Profile &profile, const std::vector<std::unique_ptr<RunRecord>> &runs);
    QTemporaryDir m_dir;
};

void tst_CaptureJournal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("TUNNELSCOPE_JOURNAL_DIR", m_dir.path().toLocal8Bit());
}

QStringList tst_CaptureJournal::findings(const Profile &profile, const std::vector<std::unique_ptr<RunRecord>> &runs)
{
    const ComparisonReport report(profile, runs, 0, {});
    QStringList out;
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (const Finding &f : report.findings(qsizetype(i)))
            out << f.kind + QStringLiteral(": ") + f.summary.english();
    return out;
}

void tst_CaptureJournal::rebuildsTheSession_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("comfyui-lost-executed") << QStringLiteral("builtin:comfyui-lost-executed");
    QTest::newRow("comfyui-reconnect-storm") << QStringLiteral("builtin:comfyui-reconnect-storm");
    QTest::newRow("chat-abrupt-close") << QStringLiteral("builtin:chat-abrupt-close");
    QTest::newRow("ha-clean") << QStringLiteral("builtin:ha-clean");
    // A record per tunnel, the direct path written once; compressed sizes kept.
    QTest::newRow("ha-three-tunnels") << QStringLiteral("builtin:ha-three-tunnels");
    QTest::newRow("deflate-clean") << QStringLiteral("builtin:deflate-clean");
}

void tst_CaptureJournal::rebuildsTheSession()
{
    QFETCH(QString, profile);
    const auto loaded = ProfileLoader::load(profile);
    QVERIFY(loaded.ok());
    ScenarioRunner runner(*loaded.profile);
    QVERIFY(runner.prepare({}).isEmpty());
    CaptureJournal journal;
    journal.setKeepWhenFinished(true);
    QString error;
    QVERIFY2(journal.follow(&runner, &error), qPrintable(error));
    QSignalSpy finished(&runner, &ScenarioRunner::finished);
    runner.start();
    QVERIFY(finished.wait(60000));

    CaptureJournal::Recovered kept;
    QVERIFY2(CaptureJournal::read(journal.path(), &kept, &error), qPrintable(error));
    QVERIFY(kept.complete);
    QVERIFY(kept.notes.isEmpty());
    QCOMPARE(kept.runs.size(), runner.runs().size());
    const SecretRedactor redactor = SecretRedactor::forSession(runner.profile().asPlayed(), runner.secrets());
    int pings = 0, exchanges = 0, prompts = 0;
    for (std::size_t r = 0; r < kept.runs.size(); ++r) {
        QCOMPARE(kept.runs[r]->index, runner.runs()[r]->index);
        QCOMPARE(kept.runs[r]->tunnelName, runner.runs()[r]->tunnelName);
        for (const bool tunnel : {false, true}) {
            const PathRecord &live = runner.runs()[r]->path(tunnel);
            const PathRecord &back = kept.runs[r]->path(tunnel);
            QCOMPARE(back.frames.count(), live.frames.count());
            for (qsizetype i = 0; i < live.frames.count(); ++i) {
                QCOMPARE(back.frames.at(i).tUs, live.frames.at(i).tUs);
                QCOMPARE(back.frames.at(i).compressedSize, live.frames.at(i).compressedSize);
                // Journalled as every output is: text with its secrets redacted (the lab token
                // here), any other bytes with each secret byte masked in place.
                const Frame f = live.frames.at(i);
                const bool text = (f.type == FrameType::Text || f.type == FrameType::Error) && isValidUtf8(f.payload);
                const QByteArray expected = text ? redactor.redact(f.payload.toByteArray()) : redactor.mask(f.payload).bytes;
                if (!text)
                    QCOMPARE(back.frames.at(i).payload.size(), f.payload.size());
                QCOMPARE(back.frames.at(i).payload, QByteArrayView(expected));
            }
            QCOMPARE(back.connections.size(), live.connections.size());
            QCOMPARE(back.reconnectsUs, live.reconnectsUs);
            QCOMPARE(back.steps.size(), live.steps.size());
            QCOMPARE(back.pings.size(), live.pings.size());
            for (qsizetype i = 0; i < live.pings.size(); ++i)
                QCOMPARE(back.pings[i].rttUs, live.pings[i].rttUs);
            QCOMPARE(back.http.size(), live.http.size());
            for (qsizetype i = 0; i < live.http.size(); ++i) {
                QCOMPARE(back.http[i].target, live.http[i].target);
                QCOMPARE(back.http[i].status, live.http[i].status);
                QCOMPARE(back.http[i].endUs, live.http[i].endUs);
                QCOMPARE(back.http[i].body, live.http[i].body);
            }
            QCOMPARE(back.prompts.size(), live.prompts.size());
            for (qsizetype i = 0; i < live.prompts.size(); ++i) {
                QCOMPARE(back.prompts[i].id, live.prompts[i].id);
                QCOMPARE(back.prompts[i].outcome, live.prompts[i].outcome);
                QCOMPARE(back.prompts[i].history, live.prompts[i].history);
                QCOMPARE(back.prompts[i].lastEvent, live.prompts[i].lastEvent);
            }
            pings += int(live.pings.size());
            exchanges += int(live.http.size());
            prompts += int(live.prompts.size());
        }
    }
    if (profile.contains(QLatin1String("comfyui"))) {
        QVERIFY(exchanges > 0);
        QVERIFY(prompts > 0);
    }
    if (profile.endsWith(QLatin1String("ha-clean")))
        QVERIFY(pings > 0);
    if (profile.endsWith(QLatin1String("ha-three-tunnels"))) {
        QCOMPARE(kept.runs.size(), std::size_t(3 * 3));
        // Once per run in the journal, not once per tunnel.
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll(); // compact JSON, keys sorted: "p" right after "k"
        QCOMPARE(text.count(R"("k":"path_end","p":"d")"), 3);
        QCOMPARE(text.count(R"("k":"path_end","p":"t2")"), 3);
    }
    // The report from the journal is the live report.
    QCOMPARE(findings(*kept.profile, kept.runs), findings(runner.profile(), runner.runs()));
}

void tst_CaptureJournal::damagedRecordsAreLeftOut()
{
    // An exchange record that names an index past the end (a damaged file) is a note, not a crash.
    const QString path = m_dir.filePath(QStringLiteral("damaged.tsjournal"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"tunnelscope-journal/1","origin":"x.json","profile":{"name":"x","steps":[{"wait_ms":1}]}})"
               "\n"
               R"({"k":"started","epoch_ms":1})"
               "\n"
               R"({"k":"run","r":0,"epoch_ms":1})"
               "\n"
               R"({"k":"h","r":0,"p":"d","i":5,"v":{"m":"GET","target":"/history"}})"
               "\n"
               R"({"k":"h","r":0,"p":"d","i":0,"v":{"m":"POST","target":"/prompt","status":200}})"
               "\n"
               R"({"k":"pr","r":0,"p":"t","i":-3,"v":{}})"
               "\n"
               R"({"k":"end"})"
               "\n");
    file.close();
    CaptureJournal::Recovered kept;
    QString error;
    QVERIFY2(CaptureJournal::read(path, &kept, &error), qPrintable(error));
    QCOMPARE(kept.runs.size(), std::size_t(1));
    QCOMPARE(kept.runs[0]->direct.http.size(), 1);
    QCOMPARE(kept.runs[0]->direct.http[0].status, 200);
    QCOMPARE(kept.notes.size(), 2);
    QVERIFY(kept.notes.first().contains(QLatin1String("line 4")));
}

QTEST_GUILESS_MAIN(tst_CaptureJournal)
#include "tst_capturejournal.moc"
