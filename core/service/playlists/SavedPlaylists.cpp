#include "core/service/playlists/SavedPlaylists.h"

#include "core/service/PlaylistBuilder.h"
#include "core/service/playlists/PickExplanation.h"
#include "core/service/playlists/PlaylistRecipe.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <stdexcept>

namespace soundalike {

namespace {

// Long enough for any real name, short enough for a menu or a D-Bus client to show.
constexpr int kMaxNameLength = 200;

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

bool isDigits(const QString& text)
{
    return !text.isEmpty() && text.size() < 19 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// A song whose track row is gone, shown by what it was saved as.
Track savedAs(const StoredEntry& e)
{
    Track track;
    track.path = e.path;
    track.title = e.title.isEmpty() ? displayPath(e.path).section(QLatin1Char('/'), -1) : e.title;
    track.artist = e.artist;
    track.durationMs = e.durationMs;
    track.available = false;
    return track;
}

// A song of a playlist file that the library does not have (yet): by its own tags, else by what the file
// said of it. A scan that brings it in makes it the library's track (by its path).
Track outsideTrack(const PlaylistFileEntry& listed, const PlaylistFileEntry& tagged)
{
    Track track;
    track.path = listed.path;
    track.title = tagged.title.isEmpty() ? listed.title : tagged.title;
    track.artist = tagged.artist.isEmpty() ? listed.artist : tagged.artist;
    const int seconds = tagged.durationSeconds >= 0 ? tagged.durationSeconds : listed.durationSeconds;
    track.durationMs = std::max(0, seconds) * 1000;
    return track;
}

} // namespace

SavedPlaylists::SavedPlaylists(QString databasePath) : m_databasePath(std::move(databasePath)) {}

SavedPlaylists::~SavedPlaylists() = default;

Database& SavedPlaylists::db()
{
    if (!m_db)
        m_db = std::make_unique<Database>(m_databasePath);
    return *m_db;
}

std::int64_t SavedPlaylists::libraryVersion()
{
    return db().dataVersion();
}

QString SavedPlaylists::cleanName(const QString& name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        fail(QCoreApplication::translate("SavedPlaylists", "A playlist needs a name."));
    if (clean.size() > kMaxNameLength)
        fail(QCoreApplication::translate("SavedPlaylists", "A playlist name can have at most %1 characters.")
                 .arg(kMaxNameLength));
    return clean;
}

QString SavedPlaylists::freeName(const QString& base)
{
    const QString clean = cleanName(base);
    PlaylistStore store(db());
    QString name = clean;
    for (int n = 2; store.idOf(name); ++n)
        name = QStringLiteral("%1 %2").arg(clean).arg(n);
    return name;
}

std::vector<StoredPlaylist> SavedPlaylists::list()
{
    std::vector<StoredPlaylist> playlists = PlaylistStore(db()).all();
    // The C locale (a bare environment, CI) compares bytes and ignores numeric mode: sort as English then.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(playlists.begin(), playlists.end(),
                     [&](const StoredPlaylist& a, const StoredPlaylist& b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    return playlists;
}

std::optional<StoredPlaylist> SavedPlaylists::find(const QString& nameOrId)
{
    PlaylistStore store(db());
    if (const std::optional<std::int64_t> id = store.idOf(nameOrId.simplified()))
        return store.find(*id);
    if (isDigits(nameOrId))
        return store.find(nameOrId.toLongLong());
    return std::nullopt;
}

StoredPlaylist SavedPlaylists::require(std::int64_t id)
{
    std::optional<StoredPlaylist> playlist = PlaylistStore(db()).find(id);
    if (!playlist)
        fail(QCoreApplication::translate("SavedPlaylists", "There is no saved playlist with id %1.").arg(id));
    return std::move(*playlist);
}

SavedPlaylist SavedPlaylists::load(std::int64_t id)
{
    SavedPlaylist playlist;
    playlist.info = require(id);
    // Explained again: a playlist saved in another language reads in this one.
    playlist.entries = PickExplanation(db()).again(entriesOf(id));
    playlist.recipe = recipeOf(playlist.info);
    return playlist;
}

std::vector<PlaylistEntry> SavedPlaylists::entriesOf(std::int64_t id)
{
    TrackStore tracks(db());
    std::vector<PlaylistEntry> entries;
    for (const StoredEntry& e : PlaylistStore(db()).entries(id)) {
        std::optional<Track> track = e.trackId ? tracks.track(e.trackId) : std::nullopt;
        entries.push_back({track ? std::move(*track) : savedAs(e), e.similarity, e.seedId, e.why, e.match});
    }
    return entries;
}

std::optional<PlaylistRequest> SavedPlaylists::recipeOf(const StoredPlaylist& playlist)
{
    if (!playlist.generated())
        return std::nullopt;
    PlaylistRequest request = PlaylistRecipe::fromJson(playlist.recipe);
    for (const StoredSeed& seed : PlaylistStore(db()).seeds(playlist.id)) {
        if (seed.trackId)
            request.seeds.push_back(seed.trackId);
    }
    return request;
}

std::vector<StoredEntry> SavedPlaylists::stored(const std::vector<PlaylistEntry>& entries)
{
    std::vector<StoredEntry> rows;
    rows.reserve(entries.size());
    for (const PlaylistEntry& e : entries)
        rows.push_back({e.track.id, e.track.path, e.track.title, e.track.artist, e.track.durationMs,
                        e.similarity, e.seedId, e.why, e.match});
    return rows;
}

void SavedPlaylists::writeRecipe(std::int64_t id, const std::optional<PlaylistRequest>& recipe)
{
    std::vector<StoredSeed> seeds;
    if (recipe) {
        TrackStore tracks(db());
        for (const std::int64_t seed : recipe->seeds) {
            if (const std::optional<Track> track = tracks.track(seed))
                seeds.push_back({seed, track->path});
        }
    }
    PlaylistStore(db()).setRecipe(id, recipe ? PlaylistRecipe::toJson(*recipe) : QJsonObject(), seeds);
}

std::int64_t SavedPlaylists::save(const QString& name, const std::vector<PlaylistEntry>& entries,
                                  const std::optional<PlaylistRequest>& recipe, bool replace)
{
    const QString clean = cleanName(name);
    Transaction transaction(db());
    PlaylistStore store(db());
    std::optional<std::int64_t> id = store.idOf(clean);
    if (id && !replace)
        fail(QCoreApplication::translate("SavedPlaylists", "A playlist named “%1” already exists.")
                 .arg(clean));
    if (!id)
        id = store.add(clean, {});
    writeRecipe(*id, recipe);
    store.setEntries(*id, stored(entries));
    transaction.commit();
    return *id;
}

void SavedPlaylists::rename(std::int64_t id, const QString& name)
{
    const QString clean = cleanName(name);
    Transaction transaction(db());
    PlaylistStore store(db());
    const StoredPlaylist playlist = require(id);
    if (playlist.name == clean)
        return;
    if (store.idOf(clean))
        fail(QCoreApplication::translate("SavedPlaylists", "A playlist named “%1” already exists.")
                 .arg(clean));
    store.rename(id, clean);
    transaction.commit();
}

std::int64_t SavedPlaylists::duplicate(std::int64_t id)
{
    Transaction transaction(db());
    PlaylistStore store(db());
    const StoredPlaylist original = require(id);
    const std::int64_t copy = store.add(freeName(original.name), {});
    store.setRecipe(copy, original.recipe, store.seeds(id));
    store.setEntries(copy, store.entries(id));
    transaction.commit();
    return copy;
}

void SavedPlaylists::remove(std::int64_t id)
{
    Transaction transaction(db());
    require(id);
    PlaylistStore(db()).remove(id);
    transaction.commit();
}

void SavedPlaylists::setEntries(std::int64_t id, const std::vector<PlaylistEntry>& entries)
{
    Transaction transaction(db());
    require(id);
    PlaylistStore(db()).setEntries(id, stored(entries));
    transaction.commit();
}

ImportedPlaylist SavedPlaylists::importFile(const FilePath& file, const QString& name, bool replace)
{
    ImportedPlaylist imported;
    PlaylistFiles files(m_databasePath);
    imported.read = files.read(file);
    std::vector<PlaylistEntry> entries;
    for (const PlaylistFiles::Entry& e : imported.read.entries) {
        entries.push_back({e.track ? *e.track : outsideTrack(e.entry, e.tagged), -1, 0, {}});
    }
    // A saved playlist of nothing would only stand in the way of importing it again once the songs are back.
    if (entries.empty())
        fail(QCoreApplication::translate("SavedPlaylists",
                                         "Nothing was saved: none of the songs in “%1” can be found.")
                 .arg(displayPath(file).section(QLatin1Char('/'), -1)));
    imported.id = save(name, entries, std::nullopt, replace);
    return imported;
}

RegeneratedPlaylist SavedPlaylists::regenerate(std::int64_t id, std::uint64_t randomSeed,
                                               const std::vector<std::int64_t>& excluded)
{
    const SavedPlaylist saved = load(id);
    if (!saved.recipe)
        fail(QCoreApplication::translate(
                 "SavedPlaylists", "\"%1\" was not generated: there is no recipe to make it again from.")
                 .arg(saved.info.name));
    PlaylistRequest request = *saved.recipe;
    if (int(request.seeds.size()) < minimumSeeds(request.order))
        fail(
            QCoreApplication::translate("SavedPlaylists", "The seeds of \"%1\" are no longer in the library.")
                .arg(saved.info.name));
    request.randomSeed = randomSeed;
    request.excluded.insert(request.excluded.end(), excluded.begin(), excluded.end());
    const PlaylistResult result = PlaylistBuilder::build(m_databasePath, request);
    if (!result.error.isEmpty())
        fail(result.error);
    setEntries(id, result.entries);
    return {load(id), result.notes};
}

} // namespace soundalike
