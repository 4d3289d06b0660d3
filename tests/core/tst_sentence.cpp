#include "language.h"
#include "sentence.h"

#include <QTest>

using namespace tunnelscope;

// A sentence in two languages at once: English for the machine-read reports, the language
// installed for people, both from one source.
class tst_Sentence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }
    void englishAloneIsTheSource();
    void bothLanguagesFromOneSource();
    void argumentsArePlacedInOnePass();
    void englishPluralsComeFromTheEnglishFile();
    void numbersFollowTheLocaleOnlyWhenLocalized();
    void listsAndClausesAreJoinedAsTheLanguageJoinsThem();
    void mappedChangesBoth();
};

void tst_Sentence::englishAloneIsTheSource()
{
    const Sentence s
        = Sentence::translate("MessageDiff", "tunnel lost %1: %2").arg(QStringLiteral("auth_invalid"), QStringLiteral("why"));
    QCOMPARE(s.english(), QStringLiteral("tunnel lost auth_invalid: why"));
    QCOMPARE(s.localized(), s.english());
}

void tst_Sentence::bothLanguagesFromOneSource()
{
    Language::install(QStringLiteral("zh_CN"));
    const Sentence hint = Sentence::translate("FindingHints", "the tunnel dropped it while the connection stayed up");
    const Sentence s = Sentence::translate("MessageDiff", "tunnel lost %1: %2").arg(QStringLiteral("auth_invalid"), hint);
    QCOMPARE(s.english(), QStringLiteral("tunnel lost auth_invalid: the tunnel dropped it while the connection stayed up"));
    QCOMPARE(s.localized(), QStringLiteral("隧道丢失了 auth_invalid：连接一直保持着，隧道却把它丢了"));
    // A name is the same in both; a clause built elsewhere lands in each in its language.
    const Sentence close
        = Sentence::translate("RunComparer", "close %1 (%2)").arg(1000, Sentence::translate("ClosePayload", "normal"));
    QCOMPARE(close.english(), QStringLiteral("close 1000 (normal)"));
    QCOMPARE(close.localized(), QStringLiteral("关闭码 1000（正常关闭）"));
}

void tst_Sentence::argumentsArePlacedInOnePass()
{
    // What a hostile server names its message is data: a "%2" in it is not an argument.
    const Sentence s
        = Sentence::translate("MessageDiff", "tunnel lost %1: %2").arg(QStringLiteral("evil %2"), QStringLiteral("cause"));
    QCOMPARE(s.english(), QStringLiteral("tunnel lost evil %2: cause"));
    // Counts and codes keep their digits in every language.
    Language::install(QStringLiteral("zh_CN"));
    const Sentence r
        = Sentence::translate("RunComparer", "tunnel path reconnected %1 time(s), direct path %2 time(s)").arg(12345, 0);
    QCOMPARE(r.english(), QStringLiteral("tunnel path reconnected 12345 time(s), direct path 0 time(s)"));
    QCOMPARE(r.localized(), QStringLiteral("隧道路径重连了 12345 次，直连路径 0 次"));
}

void tst_Sentence::englishPluralsComeFromTheEnglishFile()
{
    Language::install(QStringLiteral("zh_CN"));
    const Sentence one = Sentence::translate("ControlFrameComparer", "%n ping(s)", nullptr, 1);
    const Sentence two = Sentence::translate("ControlFrameComparer", "%n ping(s)", nullptr, 2);
    QCOMPARE(one.english(), QStringLiteral("1 ping"));
    QCOMPARE(two.english(), QStringLiteral("2 pings"));
    QCOMPARE(two.localized(), QStringLiteral("2 个 ping"));
    Language::install(QStringLiteral("en"));
    QCOMPARE(Sentence::translate("ControlFrameComparer", "%n ping(s)", nullptr, 2).localized(), QStringLiteral("2 pings"));
}

void tst_Sentence::numbersFollowTheLocaleOnlyWhenLocalized()
{
    QCOMPARE(Sentence::number(12345.678, 1).english(), QStringLiteral("12345.7"));
    QCOMPARE(Sentence::number(12345.678, 1).localized(), QStringLiteral("12345.7"));
    Language::install(QStringLiteral("zh_CN"));
    const Sentence n = Sentence::number(12345.678, 1);
    QCOMPARE(n.english(), QStringLiteral("12345.7")); // what scripts parse never changes
    QCOMPARE(n.localized(), QLocale(QStringLiteral("zh_CN")).toString(12345.678, 'f', 1));
    QCOMPARE(Sentence::number(qint64(4096)).english(), QStringLiteral("4096"));
}

void tst_Sentence::listsAndClausesAreJoinedAsTheLanguageJoinsThem()
{
    const QList<Sentence> names{Sentence::verbatim(QStringLiteral("a")), Sentence::verbatim(QStringLiteral("b"))};
    QCOMPARE(Sentence::listed(names).english(), QStringLiteral("a, b"));
    QCOMPARE(Sentence::verbatim(QStringLiteral("x")).joined(Sentence()).english(), QStringLiteral("x"));
    Language::install(QStringLiteral("zh_CN"));
    const Sentence listed = Sentence::listed(names);
    QCOMPARE(listed.english(), QStringLiteral("a, b"));
    QCOMPARE(listed.localized(), QStringLiteral("a、b"));
    const Sentence joined = Sentence::verbatim(QStringLiteral("x")).joined(Sentence::verbatim(QStringLiteral("y")));
    QCOMPARE(joined.english(), QStringLiteral("x; y"));
    QCOMPARE(joined.localized(), QStringLiteral("x；y"));
}

void tst_Sentence::mappedChangesBoth()
{
    Language::install(QStringLiteral("zh_CN"));
    const Sentence s = Sentence::translate("FindingHints", "within the %1 ms limit").arg(QStringLiteral("secret"));
    const Sentence m
        = s.mapped([](const QString &t) { return QString(t).replace(QStringLiteral("secret"), QStringLiteral("***")); });
    QCOMPARE(m.english(), QStringLiteral("within the *** ms limit"));
    QCOMPARE(m.localized(), QStringLiteral("在 *** 毫秒的上限以内"));
}

QTEST_GUILESS_MAIN(tst_Sentence)
#include "tst_sentence.moc"
