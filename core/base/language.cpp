#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tunnelscope {

namespace {
QString g_current = QStringLiteral("en");
// The translators installed for g_current: removed when another language is installed.
QList<QTranslator *> g_installed;

// A language tag as a locale writes it, in our form: zh-CN, zh_cn, zh-Hans-CN and zh name
// Simplified Chinese; en-US and en name English.
QString ours(const QString &tag)
{
    const QString t = tag.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (t == QLatin1String("zh") || t.startsWith(QLatin1String("zh_cn")) || t.startsWith(QLatin1String("zh_hans"))
        || t.startsWith(QLatin1String("zh_sg")))
        return QStringLiteral("zh_CN");
    if (t == QLatin1String("en") || t.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return QString();
}
} // namespace

const QStringList &Language::available()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN")};
    return languages;
}

QString Language::resolve(const QString &requested, QString *error)
{
    if (!requested.isEmpty()) {
        const QString language = ours(requested);
        if (language.isEmpty())
            *error = QStringLiteral("--lang: \"%1\" is not a language Tunnelscope speaks (%2)")
                         .arg(requested, available().join(QStringLiteral(", ")));
        return language;
    }
    for (const QString &tag : QLocale::system().uiLanguages())
        if (const QString language = ours(tag); !language.isEmpty())
            return language;
    return QStringLiteral("en");
}

void Language::install(const QString &language)
{
    for (QTranslator *t : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    g_installed.clear();
    g_current = language;
    // Owned by the application: they translate for as long as it runs. English has one too, for
    // its plural forms ("1 frame", "2 frames"); everything else is the source text.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/tunnelscope_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    g_installed = {own};
    if (language == QLatin1String("en"))
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
                *error = QStringLiteral("--lang needs a language: %1").arg(available().join(QStringLiteral(", ")));
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
