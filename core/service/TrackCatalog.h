#pragma once

#include "core/common/Reason.h"
#include "core/common/Track.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace soundalike {

// The fields a person sorts and searches a track list by.
enum class TrackField
{
    Title,
    Artist,
    Album,
    Year,
    Genre,
    Duration
};

// An immutable in-memory snapshot of the whole library, built off the GUI thread. Searching and sorting it
// in memory is what lets a filter box answer each keystroke at 100,000 tracks: SQLite would fold every row
// on every query.
class TrackCatalog
{
public:
    explicit TrackCatalog(std::vector<Track> tracks = {});

    int size() const { return int(m_tracks.size()); }
    const Track& at(int index) const { return m_tracks[std::size_t(index)]; }
    // -1 when the id is not in this snapshot.
    int indexOf(std::int64_t id) const { return m_indexById.value(id, -1); }
    const Track* find(std::int64_t id) const;
    // A track kept earlier as this snapshot has it: by its id, else by its path (see TrackLookup).
    const Track* find(const Track& kept) const;
    // find() in `catalog` as a TrackLookup, which keeps the snapshot alive as long as it is kept.
    static TrackLookup lookup(std::shared_ptr<const TrackCatalog> catalog)
    {
        return [catalog = std::move(catalog)](const Track& kept) { return catalog->find(kept); };
    }
    // Where each id's track stands in `indexes` (indexes of this snapshot, such as a view's rows), -1 where
    // it does not: one pass over `indexes` however many ids, so a whole library selected is found at once.
    [[nodiscard]] std::vector<int> positionsIn(const std::vector<int>& indexes,
                                               const std::vector<std::int64_t>& ids) const;
    // The tracks with these ids, in their order; ids not in this snapshot are left out.
    std::vector<Track> findAll(const std::vector<std::int64_t>& ids) const;

    // The browsing order: artist (album artist first), album, disc, track number, title.
    const std::vector<int>& libraryOrder() const { return m_libraryOrder; }
    // Ascending order by one field, ties kept in library order. Costs a sort; callers cache it.
    std::vector<int> sortedBy(TrackField field) const;

    // The indexes of `within` (in that order) whose title, artist, album or genres contain every word.
    std::vector<int> filter(const std::vector<int>& within, const QStringList& words) const;
    // Splits typed text into case-folded words for filter().
    static QStringList searchWords(const QString& text);
    // The genre a typed word spells another way ("фолк" is folk, "hiphop" is hip-hop), case-folded as the
    // search text holds it: a track tagged with the genre is found by the word too. Empty for other words.
    [[nodiscard]] static QString genreSpelledBy(const QString& word);
    // Whether a track's title, artist, album or genres contain every word (a playlist's filter box): the
    // words (and the genres they spell) are read once, for every row the filter asks about.
    [[nodiscard]] static std::function<bool(const Track&)> matcher(const QStringList& words);

    // Groups of tracks that are one recording under other names, tags or bitrates (DuplicateGrouping).
    void setDuplicates(std::vector<std::vector<std::int64_t>> groups);
    // Why tracks could not be analysed (a file cut short or damaged): they play, but no playlist can match
    // their sound.
    void setAnalysisFailures(const std::vector<std::pair<std::int64_t, Reason>>& failures);
    // Why this track could not be analysed; null for most tracks.
    [[nodiscard]] const Reason* analysisFailure(std::int64_t id) const;
    // The other tracks of this snapshot that are the same recording as `id`; empty for most tracks.
    [[nodiscard]] std::vector<const Track*> copiesOf(std::int64_t id) const;

    // Who a track is filed under in the artist → album tree.
    static const QString& groupArtist(const Track& track);

private:
    std::vector<Track> m_tracks;
    std::vector<QString> m_searchText; // folded title, artists, album and genres, separated
    QHash<std::int64_t, int> m_indexById;
    std::unordered_map<FilePath, int> m_indexByPath;
    std::vector<int> m_libraryOrder;
    std::vector<std::vector<std::int64_t>> m_duplicates;
    QHash<std::int64_t, int> m_duplicateGroup; // track id to its index in m_duplicates
    QHash<std::int64_t, Reason> m_analysisFailures;
};

} // namespace soundalike
