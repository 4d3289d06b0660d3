#pragma once

#include <QString>
#include <QStringView>

namespace tunnelscope {

// Text laid out for a terminal, where what counts is columns, not characters: a Chinese
// character takes two, a combining mark none, and a line may break between two ideographs as
// well as at a space (the Unicode line breaking rules, so "，" never starts a line).
class TerminalText
{
public:
    // The columns `text` takes on a terminal (East Asian wide and fullwidth characters: two).
    static int columns(QStringView text);
    // `text` wrapped to lines of at most `width` columns, each starting with `indent`. A word
    // wider than the line stays whole on a line of its own.
    static QString wrapped(const QString &text, int width, const QString &indent);
    // The first sentence of `text` on one line of at most `room` columns: cut where a line may
    // break, with an ellipsis, when it does not fit.
    static QString firstSentence(const QString &text, int room);
    // `text` on at most `room` columns: whole when it fits, else cut with an ellipsis.
    static QString fitted(const QString &text, int room);
    // The columns of the terminal behind `fd`, or 80 when it does not say.
    static int terminalWidth(int fd);

private:
    static int columnsOf(char32_t codePoint);
    // `text` cut to at most `room` columns at a character boundary.
    static QString cutTo(const QString &text, int room);
};

} // namespace tunnelscope
