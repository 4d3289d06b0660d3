#include "sentence.h"

#include "language.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tunnelscope {

namespace {
// %n and %Ln as QCoreApplication::translate replaces them.
QString withCount(QString text, int n)
{
    if (n < 0)
        return text;
    const QString count = QString::number(n);
    return text.replace(QLatin1String("%Ln"), count).replace(QLatin1String("%n"), count);
}

// The English text of a source: the source itself, except where the English translation file
// gives plural forms ("%n ping(s)" is "1 ping", "2 pings"). Not installed on the application:
// English is wanted beside whichever language is.
QString englishOf(const char *context, const char *source, const char *disambiguation, int n)
{
    static const QTranslator *const forms = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/tunnelscope_en.qm"))) {
            delete t;
            return static_cast<QTranslator *>(nullptr);
        }
        return t;
    }();
    if (n >= 0 && forms)
        if (const QString text = forms->translate(context, source, disambiguation, n); !text.isEmpty())
            return withCount(text, n);
    return withCount(QString::fromUtf8(source), n);
}

bool isEnglish()
{
    return Language::current() == QLatin1String("en");
}
} // namespace

Sentence Sentence::translate(const char *context, const char *source, const char *disambiguation, int n)
{
    Sentence s;
    s.m_english = englishOf(context, source, disambiguation, n);
    s.m_localized = isEnglish() ? s.m_english : QCoreApplication::translate(context, source, disambiguation, n);
    return s;
}

Sentence Sentence::verbatim(const QString &text)
{
    Sentence s;
    s.m_english = text;
    s.m_localized = text;
    return s;
}

Sentence Sentence::number(double value, int precision)
{
    Sentence s;
    s.m_english = QString::number(value, 'f', precision);
    s.m_localized = isEnglish() ? s.m_english : QLocale(Language::current()).toString(value, 'f', precision);
    return s;
}

Sentence Sentence::number(qint64 value)
{
    Sentence s;
    s.m_english = QString::number(value);
    s.m_localized = isEnglish() ? s.m_english : QLocale(Language::current()).toString(value);
    return s;
}

Sentence Sentence::clippedTo(qsizetype maxChars) const
{
    Sentence s;
    s.m_english = clipped(m_english, maxChars);
    s.m_localized = clipped(m_localized, maxChars);
    return s;
}

Sentence Sentence::listed(const QList<Sentence> &items)
{
    Sentence s;
    const Sentence separator = translate("Sentence", ", ", "between the items of a list");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            s.m_english += separator.m_english;
            s.m_localized += separator.m_localized;
        }
        s.m_english += items.at(i).m_english;
        s.m_localized += items.at(i).m_localized;
    }
    return s;
}

Sentence Sentence::joined(const Sentence &next) const
{
    if (next.isEmpty())
        return *this;
    if (isEmpty())
        return next;
    return translate("Sentence", "%1; %2", "two clauses of one sentence").arg(*this, next);
}

} // namespace tunnelscope
