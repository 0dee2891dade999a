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

} // namespace soundalike::test
