#include "language.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace tunnelscope {

namespace {
QString g_current = QStringLiteral("en");
// The translators installed for g_current: removed when another language is installed.
QList<QTranslator *> g_installed;

// Which of our languages a locale tag names: the same language in the same script (zh-Hans-CN,
// zh-SG and zh name zh_CN; zh-TW, written in Traditional characters, names none), the exact
// region when we have it, else the language's first.
QString ours(const QString &tag)
{
    const QLocale wanted(tag.trimmed());
    if (tag.trimmed().isEmpty() || wanted.language() == QLocale::C)
        return QString();
    QString sameLanguage;
    for (const QString &language : Language::available()) {
        const QLocale candidate(language);
        if (candidate.language() != wanted.language() || candidate.script() != wanted.script())
            continue;
        if (candidate.territory() == wanted.territory())
            return language;
        if (sameLanguage.isEmpty())
            sameLanguage = language;
    }
    return sameLanguage;
}

// A language's own translations, or null when it has none built in.
std::unique_ptr<QTranslator> translatorFor(const QString &language)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/tunnelscope_%1.qm").arg(language)))
        return nullptr;
    return t;
}
} // namespace

const QStringList &Language::available()
{
    // English first (the source text), then the others as their files are named.
    static const QStringList languages = [] {
        QStringList found{QStringLiteral("en")};
        const QRegularExpression file(QStringLiteral("^tunnelscope_(\\w+)\\.qm$"));
        for (const QString &name : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name))
            if (const auto m = file.match(name); m.hasMatch() && !found.contains(m.captured(1)))
                found << m.captured(1);
        return found;
    }();
    return languages;
}

QString Language::nativeName(const QString &language)
{
    static const struct
    {
        const char *source, *comment;
    } Name = QT_TRANSLATE_NOOP3("Language", "English", "this language's name, in itself");
    const auto own = translatorFor(language);
    const QString translated = own ? own->translate("Language", Name.source, Name.comment) : QString();
    return translated.isEmpty() ? QString::fromLatin1(Name.source) : translated;
}

QString Language::resolve(const QString &requested, QString *error)
{
    if (!requested.isEmpty()) {
        const QString language = ours(requested);
        if (language.isEmpty())
            *error = tr("--lang: \"%1\" is not a language Tunnelscope speaks (%2)")
                         .arg(requested, available().join(QStringLiteral(", ")));
        return language;
    }
    for (const QString &tag : QLocale::system().uiLanguages())
        if (const QString language = ours(tag); !language.isEmpty())
            return language;
    return QStringLiteral("en");
}

void Language::install(const QString &language, QtDialogs qtDialogs)
{
    for (QTranslator *t : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    g_installed.clear();
    g_current = language;
    // Owned by the application: they translate for as long as it runs. English has one too, for
    // its plural forms ("1 frame", "2 frames"); everything else is the source text.
    if (std::unique_ptr<QTranslator> own = translatorFor(language)) {
        own->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(own.get());
        g_installed << own.release();
    }
    if (language == QLatin1String("en") || qtDialogs == QtDialogs::No)
        return;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    g_installed << qt;
}

QString Language::current()
{
    return g_current;
}

QLocale Language::cellNumbers()
{
    QLocale locale(g_current);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

bool Language::takeOption(QStringList *args, QString *value, QString *error)
{
    value->clear();
    for (qsizetype i = 0; i < args->size();) {
        const QString &a = args->at(i);
        if (a.startsWith(QLatin1String("--lang="))) {
            *value = a.mid(7);
            args->removeAt(i);
        } else if (a == QLatin1String("--lang")) {
            if (i + 1 >= args->size() || args->at(i + 1).startsWith(QLatin1Char('-'))) {
                *error = tr("--lang needs a language: %1").arg(available().join(QStringLiteral(", ")));
                return false;
            }
            *value = args->at(i + 1);
            args->remove(i, 2);
        } else {
            ++i;
        }
    }
    return true;
}

} // namespace tunnelscope
