#include "core/service/playlists/PlaylistLibrary.h"

#include "core/common/Logging.h"

#include <QFutureWatcher>

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace soundalike {

PlaylistLibrary::PlaylistLibrary(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    // One thread that never retires: the changes keep their order and share one database connection.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_outsideCheck.setInterval(2000);
    connect(&m_outsideCheck, &QTimer::timeout, this, &PlaylistLibrary::checkOutside);
}

PlaylistLibrary::~PlaylistLibrary()
{
    m_pool.waitForDone();
}

const StoredPlaylist* PlaylistLibrary::find(std::int64_t id) const
{
    const auto it = std::find_if(m_playlists.begin(), m_playlists.end(),
                                 [id](const StoredPlaylist& p) { return p.id == id; });
    return it == m_playlists.end() ? nullptr : &*it;
}

const StoredPlaylist* PlaylistLibrary::findByName(const QString& name) const
{
    const auto it = std::find_if(m_playlists.begin(), m_playlists.end(),
                                 [name](const StoredPlaylist& p) { return p.name == name; });
    return it == m_playlists.end() ? nullptr : &*it;
}

void PlaylistLibrary::submit(std::function<Apply(SavedPlaylists&)> work)
{
    auto* watcher = new QFutureWatcher<Apply>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher] {
        const Apply apply = watcher->result();
        watcher->deleteLater();
        apply();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [this, work = std::move(work)]() -> Apply {
        try {
            if (!m_worker)
                m_worker = std::make_unique<SavedPlaylists>(m_databasePath);
            return work(*m_worker);
        } catch (const std::exception& e) {
            return [this, message = QString::fromStdString(e.what())] { emit failed(message); };
        }
    }));
}

void PlaylistLibrary::takeList(std::vector<StoredPlaylist> list)
{
    m_playlists = std::move(list);
    // Watched only once the library has opened: a library that cannot open says so once, not every check.
    if (!m_loaded) {
        m_checkedList = m_playlists;
        m_outsideCheck.start();
    }
    m_loaded = true;
    emit changed();
}

// The check runs on the worker after any change asked before it; the app's own changes move only other
// connections' counter, never this one's. The version is taken only with a list read in full, so a failed
// read is tried again at the next check, and a reload in between (which shows the list) cannot hide which
// playlists another program edited.
void PlaylistLibrary::checkOutside()
{
    if (m_checking)
        return;
    m_checking = true;
    submit([this](SavedPlaylists& saved) -> Apply {
        const Apply checked = [this] { m_checking = false; };
        try {
            const std::int64_t version = saved.libraryVersion();
            if (m_checkedVersion == version)
                return checked;
            std::vector<StoredPlaylist> list = saved.list();
            m_checkedVersion = version;
            return [this, list = std::move(list)]() mutable {
                m_checking = false;
                takeOutsideList(std::move(list));
            };
        } catch (const std::exception& e) {
            // Not the person's doing, and tried again at the next check: logged, not shown.
            qCWarning(lcLibrary) << "checking for playlists saved elsewhere failed:" << e.what();
            return checked;
        }
    });
}

void PlaylistLibrary::takeOutsideList(std::vector<StoredPlaylist> list)
{
    std::vector<std::int64_t> edited;
    for (const StoredPlaylist& now : list) {
        const auto before = std::find_if(m_checkedList.begin(), m_checkedList.end(),
                                         [&](const StoredPlaylist& p) { return p.id == now.id; });
        if (before != m_checkedList.end() &&
            (before->updatedAt != now.updatedAt || before->tracks != now.tracks ||
             before->durationMs != now.durationMs || before->unavailable != now.unavailable))
            edited.push_back(now.id);
    }
    m_checkedList = list;
    if (list != m_playlists)
        takeList(std::move(list));
    for (std::int64_t id : edited)
        emit entriesChanged(id);
}

// Only the playlist the app itself changed: the list may also hold another program's edit of another
// playlist, read with it, which the next check must still tell.
void PlaylistLibrary::markChecked(std::int64_t id, const std::vector<StoredPlaylist>& list)
{
    if (!id)
        return;
    std::erase_if(m_checkedList, [id](const StoredPlaylist& p) { return p.id == id; });
    const auto now =
        std::find_if(list.begin(), list.end(), [id](const StoredPlaylist& p) { return p.id == id; });
    if (now != list.end())
        m_checkedList.push_back(*now);
}

void PlaylistLibrary::reload()
{
    submit([this](SavedPlaylists& saved) -> Apply {
        // The first read sets the version the checks compare with.
        if (!m_checkedVersion)
            m_checkedVersion = saved.libraryVersion();
        return [this, list = saved.list()]() mutable { takeList(std::move(list)); };
    });
}

void PlaylistLibrary::change(std::function<std::int64_t(SavedPlaylists&)> work, bool entries,
                             QObject* receiver, std::function<void(std::int64_t)> done)
{
    submit([this, work = std::move(work), entries, receiver = QPointer<QObject>(receiver),
            done = std::move(done)](SavedPlaylists& saved) -> Apply {
        const std::int64_t id = work(saved);
        return [this, id, entries, receiver, done, list = saved.list()]() mutable {
            markChecked(id, list);
            takeList(std::move(list));
            if (entries && id)
                emit entriesChanged(id);
            if (receiver && done)
                done(id);
        };
    });
}

void PlaylistLibrary::save(const QString& name, std::vector<PlaylistEntry> entries,
                           std::optional<PlaylistRequest> recipe, bool replace, QObject* receiver,
                           std::function<void(std::int64_t)> done)
{
    change([name, entries = std::move(entries), recipe = std::move(recipe),
            replace](SavedPlaylists& saved) { return saved.save(name, entries, recipe, replace); },
           true, receiver, std::move(done));
}

void PlaylistLibrary::rename(std::int64_t id, const QString& name, QObject* receiver,
                             std::function<void(std::int64_t)> done)
{
    change(
        [id, name](SavedPlaylists& saved) {
            saved.rename(id, name);
            return id;
        },
        false, receiver, std::move(done));
}

void PlaylistLibrary::duplicate(std::int64_t id, QObject* receiver, std::function<void(std::int64_t)> done)
{
    change([id](SavedPlaylists& saved) { return saved.duplicate(id); }, false, receiver, std::move(done));
}

void PlaylistLibrary::remove(std::int64_t id)
{
    change(
        [id](SavedPlaylists& saved) {
            saved.remove(id);
            return id;
        },
        false);
}

void PlaylistLibrary::setEntries(std::int64_t id, std::vector<PlaylistEntry> entries)
{
    change(
        [id, entries = std::move(entries)](SavedPlaylists& saved) {
            saved.setEntries(id, entries);
            return id;
        },
        true);
}

void PlaylistLibrary::load(std::int64_t id, QObject* receiver, std::function<void(const SavedPlaylist&)> done)
{
    submit(
        [id, receiver = QPointer<QObject>(receiver), done = std::move(done)](SavedPlaylists& saved) -> Apply {
            return [receiver, done, playlist = saved.load(id)] {
                if (receiver)
                    done(playlist);
            };
        });
}

void PlaylistLibrary::importFile(const FilePath& file, const QString& name, bool replace, QObject* receiver,
                                 std::function<void(const ImportedPlaylist&)> done)
{
    submit([this, file, name, replace, receiver = QPointer<QObject>(receiver),
            done = std::move(done)](SavedPlaylists& saved) -> Apply {
        ImportedPlaylist imported = saved.importFile(file, name, replace);
        return [this, receiver, done, imported = std::move(imported), list = saved.list()]() mutable {
            takeList(std::move(list));
            emit entriesChanged(imported.id);
            if (receiver)
                done(imported);
        };
    });
}

void PlaylistLibrary::regenerate(std::int64_t id, std::uint64_t randomSeed,
                                 std::vector<std::int64_t> excluded, QObject* receiver,
                                 std::function<void(const RegeneratedPlaylist&)> done)
{
    submit([this, id, randomSeed, excluded = std::move(excluded), receiver = QPointer<QObject>(receiver),
            done = std::move(done)](SavedPlaylists& saved) -> Apply {
        RegeneratedPlaylist fresh = saved.regenerate(id, randomSeed, excluded);
        return [this, id, receiver, done, fresh = std::move(fresh), list = saved.list()]() mutable {
            markChecked(id, list);
            takeList(std::move(list));
            emit entriesChanged(id);
            if (receiver)
                done(fresh);
        };
    });
}

} // namespace soundalike
