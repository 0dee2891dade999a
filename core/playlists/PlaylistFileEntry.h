#pragma once

#include "core/common/DurationText.h"
#include "core/common/Track.h"

#include <QString>

namespace soundalike {

// One song of a playlist file: where it is and what #EXTINF says about it.
struct PlaylistFileEntry
{
    FilePath path;            // absolute, lexically normal
    int durationSeconds = -1; // -1: unknown, as M3U writes it
    QString artist;
    QString title;
    int line = 0; // line of the playlist file it was read from; 0 when not read from a file

    static PlaylistFileEntry fromTrack(const TrackInfo& track)
    {
        PlaylistFileEntry entry;
        entry.path = track.path;
        entry.durationSeconds = track.durationMs > 0 ? int(roundedSeconds(track.durationMs)) : -1;
        entry.artist = track.artist;
        entry.title = track.title;
        return entry;
    }
};

} // namespace soundalike
