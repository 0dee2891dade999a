#pragma once

#include "core/common/PlaylistEntry.h"
#include "core/service/PlaylistRequest.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace soundalike {

// What the radio asks for: songs like its anchors (the request's seeds), none of the session's (the request's
// exclusions), none played within the request's hours, none more like the skipped songs than like the liked.
struct RadioAsk
{
    PlaylistRequest request;           // seeds, exclusions, artist rules, variety; the count is set by pick()
    std::vector<std::int64_t> liked;   // what the listener wants more of (RadioTaste::liked)
    std::vector<std::int64_t> avoided; // and what they skipped
    QStringList recentArtists;         // the artists of the last songs of the playlist, the last one last
    int wanted = 5;
};

struct RadioBatch
{
    std::vector<PlaylistEntry> entries;
    int unwanted = 0; // candidates left out for being like skipped songs
    bool artistGapRelaxed = false;
    QString error;
};

// One batch of radio songs: the playlist generator (SimilarTracks, as Generate) asked for more candidates
// than wanted, those more like the skipped songs than like the liked ones dropped (RadioTaste::wants), then
// the artist gap kept across the end of the playlist. Runs on the calling thread with its own database
// connection: call it off the GUI thread. Never throws.
class RadioPicker
{
public:
    // How many candidates the generator is asked for per song wanted.
    static constexpr int kCandidatesPerSong = 4;
    // The most candidates one batch looks at, however many are unwanted.
    static constexpr int kMaxCandidates = 1000;

    [[nodiscard]] static RadioBatch pick(const QString& databasePath, const RadioAsk& ask);
};

} // namespace soundalike
