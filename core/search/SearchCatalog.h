#pragma once

#include "core/common/Track.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace soundalike {

struct GenreInfo;

// What the playlist generator knows of a track besides its vector.
struct TrackMeta
{
    std::int64_t id = 0;
    QString artist;
    QString title;
    QString album;
    QStringList genres;
    int year = 0;
    int durationMs = 0;
    bool available = true;
};

// Track metadata with the comparison keys precomputed as small integers, so constraints (same artist, same
// song, genre filters) cost an integer compare per candidate.
class SearchCatalog
{
public:
    struct Entry
    {
        TrackMeta meta;
        int artist = -1;         // SongKey::artist, interned; below -1 and unique when the tags name none
        int song = -1;           // SongKey::song, interned; unique when the tags name no artist
        std::vector<int> genres; // matchKey of each genre, interned
    };

    static SearchCatalog fromTracks(const std::vector<Track>& tracks);

    void add(TrackMeta meta);
    void reserve(std::size_t count);
    const Entry* find(std::int64_t id) const;
    // Makes each group of tracks, copies of one recording under other names or tags (DuplicateGrouping), one
    // song, together with the tracks that share a song with any of them; so the rules that keep a song out of
    // a playlist twice, or out of a playlist made from it, hold for every copy.
    void joinSongs(const std::vector<std::vector<std::int64_t>>& groups);
    std::size_t size() const { return m_entries.size(); }
    const std::vector<Entry>& entries() const { return m_entries; }

    // Interned genre numbers whose name is `genre` or contains it as whole words ("rock" matches
    // "indie rock"), or that GenreTable puts in the family `genre` names ("electronic" matches "Techno")
    // or gives the same canonical genre ("hip hop" matches "Rap").
    std::vector<int> genresMatching(const QString& genre) const;

private:
    static int intern(QHash<QString, int>& table, const QString& key);

    std::vector<Entry> m_entries;
    std::unordered_map<std::int64_t, std::size_t> m_rows;
    QHash<QString, int> m_artists;
    QHash<QString, int> m_songs;
    QHash<QString, int> m_genres;
    int m_anonymous = 0; // tracks added without an artist
};

} // namespace soundalike
