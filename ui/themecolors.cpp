#include "themecolors.h"

#include <QAbstractAxis>
#include <QGuiApplication>
#include <QLegend>
#include <cmath>

namespace tunnelscope {

namespace {
double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

const QColor DarkInk(0x1d232a), LightInk(0xf1f3f4);
} // namespace

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightnessF() < 0.5;
}

QColor ThemeColors::readable(QColor color, const QList<QColor> &backgrounds, double ratio)
{
    const auto worst = [&](const QColor &c) {
        double w = 21;
        for (const QColor &b : backgrounds)
            w = std::min(w, contrast(c, b));
        return w;
    };
    // Lighter on dark backgrounds, darker on light ones, in small steps of HSL lightness: the
    // hue stays, so red still says error.
    const bool lighten = relativeLuminance(backgrounds.first()) < 0.18;
    for (int step = 0; step < 40 && worst(color) < ratio; ++step) {
        const QColor hsl = color.toHsl();
        const double l = std::clamp(hsl.lightnessF() + (lighten ? 0.025 : -0.025), 0.0, 1.0);
        color = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), l).toRgb();
    }
    return color;
}

ThemeColors ThemeColors::forPalette(const QPalette &palette)
{
    ThemeColors t;
    t.m_dark = isDark(palette);
    const QList<QColor> text{palette.color(QPalette::Active, QPalette::Base),
                             palette.color(QPalette::Active, QPalette::AlternateBase),
                             palette.color(QPalette::Active, QPalette::Window)};
    // Charts are drawn on the palette's base (applyTo).
    const QList<QColor> chart{palette.color(QPalette::Active, QPalette::Base)};
    // The hues the two sets start from; readable() moves each as far as this palette needs.
    struct Start
    {
        QRgb error, warning, ok, direct, tunnel, delta;
    };
    static constexpr Start Light{0xb3261e, 0x9a5700, 0x17703a, 0x1f77b4, 0xd62728, 0x9467bd};
    static constexpr Start Dark{0xf28b82, 0xfcad70, 0x81c995, 0x8ab4f8, 0xf28b82, 0xc58af9};
    const Start &start = t.m_dark ? Dark : Light;
    t.m_error = readable(QColor(start.error), text, TextContrast);
    t.m_warning = readable(QColor(start.warning), text, TextContrast);
    t.m_ok = readable(QColor(start.ok), text, TextContrast);
    t.m_direct = readable(QColor(start.direct), chart, MarkContrast);
    t.m_tunnel = readable(QColor(start.tunnel), chart, MarkContrast);
    t.m_delta = readable(QColor(start.delta), chart, MarkContrast);
    return t;
}

ThemeColors ThemeColors::current()
{
    // Asked for by models for every coloured cell they paint (GUI thread only): worked out once
    // per palette.
    static qint64 cachedKey = 0;
    static ThemeColors cached;
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != cachedKey) {
        cached = forPalette(palette);
        cachedKey = palette.cacheKey();
    }
    return cached;
}

void ThemeColors::applyTo(QChart *chart, const QPalette &palette) const
{
    // setTheme() restyles everything, series included: only when the shade changes.
    if (chart->theme() != chartTheme())
        chart->setTheme(chartTheme());
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(palette.color(QPalette::Active, QPalette::Mid)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
    }
}

QColor ThemeColors::rowBackground(Row row) const
{
    switch (row) {
    case Row::None:
        return QColor();
    case Row::Lost:
        return m_dark ? QColor(0x6e2c28) : QColor(0xf4c7c3);
    case Row::LostCounterpart:
        return m_dark ? QColor(0x4a2522) : QColor(0xfde8e6);
    case Row::Duplicated:
        return m_dark ? QColor(0x5e3e14) : QColor(0xfbd9b0);
    case Row::Altered:
        return m_dark ? QColor(0x544a12) : QColor(0xfff1b8);
    case Row::Reordered:
        return m_dark ? QColor(0x1f3f66) : QColor(0xcfe3fb);
    }
    return QColor();
}

QColor ThemeColors::rowText(Row row) const
{
    const QColor background = rowBackground(row);
    return contrast(DarkInk, background) >= contrast(LightInk, background) ? DarkInk : LightInk;
}

QPalette ThemeColors::darkPalette()
{
    QPalette p;
    const QColor window(0x2b2d31), base(0x1e1f22), text(0xe8eaed), disabled(0x8a8d91), highlight(0x3d6fb4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26282c));
    p.setColor(QPalette::ToolTipBase, QColor(0x313338));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff6b6b));
    p.setColor(QPalette::Light, QColor(0x3a3c41));
    p.setColor(QPalette::Midlight, QColor(0x33353a));
    p.setColor(QPalette::Mid, QColor(0x24262a));
    p.setColor(QPalette::Dark, QColor(0x1a1b1e));
    p.setColor(QPalette::Shadow, QColor(0x0d0e10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8ab4f8));
    p.setColor(QPalette::LinkVisited, QColor(0xc58af9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a3c41));
    return p;
}

} // namespace tunnelscope
