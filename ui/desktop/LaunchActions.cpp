#include "ui/desktop/LaunchActions.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/PlaylistFiles.h"
#include "ui/MainWindow.h"
#include "ui/PlaylistFileActions.h"
#include "ui/SeedList.h"
#include "ui/StatusText.h"

#include <QDir>

#include <algorithm>
#include <iterator>
#include <sys/stat.h>

namespace soundalike {

namespace {

bool isUrl(const FilePath& path)
{
    return !path.starts_with('/');
}

bool isFolder(const FilePath& path)
{
    struct stat st
    {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

LaunchActions::LaunchActions(MainWindow& window, QObject* parent) : QObject(parent), m_window(window)
{
    connect(&m_window.library(), &Library::opened, this, [this] {
        for (const LaunchRequest& request : std::exchange(m_waiting, {}))
            act(request);
    });
    connect(&m_window, &MainWindow::openFilesRequested, this,
            [this](const QStringList& paths) { carryOut(LaunchRequest::open(paths, QDir::currentPath())); });
}

void LaunchActions::carryOut(const LaunchRequest& request)
{
    // Before the library has opened, the session it restores would replace what is opened now.
    if (m_window.library().isOpen())
        act(request);
    else
        m_waiting.push_back(request);
}

void LaunchActions::act(const LaunchRequest& request)
{
    // A start without arguments brings the window forward, as launching a running app does on any desktop.
    if (request.isEmpty() || !request.paths.empty())
        raise();
    runCommand(request.command);
    if (!request.paths.empty())
        open(request.paths);
}

void LaunchActions::raise()
{
    m_window.show();
    m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.raise();
    m_window.activateWindow();
}

void LaunchActions::quit()
{
    m_window.quit();
}

void LaunchActions::runCommand(LaunchRequest::Command command)
{
    Player& player = m_window.player();
    switch (command) {
    case LaunchRequest::Command::None:
        break;
    case LaunchRequest::Command::PlayPause:
        player.togglePlay();
        break;
    case LaunchRequest::Command::Next:
        player.next();
        break;
    case LaunchRequest::Command::Previous:
        player.previous();
        break;
    case LaunchRequest::Command::Quit:
        quit();
        break;
    }
}

void LaunchActions::open(const std::vector<FilePath>& paths)
{
    std::vector<FilePath> media;
    std::vector<FilePath> playlists;
    QStringList problems;
    for (const FilePath& path : paths) {
        if (isUrl(path))
            problems << tr("%1: not a file on this computer").arg(displayPath(path));
        else if (PlaylistFiles::isPlaylistName(path))
            playlists.push_back(path);
        else
            media.push_back(path);
    }
    // One playlist at a time: the audio files named with it, or a second M3U, would replace it at once.
    if (!playlists.empty() && media.empty()) {
        m_window.playlistFiles()->importFile(playlists.front(), [this] { m_window.player().playChosen(0); });
        playlists.erase(playlists.begin());
    }
    for (const FilePath& ignored : playlists)
        problems << tr("%1: only one playlist can be opened at a time").arg(displayPath(ignored));
    if (media.empty()) {
        report(problems);
        return;
    }
    std::vector<FilePath> files;
    std::copy_if(media.begin(), media.end(), std::back_inserter(files),
                 [](const FilePath& path) { return !isFolder(path); });
    m_window.application().pipeline().importFiles(media, false, this,
                                                  [this, files, problems](const ImportedTracks& imported) {
                                                      play(imported.tracks, files);
                                                      // After the seeds' own progress line, so that it does
                                                      // not hide what could not be opened.
                                                      report(problems + imported.problems);
                                                  });
}

void LaunchActions::play(const std::vector<Track>& tracks, const std::vector<FilePath>& seedFiles)
{
    if (tracks.empty())
        return;
    std::vector<PlaylistEntry> entries;
    std::vector<FilePath> seeds;
    for (const Track& track : tracks) {
        entries.push_back({track, -1, 0, {}});
        if (std::find(seedFiles.begin(), seedFiles.end(), track.path) != seedFiles.end())
            seeds.push_back(track.path);
    }
    m_window.history().open(std::move(entries), {tr("Opened files"), 0, {}}, 0);
    // The files named one by one become seeds once analysed, as dropped seeds are, so playlists grow from
    // their sound. They are in the library now, so this import only finds them and analyses them.
    if (!seeds.empty())
        m_window.seedList()->addPaths(seeds);
}

void LaunchActions::report(const QStringList& problems)
{
    if (problems.isEmpty())
        return;
    m_window.showMessage(tr("Could not open %n item(s): %1", nullptr, int(problems.size()))
                             .arg(StatusText::firstFew(problems)));
}

} // namespace soundalike
