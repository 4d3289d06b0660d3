#include "findinggroups.h"
#include "identitycontrast.h"

#include <QJsonObject>
#include <QTest>

using namespace tunnelscope;

class tst_FindingGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsByCauseAcrossRuns();
    void ranksCriticalFirstThenByRuns();
    void interruptedRunsAreNotCounted();
    void deliveryPerMessage();
    void identitiesSplitGroupsDeliveryAndContrast();
    void identitiesTreatedAlikeHaveNoContrast();
};

namespace {
Finding finding(const char *kind, Finding::Severity severity, const QString &summary, const QString &message = QString())
{
    Finding f;
    f.kind = QLatin1String(kind);
    f.severity = severity;
    f.path = QStringLiteral("tunnel");
    f.summary = Sentence::verbatim(summary);
    if (!message.isEmpty())
        f.detail.insert(QStringLiteral("message"), message);
    return f;
}
constexpr auto W = Finding::Severity::Warning;
constexpr auto C = Finding::Severity::Critical;
} // namespace

void tst_FindingGroups::groupsByCauseAcrossRuns()
{
    // The same cause with other times is one group; another cause or message is another.
    const QList<QList<Finding>> runs{
        {finding("message_missing", W, QStringLiteral("tunnel lost progress: the tunnel path was down (ended at 153 ms)"),
                 QStringLiteral("progress")),
         finding("message_missing", W, QStringLiteral("tunnel lost progress: the tunnel path was down (ended at 394.5 ms)"),
                 QStringLiteral("progress"))},
        {finding("message_missing", W, QStringLiteral("tunnel lost progress: the tunnel path was down (ended at 160 ms)"),
                 QStringLiteral("progress")),
         finding("message_missing", W,
                 QStringLiteral("tunnel lost progress: the tunnel dropped it while the connection stayed up"),
                 QStringLiteral("progress"))},
        {}};
    const QList<FindingGroup> groups = FindingGroups::group(runs, {true, true, true});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].count, 3);
    QCOMPARE(groups[0].runsAffected, 2);
    QCOMPARE(groups[0].runsTotal, 3);
    QVERIFY(!groups[0].consistent());
    QCOMPARE(groups[0].message, QStringLiteral("progress"));
    QCOMPARE(groups[0].summary.english(), runs[0][0].summary.english()); // the first occurrence speaks for the group
    QCOMPARE(groups[0].frequency().english(), QStringLiteral("2/3 run(s), 3 times"));
    QCOMPARE((groups[0].members), (QList<QPair<qsizetype, qsizetype>>{{0, 0}, {0, 1}, {1, 0}}));
    QCOMPARE(groups[1].count, 1);
    // Two prompts' ids are no other cause either.
    const QList<FindingGroup> prompts = FindingGroups::group(
        {{finding("message_missing", C, QStringLiteral("tunnel lost execution_success: GET /history/d7cf3840…: success"))},
         {finding("message_missing", C, QStringLiteral("tunnel lost execution_success: GET /history/e96dedcc…: success"))}},
        {true, true});
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts[0].runsAffected, 2);
}

void tst_FindingGroups::ranksCriticalFirstThenByRuns()
{
    const Finding often = finding("reconnect_mismatch", W, QStringLiteral("tunnel path reconnected 6 time(s)"));
    const Finding critical = finding("close_truncated", C, QStringLiteral("tunnel ended with 1006"));
    const Finding once = finding("message_extra", W, QStringLiteral("tunnel got an extra message"));
    const QList<FindingGroup> groups = FindingGroups::group({{once, often}, {often}, {often, critical}}, {true, true, true});
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[0].kind, QStringLiteral("close_truncated"));    // critical, though in 1 run only
    QCOMPARE(groups[1].kind, QStringLiteral("reconnect_mismatch")); // every run
    QVERIFY(groups[1].consistent());
    QCOMPARE(groups[1].frequency().english(), QStringLiteral("every run (3/3)"));
    QCOMPARE(groups[2].kind, QStringLiteral("message_extra"));
}

void tst_FindingGroups::interruptedRunsAreNotCounted()
{
    const Finding cut = finding("close_truncated", C, QStringLiteral("tunnel ended with 1006"));
    const QList<FindingGroup> groups = FindingGroups::group({{cut}, {cut}}, {true, false});
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].runsTotal, 1);
    QCOMPARE(groups[0].count, 1);
    QVERIFY(groups[0].consistent());
}

void tst_FindingGroups::deliveryPerMessage()
{
    const QSet<QString> both{QStringLiteral("auth_invalid")};
    const QSet<QString> none;
    const QList<Delivery> d
        = FindingGroups::delivery({{both, both}, {both, none}, {both, none}, {none, both}}, {true, true, true, true});
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].message, QStringLiteral("auth_invalid"));
    QCOMPARE(d[0].runs, 3); // runs in which the direct path received it
    QCOMPARE(d[0].paths.value(QStringLiteral("direct")), 3);
    QCOMPARE(d[0].paths.value(QStringLiteral("tunnel")), 1);
}

void tst_FindingGroups::identitiesSplitGroupsDeliveryAndContrast()
{
    // Runs alternate browser, ios-app; the tunnel loses auth_invalid as ios-app every time, and
    // injects a ping as browser once.
    const QStringList as{QStringLiteral("browser"), QStringLiteral("ios-app"), QStringLiteral("browser"),
                         QStringLiteral("ios-app"), QStringLiteral("browser"), QStringLiteral("ios-app")};
    const QSet<QString> got{QStringLiteral("auth_invalid")};
    const QSet<QString> none;
    const Finding lost
        = finding("message_missing", C, QStringLiteral("tunnel lost auth_invalid"), QStringLiteral("auth_invalid"));
    const Finding ping = finding("ping_injected", W, QStringLiteral("the tunnel sent a ping the server did not"));
    const QList<bool> judged{true, true, true, true, true, true};
    const QList<QList<Finding>> findings{{ping}, {lost}, {}, {lost}, {}, {lost}};
    const QList<FindingGroup> groups = FindingGroups::group(findings, judged, as);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].identity, QStringLiteral("ios-app"));
    QCOMPARE(groups[0].runsAffected, 3);
    QCOMPARE(groups[0].runsTotal, 3); // over its identity's runs, not all six
    QVERIFY(groups[0].consistent());
    QCOMPARE(groups[1].identity, QStringLiteral("browser"));
    QCOMPARE(groups[1].runsTotal, 3);
    const QList<Delivery> delivery
        = FindingGroups::delivery({{got, got}, {got, none}, {got, got}, {got, none}, {got, got}, {got, none}}, judged, as);
    QCOMPARE(delivery.size(), 2);
    for (const Delivery &d : delivery) {
        QCOMPARE(d.runs, 3);
        QCOMPARE(d.paths.value(QStringLiteral("tunnel")), d.identity == QLatin1String("browser") ? 3 : 0);
    }
    const QList<IdentityContrast> contrasts
        = IdentityContrast::of(delivery, groups, {{QStringLiteral("browser"), 3}, {QStringLiteral("ios-app"), 3}});
    QCOMPARE(contrasts.size(), 2);
    QCOMPARE(contrasts[0].message, QStringLiteral("auth_invalid"));
    QCOMPARE(contrasts[0].sentence().english(),
             QStringLiteral("auth_invalid lost in 3/3 runs as ios-app, 0/3 as browser: the tunnel "
                            "treats these clients differently"));
    // The missing-message group is said by its delivery; the ping by its group.
    QCOMPARE(contrasts[1].kind, QStringLiteral("ping_injected"));
    QVERIFY(contrasts[1].sentence().english().startsWith(
        QStringLiteral("the tunnel sent a ping the server did not in 1/3 runs as browser, 0/3 as ios-app")));
}

void tst_FindingGroups::identitiesTreatedAlikeHaveNoContrast()
{
    const QStringList as{QStringLiteral("a"), QStringLiteral("b")};
    const QSet<QString> got{QStringLiteral("auth_invalid")};
    const QSet<QString> none;
    const Finding lost
        = finding("message_missing", C, QStringLiteral("tunnel lost auth_invalid"), QStringLiteral("auth_invalid"));
    const QList<FindingGroup> groups = FindingGroups::group({{lost}, {lost}}, {true, true}, as);
    const QList<Delivery> delivery = FindingGroups::delivery({{got, none}, {got, none}}, {true, true}, as);
    QVERIFY(IdentityContrast::of(delivery, groups, {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}).isEmpty());
    // Lost as both, only more often as one: chance can do that, so it is not called a difference.
    const QList<Delivery> some
        = FindingGroups::delivery({{got, none}, {got, none}, {got, got}, {got, none}}, {true, true, true, true},
                                  {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(IdentityContrast::of(some, {}, {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}}).isEmpty());
    // Without a sweep there is nothing to contrast.
    QVERIFY(IdentityContrast::of(FindingGroups::delivery({{got, none}}, {true}), FindingGroups::group({{lost}}, {true}), {})
                .isEmpty());
}

QTEST_GUILESS_MAIN(tst_FindingGroups)
#include "tst_findinggroups.moc"
