#pragma once

#include <QChart>
#include <QColor>
#include <QPalette>

namespace tunnelscope {

// The colours the window gives a meaning to: a row's diff status, an error, a verdict, a path on
// a chart. A light and a dark set, chosen by the palette in use (the system's, or the one picked
// in View → Appearance), and each text colour then moved away from that palette's own
// background until it reads: WCAG 2.1 contrast, 4.5:1 for text, 3:1 for chart marks. So a
// system palette of any shade keeps every colour readable, and none is hard-coded in a widget.
class ThemeColors
{
public:
    // How a frame row differs between the paths, as the legend under the lists names it.
    enum class Row { None, Lost, LostCounterpart, Duplicated, Altered, Reordered };

    static ThemeColors forPalette(const QPalette &palette);
    // The application's palette now: what models use when asked for a colour.
    static ThemeColors current();
    static bool isDark(const QPalette &palette);
    // WCAG 2.1 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double TextContrast = 4.5;
    static constexpr double MarkContrast = 3.0;

    bool dark() const { return m_dark; }
    QColor rowBackground(Row row) const;
    // Text on a coloured row: whichever of a dark and a light ink reads better on it.
    QColor rowText(Row row) const;
    QColor error() const { return m_error; }
    QColor warning() const { return m_warning; }
    QColor ok() const { return m_ok; }
    QColor direct() const { return m_direct; }
    QColor tunnel() const { return m_tunnel; }
    QColor delta() const { return m_delta; }
    QChart::ChartTheme chartTheme() const { return m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight; }
    // A chart in these colours: its theme's grid and axes, the palette's background and text
    // (so a chart sits in the window as its panes do), and its series left to the caller.
    void applyTo(QChart *chart, const QPalette &palette) const;

    // A dark palette for View → Appearance → Dark, on a system whose own is light.
    static QPalette darkPalette();

private:
    // `color` made lighter (on a dark background) or darker until it has `ratio` against
    // every one of `backgrounds`.
    static QColor readable(QColor color, const QList<QColor> &backgrounds, double ratio);

    bool m_dark = false;
    QColor m_error, m_warning, m_ok, m_direct, m_tunnel, m_delta;
};

} // namespace tunnelscope
