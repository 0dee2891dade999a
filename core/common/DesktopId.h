#pragma once

#include <QString>

namespace soundalike {

// The application's id on the desktop: the name of its .desktop file (without ".desktop") and of its icon,
// which MPRIS's DesktopEntry and the notifications' "desktop-entry" must match for the desktop to show its
// name and icon beside them.
inline QString desktopId()
{
    return QStringLiteral("io.github.soundalike.Soundalike");
}

} // namespace soundalike
