#include "appearance.h"

#include "themecolors.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace tunnelscope {

namespace {
const QString SettingKey = QStringLiteral("view/appearance");
}

QString Appearance::settingName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::saved()
{
    const QString name = QSettings().value(SettingKey).toString();
    for (Mode m : {Mode::Light, Mode::Dark})
        if (name == settingName(m))
            return m;
    return Mode::System;
}

void Appearance::choose(Mode mode)
{
    QSettings().setValue(SettingKey, settingName(mode));
    apply(mode);
}

void Appearance::applySaved()
{
    if (const Mode mode = saved(); mode != Mode::System)
        apply(mode);
}

QIcon Appearance::applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("io.github.tunnelscope.Tunnelscope"),
                            QIcon(QStringLiteral(":/icons/io.github.tunnelscope.Tunnelscope.svg")));
}

void Appearance::apply(Mode mode)
{
    switch (mode) {
    case Mode::System:
        // A palette with no role set gives the application back to the platform's palette,
        // which then follows the system's theme again.
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(ThemeColors::darkPalette());
        break;
    }
}

} // namespace tunnelscope
