#pragma once

#include "core/common/Track.h"

#include <QMetaType>

namespace soundalike {

// How a track that was heard stopped playing: what play counts and the radio learn from.
struct Listen
{
    enum class End
    {
        Finished,   // played to its end
        Skipped,    // the listener moved on to another track of the playlist while it played (Next, a row)
        Replaced,   // the playlist changed under it (a new playlist, its entry removed)
        Interrupted // the listener chose a song to play at once (Play Now, the queue, Previous, the same
                    // song again): no verdict on this one
    };

    Track track;
    qint64 heardMs = 0; // where it stood when it stopped
    qint64 durationMs = 0;
    End end = End::Finished;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::Listen)
