#include "terminaltext.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <sys/ioctl.h>

namespace tunnelscope {

int TerminalText::columnsOf(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
        return 0;
    // East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt: Hangul
    // Jamo, CJK punctuation and ideographs, Hiragana to Yi, Hangul syllables, compatibility
    // ideographs, vertical and small forms, fullwidth forms, and the supplementary ideographs.
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

int TerminalText::columns(QStringView text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += columnsOf(c);
    return n;
}

QString TerminalText::cutTo(const QString &text, int room)
{
    int used = 0;
    qsizetype i = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = columnsOf(c);
        if (used + w > room)
            break;
        used += w;
        i += c > 0xFFFF ? 2 : 1; // a surrogate pair in UTF-16
    }
    return text.left(i);
}

QString TerminalText::wrapped(const QString &text, int width, const QString &indent)
{
    const QString simple = text.simplified();
    const int room = std::max(1, width - columns(indent));
    QStringList lines;
    QString line;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, simple);
    qsizetype from = 0;
    // Each piece runs from one break opportunity to the next, trailing space included.
    for (qsizetype to = breaks.toNextBoundary(); to != -1 && from < simple.size(); to = breaks.toNextBoundary()) {
        const QString piece = simple.sliced(from, to - from);
        from = to;
        if (!line.isEmpty() && columns(QString(line + piece).trimmed()) > room) {
            lines << indent + line.trimmed();
            line.clear();
        }
        line += piece;
    }
    if (!line.trimmed().isEmpty())
        lines << indent + line.trimmed();
    return lines.join(QLatin1Char('\n'));
}

QString TerminalText::fitted(const QString &text, int room)
{
    return columns(text) <= room ? text : cutTo(text, room - 1) + QStringLiteral("…");
}

int TerminalText::terminalWidth(int fd)
{
    winsize size{};
    return ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? int(size.ws_col) : 80;
}

QString TerminalText::firstSentence(const QString &text, int room)
{
    QString line = text.simplified();
    for (const QString &end : {QStringLiteral(". "), QStringLiteral("。")})
        if (const qsizetype stop = line.indexOf(end); stop > 0)
            line = line.left(stop + 1);
    if (columns(line) <= room)
        return line;
    // The last break opportunity that leaves room for the ellipsis, if it keeps half the room.
    const QString fits = cutTo(line, room - 1);
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, line);
    breaks.setPosition(fits.size());
    qsizetype at = breaks.isAtBoundary() ? fits.size() : breaks.toPreviousBoundary();
    const QString kept = at > 0 && columns(QStringView(line).left(at)) > room / 2 ? line.left(at).trimmed() : fits;
    return kept + QStringLiteral("…");
}

} // namespace tunnelscope
