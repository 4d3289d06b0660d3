#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tunnelscope {

// The language Tunnelscope speaks: English (the source text), Simplified Chinese, or any other
// whose translations are built in. Chosen by --lang, else the window's setting, else the
// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as QLocale::system() reads them). Adding a
// language is adding its .ts file under translations/: the languages are the translations built in.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    static const QStringList &available(); // "en", "zh_CN", ...: the built-in translations
    // The name of `language` in itself ("English", "简体中文"), from its own translations.
    static QString nativeName(const QString &language);
    // The language `requested` names ("en", "zh_CN", "zh-CN", "zh", "zh-Hans-CN", any case;
    // a region we have no translation for takes its language's: en-GB is en), or the system's
    // when empty (English when the system's is none of ours). Empty, with `error` set, when
    // `requested` is not one of ours.
    static QString resolve(const QString &requested, QString *error);
    // Installs the translators for `language` on the running application in place of the last
    // language's: ours, and with `qtDialogs` (the window) Qt's own for its standard dialogs when
    // the system has them. Qt's translations also translate Qt's error texts (a socket's, a
    // TLS error's), which a capture records as they come; the command line leaves them out so
    // that what it records, and its JSON, stay English. Sentences made afterwards are in
    // `language` too.
    enum class QtDialogs { No, Yes };
    static void install(const QString &language, QtDialogs qtDialogs = QtDialogs::No);
    // The language installed last ("en" before any).
    static QString current();
    // How the language installed writes a number in a table cell: its decimal point and digits,
    // without group separators (a frame's time, "1234.567").
    static QLocale cellNumbers();
    // Takes `--lang X` and `--lang=X` out of a command line, wherever they stand: the last value
    // given (empty when none). False, with `error` set, when --lang has no value.
    static bool takeOption(QStringList *args, QString *value, QString *error);
};

} // namespace tunnelscope
