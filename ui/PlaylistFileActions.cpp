#include "ui/PlaylistFileActions.h"

#include "core/playback/Playlist.h"
#include "core/service/Application.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/PlaylistFiles.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

// What reading a playlist gives the window: the files to bring in, and why some entries were skipped.
struct ReadPlaylist
{
    std::vector<FilePath> paths;
    QStringList problems;
    QString error;
};

} // namespace

PlaylistFileActions::PlaylistFileActions(Playlist& playlist, Application& application, QWidget* window)
    : QObject(window), m_playlist(playlist), m_application(application), m_window(window)
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
    std::vector<Track> tracks;
    for (const PlaylistEntry& entry : m_playlist.entries())
        tracks.push_back(entry.track);
    const M3uPathStyle style = absolute ? M3uPathStyle::Absolute : M3uPathStyle::Auto;
    watcher->setFuture(QtConcurrent::run([path = toFilePath(file), tracks = std::move(tracks), style] {
        try {
            PlaylistFiles::write(path, tracks, style);
            return QString();
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
        importFile(toFilePath(file));
}

void PlaylistFileActions::importFile(const FilePath& file, std::function<void()> done)
{
    auto* watcher = new QFutureWatcher<ReadPlaylist>(this);
    connect(watcher, &QFutureWatcher<ReadPlaylist>::finished, this, [this, watcher, done] {
        const ReadPlaylist read = watcher->result();
        watcher->deleteLater();
        if (read.error.isEmpty())
            useImported(read.paths, read.problems, done);
        else
            emit message(read.error);
    });
    watcher->setFuture(QtConcurrent::run([file, database = m_application.databasePath()] {
        try {
            const PlaylistFiles::Read read = PlaylistFiles(database).read(file);
            return ReadPlaylist{read.paths(), read.problems(), {}};
        } catch (const std::exception& e) {
            return ReadPlaylist{{}, {}, QString::fromStdString(e.what())};
        }
    }));
}

void PlaylistFileActions::useImported(const std::vector<FilePath>& paths, const QStringList& problems,
                                      const std::function<void()>& done)
{
    m_application.pipeline().importFiles(
        paths, false, this, [this, problems, done](const ImportedTracks& imported) {
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
