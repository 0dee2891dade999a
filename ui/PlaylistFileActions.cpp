#include "ui/PlaylistFileActions.h"

#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/PlaylistFiles.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

PlaylistFileActions::PlaylistFileActions(Playlist& playlist, Library& library, QWidget* window)
    : QObject(window), m_playlist(playlist), m_library(library), m_window(window)
{}

void PlaylistFileActions::exportPlaylist(bool absolute)
{
    if (m_playlist.isEmpty()) {
        emit message(tr("The playlist is empty: there is nothing to export."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Playlist"), QString(),
                                                      tr("M3U8 playlist (*.m3u8);;M3U playlist (*.m3u)"));
    if (file.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        const QString error = watcher->result();
        watcher->deleteLater();
        emit message(error.isEmpty() ? tr("Playlist saved to %1").arg(file) : error);
    });
    const auto paths = absolute ? PlaylistFiles::Paths::Absolute : PlaylistFiles::Paths::Relative;
    watcher->setFuture(QtConcurrent::run([file, entries = m_playlist.entries(), paths] {
        try {
            return PlaylistFiles::save(file, entries, paths);
        } catch (const std::exception& e) {
            return QString::fromStdString(e.what());
        }
    }));
}

void PlaylistFileActions::importPlaylist()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import Playlist"), QString(),
                                                      tr("Playlists (*.m3u *.m3u8)"));
    if (!file.isEmpty())
        importFile(file);
}

void PlaylistFileActions::importFile(const QString& file, std::function<void()> done)
{
    auto* watcher = new QFutureWatcher<PlaylistFiles::Loaded>(this);
    connect(watcher, &QFutureWatcher<PlaylistFiles::Loaded>::finished, this, [this, watcher, done] {
        const PlaylistFiles::Loaded loaded = watcher->result();
        watcher->deleteLater();
        if (loaded.error.isEmpty())
            useImported(loaded.trackPaths, loaded.problems, done);
        else
            emit message(loaded.error);
    });
    watcher->setFuture(QtConcurrent::run([file] {
        try {
            return PlaylistFiles::load(file);
        } catch (const std::exception& e) {
            return PlaylistFiles::Loaded{{}, {}, QString::fromStdString(e.what())};
        }
    }));
}

void PlaylistFileActions::useImported(const QStringList& paths, const QStringList& problems,
                                      const std::function<void()>& done)
{
    m_library.importPaths(paths, this, [this, problems, done](const ImportedTracks& imported) {
        std::vector<PlaylistEntry> entries;
        for (const Track& track : imported.tracks)
            entries.push_back({track, -1, 0, {}});
        m_playlist.setEntries(std::move(entries));
        const QStringList skipped = problems + imported.problems;
        if (!skipped.isEmpty())
            emit message(tr("Skipped %n entr(y/ies): %1", nullptr, int(skipped.size()))
                             .arg(skipped.join(QStringLiteral("; "))));
        if (done)
            done();
    });
}

} // namespace soundalike
