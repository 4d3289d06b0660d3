#pragma once

#include <QList>
#include <QString>

#include <type_traits>

namespace tunnelscope {

// A sentence a person reads, kept in two languages at once: English, which the JSON, CSV and
// JUnit reports carry whatever the language (scripts match on it), and the language chosen
// (--lang, the window's setting, the system's), which the terminal, the window and the HTML
// report show. Both are made from one source text marked for lupdate, so a translation can put
// the arguments in any order, and arguments are sentences too: a clause built elsewhere
// ("close 1000 (normal)") lands in each language's sentence in that language.
class Sentence
{
public:
    Sentence() = default;
    // `source` is the English text with %1..%9 for arguments and %n for `n` (plural forms in the
    // translation). The function's name is the one lupdate reads as QCoreApplication::translate.
    static Sentence translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    // Text that is the same in every language: a message type, a close code, a URL, a name.
    static Sentence verbatim(const QString &text);
    // A measurement with `precision` decimals: "1234.5" in English, the chosen locale's digits
    // and separators in the other.
    static Sentence number(double value, int precision);
    static Sentence number(qint64 value);

    // The source's %1, %2… replaced in one pass (an argument that holds "%1" stays as it is).
    template<typename... Args> Sentence arg(const Args &...args) const
    {
        Sentence s;
        s.m_english = m_english.arg(english(args)...);
        s.m_localized = m_localized.arg(localized(args)...);
        return s;
    }
    // Both texts cut to `maxChars` (an ellipsis marks the cut).
    Sentence clippedTo(qsizetype maxChars) const;
    // "a, b, c" as the language lists things.
    static Sentence listed(const QList<Sentence> &items);
    // "a; b": two clauses joined the way the language joins them.
    Sentence joined(const Sentence &next) const;

    // Both texts passed through `f` (a redactor, an escaper).
    template<typename F> Sentence mapped(F f) const
    {
        Sentence s;
        s.m_english = f(m_english);
        s.m_localized = f(m_localized);
        return s;
    }

    bool isEmpty() const { return m_english.isEmpty(); }
    const QString &english() const { return m_english; }
    const QString &localized() const { return m_localized; }
    // What a report shows in `language`: the localized text, or English.
    QString in(bool localizedWanted) const { return localizedWanted ? m_localized : m_english; }

    bool operator==(const Sentence &o) const { return m_english == o.m_english && m_localized == o.m_localized; }

private:
    static const QString &english(const Sentence &s) { return s.m_english; }
    static const QString &localized(const Sentence &s) { return s.m_localized; }
    static const QString &english(const QString &s) { return s; }
    static const QString &localized(const QString &s) { return s; }
    // A count or a code: the same digits in every language (a close code is never "1,000").
    template<typename T, typename = std::enable_if_t<std::is_integral_v<T>>> static QString english(T v)
    {
        return QString::number(v);
    }
    template<typename T, typename = std::enable_if_t<std::is_integral_v<T>>> static QString localized(T v)
    {
        return QString::number(v);
    }

    QString m_english;
    QString m_localized;
};

} // namespace tunnelscope
