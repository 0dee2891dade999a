#include "ui/PlaylistFileActions.h"
#include "ui/FileDialogs.h"

#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/PlaylistFiles.h"
#include "core/service/Settings.h"
#include "ui/StatusText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

// What the listener calls a playlist file.
QString fileName(const FilePath& file)
{
    return displayPath(file).section(QLatin1Char('/'), -1);
}

// What reading a playlist gives the window: the files to bring in, and why some entries were skipped.
struct ReadPlaylist
{
    std::vector<FilePath> paths;
    QStringList problems;
    QString error;
};

} // namespace

PlaylistFileActions::PlaylistFileActions(PlaylistHistory& history, Application& application,
                                         std::function<QString()> suggestedName, QWidget* window)
    : QObject(window), m_history(history), m_application(application),
      m_suggestedName(std::move(suggestedName)), m_window(window)
{}

void PlaylistFileActions::exportPlaylist(bool absolute)
{
    exportTracks(playlistTracks(), m_suggestedName ? m_suggestedName() : QString(), absolute);
}

void PlaylistFileActions::exportTracks(std::vector<Track> tracks, const QString& name, bool absolute)
{
    if (tracks.empty()) {
        emit message(tr("The playlist is empty: there is nothing to export."));
        return;
    }
    dialogFor(std::move(tracks), name, absolute)->open();
}

QFileDialog* PlaylistFileActions::exportDialog(bool absolute)
{
    return dialogFor(playlistTracks(), m_suggestedName ? m_suggestedName() : QString(), absolute);
}

std::vector<Track> PlaylistFileActions::playlistTracks() const
{
    std::vector<Track> tracks;
    for (const PlaylistEntry& entry : m_history.playlist().entries())
        tracks.push_back(entry.track);
    return tracks;
}

QString PlaylistFileActions::playlistFolder() const
{
    // A folder that does not exist would leave the dialog in the folder the app was started from.
    const QStringList candidates{m_application.settings().lastFolder(QStringLiteral("export")),
                                 m_application.library().folders().value(0),
                                 QStandardPaths::writableLocation(QStandardPaths::MusicLocation)};
    for (const QString& folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

QString PlaylistFileActions::choosePlaylistFile(const QString& title)
{
    const QString file =
        FileDialogs::openFile(m_window, title, tr("Playlists (*.m3u *.m3u8)"), playlistFolder());
    if (!file.isEmpty())
        m_application.settings().setLastFolder(QStringLiteral("export"), QFileInfo(file).absolutePath());
    return file;
}

QFileDialog* PlaylistFileActions::dialogFor(std::vector<Track> tracks, QString name, bool absolute)
{
    auto* dialog = new QFileDialog(m_window, tr("Export Playlist"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    FileDialogs::neverReadContents(*dialog);
    dialog->setNameFilters({tr("M3U8 playlist (*.m3u8)"), tr("M3U playlist (*.m3u)")});
    dialog->setDirectory(playlistFolder());
    name = FileDialogs::portableFileName(name);
    dialog->selectFile(name.isEmpty() ? tr("Playlist") : name);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, absolute, tracks = std::move(tracks)](const QString& file) {
                write(withExtension(file, dialog->selectedNameFilter()), tracks, absolute);
            });
    return dialog;
}

QString PlaylistFileActions::withExtension(const QString& chosen, const QString& filter)
{
    if (PlaylistFiles::isPlaylistName(toFilePath(chosen)))
        return chosen;
    return chosen +
           (filter.contains(QLatin1String("*.m3u8")) ? QStringLiteral(".m3u8") : QStringLiteral(".m3u"));
}

void PlaylistFileActions::exportTo(const QString& file, bool absolute)
{
    write(file, playlistTracks(), absolute);
}

void PlaylistFileActions::write(const QString& file, std::vector<Track> tracks, bool absolute)
{
    m_application.settings().setLastFolder(QStringLiteral("export"), QFileInfo(file).absolutePath());
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        const QString error = watcher->result();
        watcher->deleteLater();
        emit message(error.isEmpty() ? tr("Playlist saved to %1.").arg(file) : error);
    });
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
    const QString file = choosePlaylistFile(tr("Import Playlist"));
    if (!file.isEmpty())
        importFile(toFilePath(file));
}

void PlaylistFileActions::importFile(const FilePath& file, std::function<void()> done)
{
    auto* watcher = new QFutureWatcher<ReadPlaylist>(this);
    connect(watcher, &QFutureWatcher<ReadPlaylist>::finished, this, [this, watcher, done, file] {
        const ReadPlaylist read = watcher->result();
        watcher->deleteLater();
        if (read.error.isEmpty())
            openImported(file, read.paths, read.problems, {fileName(file), 0, {}}, done);
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

void PlaylistFileActions::openImported(const FilePath& file, const std::vector<FilePath>& paths,
                                       const QStringList& problems, const PlaylistOrigin& origin,
                                       const std::function<void()>& done)
{
    m_application.pipeline().importFiles(
        paths, false, this, [this, file, problems, origin, done](const ImportedTracks& imported) {
            // The job's own failure first (LibraryPipeline puts it first among its problems).
            const QStringList skipped = imported.problems + problems;
            QStringList said;
            if (imported.cancelled) {
                // Stopped by the user, who knows why nothing changed.
            } else if (imported.tracks.empty()) {
                // An empty playlist replacing the one playing would look like losing it.
                said << tr("“%1” has no song that can be played; the playlist was left as it was.")
                            .arg(origin.title);
                said << (skipped.isEmpty() ? QString() : skippedText(skipped));
            } else {
                std::vector<PlaylistEntry> entries;
                for (const Track& track : imported.tracks)
                    entries.push_back({track, -1, 0, {}});
                m_history.open(std::move(entries), origin);
                said << tr("Imported %n song(s) from “%1”.", nullptr, int(imported.tracks.size()))
                            .arg(fileName(file));
                said << (skipped.isEmpty() ? QString() : skippedText(skipped));
            }
            said.removeAll(QString());
            if (!said.isEmpty())
                emit message(said.join(QLatin1Char(' ')));
            if (done)
                done();
        });
}

QString PlaylistFileActions::skippedText(const QStringList& skipped)
{
    return tr("Skipped %n entr(y/ies): %1", nullptr, int(skipped.size())).arg(StatusText::firstFew(skipped));
}

} // namespace soundalike
