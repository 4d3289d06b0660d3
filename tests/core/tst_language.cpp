#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace tunnelscope;

// The language chosen and installed, and the translations themselves: every entry of each
// language's .ts file finished, and saying the same placeholders and shortcut as its source.
class tst_Language : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolveNamesOurLanguages_data();
    void resolveNamesOurLanguages();
    void takeOptionAnywhere();
    void chineseIsInstalled();
    void theLanguagesAreTheTranslationsBuiltIn();
    void everyTranslationIsFinishedAndSaysTheSame_data();
    void everyTranslationIsFinishedAndSaysTheSame();
};

void tst_Language::resolveNamesOurLanguages_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("en-US") << QStringLiteral("en-US") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh-cn") << QStringLiteral("zh-cn") << QStringLiteral("zh_CN");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
    QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("");
    // A region without translations of its own takes its language's, in the same script only.
    QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("en");
    QTest::newRow("zh-SG") << QStringLiteral("zh-SG") << QStringLiteral("zh_CN");
    QTest::newRow("zh-Hant") << QStringLiteral("zh-Hant") << QStringLiteral("");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("");
    QTest::newRow("nonsense") << QStringLiteral("xx-YY") << QStringLiteral("");
}

void tst_Language::resolveNamesOurLanguages()
{
    QFETCH(QString, requested);
    QFETCH(QString, language);
    QString error;
    QCOMPARE(Language::resolve(requested, &error), language);
    if (language.isEmpty())
        QVERIFY2(error.contains(QLatin1String("en, zh_CN")), qPrintable(error));
    // Without a request: the system's, always one of ours.
    QVERIFY(Language::available().contains(Language::resolve(QString(), &error)));
}

void tst_Language::takeOptionAnywhere()
{
    const auto words = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char(' ')); };
    QStringList args = words("tunnelscope run --lang zh_CN builtin:ha-clean --lang=en --json r.json");
    QString value, error;
    QVERIFY(Language::takeOption(&args, &value, &error));
    QCOMPARE(value, QStringLiteral("en")); // the last one given
    QCOMPARE(args, words("tunnelscope run builtin:ha-clean --json r.json"));
    args = words("tunnelscope run builtin:ha-clean --lang");
    QVERIFY(!Language::takeOption(&args, &value, &error));
    QVERIFY2(error.startsWith(QLatin1String("--lang needs a language")), qPrintable(error));
    args = words("tunnelscope --lang --json");
    QVERIFY(!Language::takeOption(&args, &value, &error));
}

void tst_Language::chineseIsInstalled()
{
    QCOMPARE(QCoreApplication::translate("tunnelscope::MainWindow", "&File"), QStringLiteral("&File"));
    Language::install(QStringLiteral("zh_CN"));
    QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("tunnelscope::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("tunnelscope::MainWindow", "Loaded %1: %n step(s)", nullptr, 3),
             QStringLiteral("已载入 %1：3 个步骤"));
}

void tst_Language::theLanguagesAreTheTranslationsBuiltIn()
{
    // What translations/ holds is what may be chosen, each named in its own words whatever the
    // language installed.
    QCOMPARE(Language::available(), QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
    for (const QString &installed : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Language::install(installed);
        QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
    Language::install(QStringLiteral("en"));
}

void tst_Language::everyTranslationIsFinishedAndSaysTheSame_data()
{
    QTest::addColumn<QString>("file");
    // Every language but English, whose file holds only its plural forms.
    const QDir translations(QStringLiteral(TUNNELSCOPE_SOURCE_DIR "/translations"));
    for (const QString &name : translations.entryList({QStringLiteral("tunnelscope_*.ts")}, QDir::Files, QDir::Name))
        if (name != QLatin1String("tunnelscope_en.ts"))
            QTest::newRow(qPrintable(name)) << translations.filePath(name);
    QVERIFY(translations.exists(QStringLiteral("tunnelscope_zh_CN.ts")));
}

void tst_Language::everyTranslationIsFinishedAndSaysTheSame()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    static const QRegularExpression shortcut(QStringLiteral("&([^& ])"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    // Each message: its source, its translation's type (unfinished, vanished…) and its forms.
    struct Message
    {
        QString source, kind;
        QStringList forms;
    };
    QList<Message> messages;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message")) {
            messages.append(Message{});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().kind = xml.attributes().value(QLatin1String("type")).toString();
            // Its text, or its plural forms.
            QString text;
            while (!xml.atEnd()
                   && (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation"))) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    messages.last().forms << xml.readElementText();
            }
            if (messages.last().forms.isEmpty())
                messages.last().forms << text;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
    QVERIFY(messages.size() > 300);
    QStringList wrong;
    for (const Message &m : std::as_const(messages)) {
        if (!m.kind.isEmpty()) {
            wrong << QStringLiteral("%1: \"%2\"").arg(m.kind, m.source);
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                wrong << QStringLiteral("empty: \"%1\"").arg(m.source);
            else if (placeholders(form) != placeholders(m.source))
                wrong << QStringLiteral("placeholders %1 in \"%2\" for \"%3\"")
                             .arg(placeholders(form).join(QLatin1Char(',')), form, m.source);
            else if (shortcut.match(m.source).hasMatch() != shortcut.match(form).hasMatch())
                wrong << QStringLiteral("shortcut lost or added: \"%1\" for \"%2\"").arg(form, m.source);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
