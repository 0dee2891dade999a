#pragma once

#include <QMediaPlayer>

namespace soundalike::test {

inline constexpr const char* kNoPlaybackBackend =
    "Qt Multimedia has no usable backend on this machine (is GStreamer installed?)";

// Whether Qt Multimedia can play here. GStreamer plays into a dummy sink when there is no sound card, so only
// a missing backend makes this false. A test run by hand (not through CTest, which sets it) asks for
// GStreamer too, so that it plays through the backend the application ships with.
inline bool playbackBackendAvailable()
{
    if (qEnvironmentVariable("QT_MEDIA_BACKEND").isEmpty())
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    return QMediaPlayer().isAvailable();
}

// Whether AIFF can be played in this test build. In the AddressSanitizer build GStreamer's AIFF stall (see
// core/playback/LoadWatch) repeats on every reopening, even for a fresh player's first track, so a test there
// could not tell it from a broken player. In the release build the player recovers most stalls but may still
// give an AIFF up with a message, so tests there ask that one AIFF of several plays (docs/reliability.md).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAiffPlaybackTestable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAiffPlaybackTestable = false;
#else
inline constexpr bool kAiffPlaybackTestable = true;
#endif
#else
inline constexpr bool kAiffPlaybackTestable = true;
#endif

} // namespace soundalike::test
