#pragma once

#include "core/common/PlaylistEntry.h"
#include "core/common/Track.h"
#include "core/service/PlaylistRequest.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace soundalike {

class Database;
class LibrarySearch;

// One generated track, as a front end shows it.
struct PlaylistPick
{
    PlaylistEntry entry;      // the track, its similarity to its seed, the seed, and why in words
    float score = 0;          // the ranking score it was chosen with
    bool viaCentroid = false; // chosen for being near the middle of the seeds
    QStringList reasons;      // the dimensions it shares most with its seed, for scripts
    bool fits = false;        // fits its seed well on the library's own scale
    float percentile = 0;     // the share of the library's pairs less similar than it and its seed
};

struct GeneratedList
{
    std::vector<Track> seeds;
    std::vector<PlaylistPick> picks;
    QStringList relaxations; // rules that gave way because the library ran short
    QStringList notes;       // anything else the listener should know
    int fitting = 0;         // picks that fit their seed well; outside a path they come first
    bool centroidUsed = false;
    int candidates = 0;
    qint64 durationMs = 0;
};

struct Neighbour
{
    Track track;
    float similarity = 0;
};

// The search index a playlist used and what opening it did.
struct IndexReport
{
    QString path;
    QString source; // the vector source's key, e.g. "embedding-model3"
    bool exact = true;
    qint64 tracks = 0;
    QString action; // "loaded", "updated" or "built"
    qint64 added = 0;
    qint64 removed = 0;
    QString reason;
    QString warning;    // the index works but could not be saved
    QString sourceNote; // why the source in use was chosen, when it is a fallback
};

// "More like these" over one library, for both front ends: seeds resolved from what a person typed, a
// playlist generated, raw neighbours listed, and the index that answered. Opens its own database connection
// and search index (loaded, updated or built), so run it off the GUI thread. Throws std::runtime_error with
// a message fit for a person (an empty library, an unknown seed, a request that cannot be served).
class SimilarTracks
{
public:
    explicit SimilarTracks(const QString& databasePath);
    ~SimilarTracks();

    // A seed as a person names it: a track id or a file in the library (TrackArgument).
    [[nodiscard]] std::int64_t resolve(const FilePath& seed) const;
    [[nodiscard]] const Track& track(std::int64_t id) const;
    [[nodiscard]] GeneratedList generate(const PlaylistRequest& request);
    // The `k` nearest tracks to each of `ids`, the track itself left out.
    [[nodiscard]] std::vector<std::vector<Neighbour>> neighbours(const std::vector<std::int64_t>& ids, int k);
    // Cosine similarity of each of `from` to each of `to` (from.size() rows of to.size()), in the space the
    // last playlist was made in; 0 for a track without a vector there.
    [[nodiscard]] std::vector<float> similarities(const std::vector<std::int64_t>& from,
                                                  const std::vector<std::int64_t>& to) const;
    [[nodiscard]] IndexReport index() const;
    // Whether this still describes the library as it is now, so that the next request can reuse it instead
    // of reading the tracks, vectors and index again: nothing a playlist is made from changed since it was
    // opened (in any process), and its source is the library's own choice, not one some seeds needed.
    [[nodiscard]] bool current() const;

private:
    // `request` with what was played within its avoidPlayedWithinHours added to its exclusions.
    PlaylistRequest withHistory(const PlaylistRequest& request) const;

    std::unique_ptr<Database> m_db;
    std::int64_t m_changes = 0; // the library's change counter when this was opened
    std::unique_ptr<LibrarySearch> m_search;
};

} // namespace soundalike
