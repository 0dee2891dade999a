#include "core/search/SearchCatalog.h"

#include "core/common/TextKey.h"
#include "core/library/GenreTable.h"
#include "core/search/SongKey.h"

#include <numeric>

namespace soundalike {

SearchCatalog SearchCatalog::fromTracks(const std::vector<Track>& tracks)
{
    SearchCatalog catalog;
    catalog.reserve(tracks.size());
    for (const Track& t : tracks)
        catalog.add({t.id, t.artist, t.title, t.album, t.genres, t.year, t.durationMs, t.available});
    return catalog;
}

void SearchCatalog::reserve(std::size_t count)
{
    m_entries.reserve(count);
    m_rows.reserve(count);
}

int SearchCatalog::intern(QHash<QString, int>& table, const QString& key)
{
    const auto it = table.constFind(key);
    if (it != table.cend())
        return *it;
    const int number = int(table.size());
    table.insert(key, number);
    return number;
}

void SearchCatalog::add(TrackMeta meta)
{
    Entry entry;
    if (!isKnownArtist(meta.artist)) {
        // No artist is no one artist: the artist rules never hold two untagged tracks apart, and two
        // untagged files with one title ("Track 01") are no one song.
        entry.artist = -2 - m_anonymous;
        entry.song = intern(m_songs, QStringLiteral("\x1f\x1f%1").arg(m_anonymous));
        ++m_anonymous;
    } else {
        entry.artist = intern(m_artists, SongKey::artist(meta.artist));
        entry.song = intern(m_songs, SongKey::song(meta.artist, meta.title));
    }
    for (const QString& genre : meta.genres)
        entry.genres.push_back(intern(m_genres, matchKey(genre)));
    entry.meta = std::move(meta);

    const auto [it, inserted] = m_rows.try_emplace(entry.meta.id, m_entries.size());
    if (inserted)
        m_entries.push_back(std::move(entry));
    else
        m_entries[it->second] = std::move(entry);
}

void SearchCatalog::joinSongs(const std::vector<std::vector<std::int64_t>>& groups)
{
    // Union-find over song numbers: a copy may also share a title with other versions, which join too.
    std::vector<int> parent(std::size_t(m_songs.size()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int song) {
        while (parent[std::size_t(song)] != song) {
            parent[std::size_t(song)] = parent[std::size_t(parent[std::size_t(song)])];
            song = parent[std::size_t(song)];
        }
        return song;
    };
    for (const std::vector<std::int64_t>& group : groups) {
        int first = -1;
        for (const std::int64_t id : group) {
            const Entry* entry = find(id);
            if (!entry)
                continue;
            const int song = root(entry->song);
            if (first < 0)
                first = song;
            else
                parent[std::size_t(song)] = first;
        }
    }
    for (Entry& entry : m_entries)
        entry.song = root(entry.song);
}

const SearchCatalog::Entry* SearchCatalog::find(std::int64_t id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : &m_entries[it->second];
}

std::vector<int> SearchCatalog::genresMatching(const QString& genre) const
{
    std::vector<int> numbers;
    for (auto it = m_genres.cbegin(); it != m_genres.cend(); ++it) {
        if (GenreTable::builtIn().takesIn(genre, it.key()))
            numbers.push_back(it.value());
    }
    return numbers;
}

} // namespace soundalike
