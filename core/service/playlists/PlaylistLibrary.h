#pragma once

#include "core/service/playlists/SavedPlaylists.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace soundalike {

// The saved playlists as the window and MPRIS see them: a snapshot of the list on the GUI thread, and every
// read and change carried out by SavedPlaylists on one worker thread, one after another in the order asked,
// so no call blocks on the disk. A change reloads the list before changed() says so. A result goes to `done`
// on this thread, and only while `receiver` exists; a failure is failed(message) instead.
class PlaylistLibrary : public QObject
{
    Q_OBJECT

public:
    explicit PlaylistLibrary(QString databasePath, QObject* parent = nullptr);
    ~PlaylistLibrary() override;

    // In SavedPlaylists::list() order; empty until the first load has ended.
    const std::vector<StoredPlaylist>& playlists() const { return m_playlists; }
    [[nodiscard]] const StoredPlaylist* find(std::int64_t id) const;
    [[nodiscard]] const StoredPlaylist* findByName(const QString& name) const;
    bool isLoaded() const { return m_loaded; }

    // Reads the list again (tracks became unavailable or came back).
    void reload();
    // How often the library is checked for playlists changed by another program (the command line); the
    // default costs one read of a counter every two seconds.
    void setOutsideCheckInterval(int milliseconds) { m_outsideCheck.setInterval(milliseconds); }
    void save(const QString& name, std::vector<PlaylistEntry> entries, std::optional<PlaylistRequest> recipe,
              bool replace, QObject* receiver, std::function<void(std::int64_t id)> done);
    // `done` runs once the new name is stored (not when it is refused: failed() says why).
    void rename(std::int64_t id, const QString& name, QObject* receiver = nullptr,
                std::function<void(std::int64_t id)> done = {});
    void duplicate(std::int64_t id, QObject* receiver, std::function<void(std::int64_t copy)> done);
    void remove(std::int64_t id);
    void setEntries(std::int64_t id, std::vector<PlaylistEntry> entries);
    void load(std::int64_t id, QObject* receiver, std::function<void(const SavedPlaylist&)> done);
    void importFile(const FilePath& file, const QString& name, bool replace, QObject* receiver,
                    std::function<void(const ImportedPlaylist&)> done);
    void regenerate(std::int64_t id, std::uint64_t randomSeed, std::vector<std::int64_t> excluded,
                    QObject* receiver, std::function<void(const RegeneratedPlaylist&)> done);

signals:
    // The list changed: a name, a count, a playlist added or gone.
    void changed();
    // The songs of one playlist changed.
    void entriesChanged(std::int64_t id);
    void failed(const QString& message);

private:
    // What a worker's result does once back on this thread.
    using Apply = std::function<void()>;

    void submit(std::function<Apply(SavedPlaylists&)> work);
    // A change: `work` returns the playlist it changed (0: none in particular); the list is reloaded after
    // it.
    void change(std::function<std::int64_t(SavedPlaylists&)> work, bool entries, QObject* receiver = nullptr,
                std::function<void(std::int64_t)> done = {});
    void takeList(std::vector<StoredPlaylist> list);
    void checkOutside();
    // Takes a list read after another program wrote: says only what differs from the one shown.
    void takeOutsideList(std::vector<StoredPlaylist> list);
    void markChecked(std::int64_t id, const std::vector<StoredPlaylist>& list);

    QString m_databasePath;
    QThreadPool m_pool;
    std::unique_ptr<SavedPlaylists> m_worker; // used by the pool's one thread only
    std::vector<StoredPlaylist> m_playlists;
    bool m_loaded = false;
    QTimer m_outsideCheck;
    bool m_checking = false;
    std::optional<std::int64_t> m_checkedVersion; // the worker's: the library's version at the last check
    std::vector<StoredPlaylist> m_checkedList;    // the list as of the last check or own change
};

} // namespace soundalike
