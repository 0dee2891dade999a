#include "core/storage/PlaylistStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>
#include <QJsonDocument>

namespace soundalike {

namespace {

// The track an entry or seed is now: the one it was saved with while that row exists, else whichever track
// has its path (the row was deleted with its folder and the file scanned in again).
constexpr const char* kLinkedTrack = "COALESCE(%1.track_id, (SELECT id FROM tracks WHERE path = %1.path))";

std::string linked(const char* table)
{
    return QString::fromLatin1(kLinkedTrack).arg(QLatin1String(table)).toStdString();
}

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const Statement& row, int column)
{
    return row.isNull(column) ? QJsonObject() : QJsonDocument::fromJson(row.text(column).toUtf8()).object();
}

std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

void bindTrack(Statement& s, int index, std::int64_t trackId)
{
    if (trackId > 0)
        s.bind(index, trackId);
    else
        s.bindNull(index);
}

} // namespace

std::vector<StoredPlaylist> PlaylistStore::all()
{
    const std::string sql =
        "SELECT p.id, p.name, p.recipe, p.created_at, p.updated_at, count(e.position), "
        // An empty playlist joins as one row of nulls: it has no entry to be unavailable.
        "coalesce(sum(e.position IS NOT NULL AND (t.id IS NULL OR t.available = 0)), 0), "
        "coalesce(sum(coalesce(t.duration_ms, "
        "e.duration_ms)), 0) FROM playlists p LEFT JOIN playlist_entries e ON e.playlist_id = p.id "
        "LEFT JOIN tracks t ON t.id = " +
        linked("e") + " GROUP BY p.id ORDER BY p.id";
    std::vector<StoredPlaylist> playlists;
    auto query = m_db.prepare(sql.c_str());
    while (query.step())
        playlists.push_back({query.int64(0), query.text(1), fromJson(query, 2), query.int64(3),
                             query.int64(4), query.integer(5), query.integer(6), query.int64(7)});
    return playlists;
}

std::optional<StoredPlaylist> PlaylistStore::find(std::int64_t id)
{
    for (StoredPlaylist& playlist : all()) {
        if (playlist.id == id)
            return std::move(playlist);
    }
    return std::nullopt;
}

std::optional<std::int64_t> PlaylistStore::idOf(const QString& name)
{
    auto query = m_db.prepare("SELECT id FROM playlists WHERE name = ?");
    query.bind(1, name);
    return query.step() ? std::optional(query.int64(0)) : std::nullopt;
}

std::int64_t PlaylistStore::add(const QString& name, const QJsonObject& recipe)
{
    auto insert =
        m_db.prepare("INSERT INTO playlists(name, recipe, created_at, updated_at) VALUES(?, ?, ?, ?)");
    insert.bind(1, name);
    if (recipe.isEmpty())
        insert.bindNull(2);
    else
        insert.bind(2, toJson(recipe));
    insert.bind(3, now()).bind(4, now()).run();
    return m_db.lastInsertId();
}

void PlaylistStore::rename(std::int64_t id, const QString& name)
{
    m_db.prepare("UPDATE playlists SET name = ?, updated_at = ? WHERE id = ?")
        .bind(1, name)
        .bind(2, now())
        .bind(3, id)
        .run();
}

void PlaylistStore::remove(std::int64_t id)
{
    m_db.prepare("DELETE FROM playlists WHERE id = ?").bind(1, id).run();
}

void PlaylistStore::touch(std::int64_t id)
{
    m_db.prepare("UPDATE playlists SET updated_at = ? WHERE id = ?").bind(1, now()).bind(2, id).run();
}

void PlaylistStore::setRecipe(std::int64_t id, const QJsonObject& recipe,
                              const std::vector<StoredSeed>& seeds)
{
    auto update = m_db.prepare("UPDATE playlists SET recipe = ? WHERE id = ?");
    if (recipe.isEmpty())
        update.bindNull(1);
    else
        update.bind(1, toJson(recipe));
    update.bind(2, id).run();
    m_db.prepare("DELETE FROM playlist_seeds WHERE playlist_id = ?").bind(1, id).run();
    auto insert =
        m_db.prepare("INSERT INTO playlist_seeds(playlist_id, position, track_id, path) VALUES(?, ?, ?, ?)");
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        insert.reset();
        insert.bind(1, id).bind(2, std::int64_t(i));
        bindTrack(insert, 3, seeds[i].trackId);
        insert.bind(4, std::string_view(seeds[i].path)).run();
    }
    touch(id);
}

void PlaylistStore::setEntries(std::int64_t id, const std::vector<StoredEntry>& entries)
{
    m_db.prepare("DELETE FROM playlist_entries WHERE playlist_id = ?").bind(1, id).run();
    auto insert = m_db.prepare("INSERT INTO playlist_entries(playlist_id, position, track_id, path, title, "
                               "artist, duration_ms, similarity, seed_id, why, calibrated_match) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const StoredEntry& e = entries[i];
        insert.reset();
        insert.bind(1, id).bind(2, std::int64_t(i));
        bindTrack(insert, 3, e.trackId);
        insert.bind(4, std::string_view(e.path)).bind(5, e.title).bind(6, e.artist).bind(7, e.durationMs);
        if (e.similarity >= 0)
            insert.bind(8, e.similarity);
        else
            insert.bindNull(8);
        insert.bind(9, e.seedId).bind(10, e.why).bind(11, e.match).run();
    }
    touch(id);
}

std::vector<StoredEntry> PlaylistStore::entries(std::int64_t id)
{
    const std::string sql =
        "SELECT " + linked("e") +
        ", path, title, artist, duration_ms, similarity, seed_id, why, calibrated_match FROM "
        "playlist_entries e WHERE playlist_id = ? ORDER BY position";
    auto query = m_db.prepare(sql.c_str());
    query.bind(1, id);
    std::vector<StoredEntry> entries;
    while (query.step())
        entries.push_back({query.isNull(0) ? 0 : query.int64(0), query.bytes(1), query.text(2), query.text(3),
                           query.integer(4), query.isNull(5) ? -1.0 : query.real(5), query.int64(6),
                           query.text(7), query.real(8)});
    return entries;
}

std::vector<StoredSeed> PlaylistStore::seeds(std::int64_t id)
{
    const std::string sql =
        "SELECT " + linked("s") + ", path FROM playlist_seeds s WHERE playlist_id = ? ORDER BY position";
    auto query = m_db.prepare(sql.c_str());
    query.bind(1, id);
    std::vector<StoredSeed> seeds;
    while (query.step())
        seeds.push_back({query.isNull(0) ? 0 : query.int64(0), query.bytes(1)});
    return seeds;
}

} // namespace soundalike
