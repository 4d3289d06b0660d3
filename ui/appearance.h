#pragma once

#include <QIcon>
#include <QString>

namespace tunnelscope {

// View → Appearance: the window in the system's palette (the default, which follows the
// system's light or dark theme as the platform reports it), or in a light or dark one chosen
// here; kept across sessions. Colours that carry a meaning come from ThemeColors, which reads
// whichever palette is in use.
class Appearance
{
public:
    enum class Mode { System, Light, Dark };

    // The mode kept in the settings (System when none or an unknown one is kept).
    static Mode saved();
    // Applies `mode` to the application and keeps it.
    static void choose(Mode mode);
    // Applies the kept mode: at start-up, before the window is shown.
    static void applySaved();
    static QString settingName(Mode mode);
    // The application's icon: the desktop's own when it has one by the desktop entry's name,
    // else the SVG built in.
    static QIcon applicationIcon();

private:
    static void apply(Mode mode);
};

} // namespace tunnelscope
