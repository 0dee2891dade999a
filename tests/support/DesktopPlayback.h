#pragma once

#include "tests/support/PlaybackBackend.h"

#include <QDBusConnection>
#include <QString>

namespace soundalike::test {

// Why a test of the player on the desktop's session bus cannot run here, for its QSKIP; empty when it can.
// Header only: the tests that include it link Qt D-Bus, which the test support library does not.
inline QString desktopPlaybackMissing()
{
    if (!QDBusConnection::sessionBus().isConnected())
        return QStringLiteral("No session bus: run this test under dbus-run-session (CTest does).");
    if (!playbackBackendAvailable())
        return QString::fromLatin1(kNoPlaybackBackend);
    return {};
}

} // namespace soundalike::test
