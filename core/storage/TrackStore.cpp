#include "core/storage/TrackStore.h"

#include "core/common/TextKey.h"
#include "core/storage/Database.h"
#include "core/storage/PathRange.h"
#include "core/storage/Statement.h"

#include <QDateTime>

#include <unordered_map>

namespace soundalike {

namespace {

constexpr const char* kColumns =
    "id, path, size, mtime_ns, title, artist, album_artist, album, year, track_number, track_total, "
    "disc_number, disc_total, duration_ms, bitrate_kbps, sample_rate, channels, available";

// `names` false leaves artist, album artist and album to the caller.
Track readTrack(const Statement& row, bool names = true)
{
    Track t;
    t.id = row.int64(0);
    t.path = row.bytes(1);
    t.stamp = {row.int64(2), row.int64(3)};
    t.title = row.text(4);
    if (names) {
        t.artist = row.text(5);
        t.albumArtist = row.text(6);
        t.album = row.text(7);
    }
    t.year = row.integer(8);
    t.trackNumber = row.integer(9);
    t.trackTotal = row.integer(10);
    t.discNumber = row.integer(11);
    t.discTotal = row.integer(12);
    t.durationMs = row.integer(13);
    t.bitrateKbps = row.integer(14);
    t.sampleRate = row.integer(15);
    t.channels = row.integer(16);
    t.available = row.integer(17) != 0;
    return t;
}

// Binds the tag and property columns shared by INSERT and UPDATE, starting at parameter `first`.
void bindInfo(Statement& s, int first, const TrackInfo& info)
{
    s.bind(first, info.stamp.size)
        .bind(first + 1, info.stamp.mtimeNs)
        .bind(first + 2, info.title)
        .bind(first + 3, info.artist)
        .bind(first + 4, info.albumArtist)
        .bind(first + 5, info.album)
        .bindOptional(first + 6, info.year)
        .bindOptional(first + 7, info.trackNumber)
        .bindOptional(first + 8, info.trackTotal)
        .bindOptional(first + 9, info.discNumber)
        .bindOptional(first + 10, info.discTotal)
        .bind(first + 11, info.durationMs)
        .bindOptional(first + 12, info.bitrateKbps)
        .bindOptional(first + 13, info.sampleRate)
        .bindOptional(first + 14, info.channels)
        .bind(first + 15, QDateTime::currentSecsSinceEpoch())
        .bind(first + 16, info.tagsVersion)
        .bind(first + 17, info.audioSignature);
}

// Artist and album names repeat across a library; one shared QString per distinct name saves both the
// UTF-8 conversions and the memory of 100,000 copies.
class TextPool
{
public:
    const QString& get(std::string_view utf8)
    {
        if (const auto it = m_strings.find(utf8); it != m_strings.end())
            return it->second;
        return m_strings.emplace(std::string(utf8), QString::fromUtf8(utf8.data(), qsizetype(utf8.size())))
            .first->second;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

int scalar(Database& db, const char* sql)
{
    auto query = db.prepare(sql);
    query.step();
    return query.integer(0);
}

} // namespace

QStringList TrackStore::genreNames()
{
    QStringList names;
    auto query = m_db.prepare("SELECT name FROM genres WHERE id IN (SELECT genre_id FROM track_genres)");
    while (query.step())
        names << query.text(0);
    return names;
}

std::vector<KnownFile> TrackStore::filesUnder(const FilePath& folder)
{
    const PathRange range(folder);
    std::vector<KnownFile> files;
    auto query =
        m_db.prepare("SELECT id, path, size, mtime_ns, available, tags_version, audio_signature FROM tracks "
                     "WHERE path >= ? AND path < ?");
    query.bind(1, std::string_view(range.low)).bind(2, std::string_view(range.high));
    while (query.step())
        files.push_back({query.int64(0),
                         query.bytes(1),
                         {query.int64(2), query.int64(3)},
                         query.integer(4) != 0,
                         query.integer(5),
                         query.int64(6)});
    return files;
}

std::int64_t TrackStore::insert(const TrackInfo& info, std::int64_t folderId)
{
    Statement& s = m_db.cached(
        "INSERT INTO tracks(path, folder_id, size, mtime_ns, title, artist, album_artist, album, year, "
        "track_number, track_total, disc_number, disc_total, duration_ms, bitrate_kbps, sample_rate, "
        "channels, updated_at, tags_version, audio_signature, added_at, available) VALUES(?1, ?2, ?3, ?4, "
        "?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?18, 1)");
    s.bind(1, std::string_view(info.path));
    if (folderId == 0)
        s.bindNull(2);
    else
        s.bind(2, folderId);
    bindInfo(s, 3, info);
    s.run();
    const std::int64_t id = m_db.lastInsertId();
    writeGenres(id, info.genres);
    return id;
}

void TrackStore::update(std::int64_t id, const TrackInfo& info)
{
    Statement& s = m_db.cached(
        "UPDATE tracks SET path = ?2, size = ?3, mtime_ns = ?4, title = ?5, artist = ?6, album_artist = ?7, "
        "album = ?8, year = ?9, track_number = ?10, track_total = ?11, disc_number = ?12, disc_total = ?13, "
        "duration_ms = ?14, bitrate_kbps = ?15, sample_rate = ?16, channels = ?17, updated_at = ?18, "
        "tags_version = ?19, audio_signature = ?20, available = 1 WHERE id = ?1");
    s.bind(1, id).bind(2, std::string_view(info.path));
    bindInfo(s, 3, info);
    s.run();
    m_db.cached("DELETE FROM track_genres WHERE track_id = ?").bind(1, id).run();
    writeGenres(id, info.genres);
}

std::vector<std::int64_t> TrackStore::lookalikes(const TrackInfo& info, const FilePath& folder)
{
    const PathRange range(folder);
    Statement& query =
        m_db.cached("SELECT id FROM tracks WHERE size = ? AND duration_ms = ? AND title = ? AND "
                    "artist = ? AND album = ? AND path >= ? AND path < ?");
    query.bind(1, info.stamp.size)
        .bind(2, info.durationMs)
        .bind(3, info.title)
        .bind(4, info.artist)
        .bind(5, info.album)
        .bind(6, std::string_view(range.low))
        .bind(7, std::string_view(range.high));
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    query.reset();
    return ids;
}

void TrackStore::remove(std::int64_t id)
{
    m_db.cached("DELETE FROM tracks WHERE id = ?").bind(1, id).run();
}

void TrackStore::setAvailable(std::int64_t id, bool available)
{
    m_db.cached("UPDATE tracks SET available = ? WHERE id = ?").bind(1, int(available)).bind(2, id).run();
}

void TrackStore::setAvailableUnder(const FilePath& folder, bool available)
{
    const PathRange range(folder);
    m_db.prepare("UPDATE tracks SET available = ? WHERE path >= ? AND path < ?")
        .bind(1, int(available))
        .bind(2, std::string_view(range.low))
        .bind(3, std::string_view(range.high))
        .run();
}

int TrackStore::count()
{
    return scalar(m_db, "SELECT count(*) FROM tracks");
}

std::optional<Track> TrackStore::track(std::int64_t id)
{
    auto query = m_db.prepare((std::string("SELECT ") + kColumns + " FROM tracks WHERE id = ?").c_str());
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    std::vector<Track> found{readTrack(query)};
    loadGenres(found);
    return found.front();
}

std::optional<Track> TrackStore::trackByPath(const FilePath& path)
{
    auto query = m_db.prepare("SELECT id FROM tracks WHERE path = ?");
    query.bind(1, std::string_view(path));
    return query.step() ? track(query.int64(0)) : std::nullopt;
}

std::vector<Track> TrackStore::find(const TrackQuery& q)
{
    std::string sql = std::string("SELECT ") + kColumns + " FROM tracks t WHERE 1";
    std::vector<QString> params;
    auto param = [&](const QString& value) {
        params.push_back(value);
        return "?" + std::to_string(params.size());
    };
    const auto genreMatches = [](const std::string& condition) {
        return "EXISTS (SELECT 1 FROM track_genres tg JOIN genres g ON g.id = tg.genre_id WHERE tg.track_id "
               "= t.id "
               "AND " +
               condition + ")";
    };
    if (!q.artist.isEmpty()) {
        const auto p = param(searchKey(q.artist.trimmed()));
        sql += " AND (instr(fold(t.artist), " + p + ") OR instr(fold(t.album_artist), " + p + "))";
    }
    if (q.genres) {
        QStringList keys;
        for (const QString& genre : *q.genres)
            keys << QString::fromStdString(param(matchKey(genre)));
        sql += keys.isEmpty()
                   ? std::string(" AND 0")
                   : " AND " + genreMatches("g.match_key IN (" + keys.join(u',').toStdString() + ")");
    }
    if (q.availableOnly)
        sql += " AND t.available = 1";
    sql += " ORDER BY fold(t.artist), fold(t.album), t.disc_number, t.track_number, fold(t.title), t.id";
    sql += " LIMIT " + std::to_string(q.limit);

    auto query = m_db.prepare(sql.c_str());
    for (std::size_t i = 0; i < params.size(); ++i)
        query.bind(int(i + 1), params[i]);
    std::vector<Track> tracks;
    while (query.step())
        tracks.push_back(readTrack(query));
    loadGenres(tracks);
    return tracks;
}

std::vector<Track> TrackStore::all()
{
    // No ORDER BY: sorting 100,000 rows through fold() costs SQLite several times what the caller pays.
    auto query = m_db.prepare((std::string("SELECT ") + kColumns + " FROM tracks").c_str());
    std::vector<Track> tracks;
    TextPool names;
    while (query.step()) {
        Track& t = tracks.emplace_back(readTrack(query, false));
        t.artist = names.get(query.view(5));
        t.albumArtist = names.get(query.view(6));
        t.album = names.get(query.view(7));
    }
    loadGenres(tracks);
    return tracks;
}

LibraryStats TrackStore::stats()
{
    LibraryStats s;
    auto query = m_db.prepare(
        "SELECT count(*), coalesce(sum(available = 0), 0), count(DISTINCT fold(artist)), "
        "count(DISTINCT fold(album_artist || char(31) || album)), coalesce(sum(duration_ms), 0), "
        "coalesce(sum(size), 0) FROM tracks");
    query.step();
    s.tracks = query.integer(0);
    s.unavailable = query.integer(1);
    s.artists = query.integer(2);
    s.albums = query.integer(3);
    s.totalDurationMs = query.int64(4);
    s.totalBytes = query.int64(5);
    s.genres = scalar(m_db, "SELECT count(DISTINCT genre_id) FROM track_genres");
    s.problems = scalar(m_db, "SELECT count(*) FROM problems");
    s.analysed = scalar(m_db, "SELECT count(DISTINCT track_id) FROM descriptors");
    return s;
}

void TrackStore::writeGenres(std::int64_t trackId, const QStringList& genres)
{
    Statement& link =
        m_db.cached("INSERT OR IGNORE INTO track_genres(track_id, genre_id, position) VALUES(?, ?, ?)");
    for (int i = 0; i < genres.size(); ++i) {
        link.bind(1, trackId).bind(2, genreId(genres[i])).bind(3, i);
        link.run();
    }
}

std::int64_t TrackStore::genreId(const QString& name)
{
    const QString key = matchKey(name);
    if (const auto it = m_genreIds.constFind(key); it != m_genreIds.cend())
        return *it;
    m_db.prepare("INSERT INTO genres(name, match_key) VALUES(?, ?) ON CONFLICT(match_key) DO NOTHING")
        .bind(1, name)
        .bind(2, key)
        .run();
    auto query = m_db.prepare("SELECT id FROM genres WHERE match_key = ?");
    query.bind(1, key);
    query.step();
    return m_genreIds[key] = query.int64(0);
}

void TrackStore::loadGenres(std::vector<Track>& tracks)
{
    if (tracks.empty())
        return;
    // Genre names are few: read them once and share them, instead of a join that copies a name per link.
    QHash<std::int64_t, QString> names;
    auto genres = m_db.prepare("SELECT id, name FROM genres");
    while (genres.step())
        names.insert(genres.int64(0), genres.text(1));
    std::unordered_map<std::int64_t, Track*> byId;
    for (Track& t : tracks)
        byId[t.id] = &t;
    // One pass over the links, in key order (track, genre), beats a query per track once lists get long.
    auto query = m_db.prepare(tracks.size() == 1
                                  ? "SELECT track_id, genre_id, position FROM track_genres WHERE track_id = ?"
                                  : "SELECT track_id, genre_id, position FROM track_genres");
    if (tracks.size() == 1)
        query.bind(1, tracks.front().id);
    std::unordered_map<Track*, std::vector<std::pair<int, std::int64_t>>> unordered;
    while (query.step()) {
        const auto it = byId.find(query.int64(0));
        if (it == byId.end())
            continue;
        QStringList& list = it->second->genres;
        const int position = query.integer(2);
        // Links come sorted by genre id, not position; most tracks have one genre, so this is rarely needed.
        if (position != list.size())
            unordered[it->second].emplace_back(position, query.int64(1));
        else
            list << names.value(query.int64(1));
    }
    for (auto& [track, links] : unordered) {
        std::sort(links.begin(), links.end());
        for (const auto& [position, genre] : links)
            track->genres.insert(std::min<qsizetype>(position, track->genres.size()), names.value(genre));
    }
}

} // namespace soundalike
