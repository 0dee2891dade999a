#include "ui/desktop/LaunchActions.h"

#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "ui/MainWindow.h"
#include "ui/PlaylistFileActions.h"
#include "ui/SeedList.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace soundalike {

namespace {

// The status bar shows one line: the first few problems name their files, the rest are counted.
constexpr int kProblemsNamed = 3;

bool isPlaylistFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("m3u") || suffix == QLatin1String("m3u8");
}

bool isUrl(const QString& path)
{
    return !path.startsWith(QLatin1Char('/'));
}

} // namespace

LaunchActions::LaunchActions(MainWindow& window, QObject* parent) : QObject(parent), m_window(window)
{
    connect(&m_window.library(), &Library::opened, this, [this] {
        for (const LaunchRequest& request : std::exchange(m_waiting, {}))
            act(request);
    });
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
    if (request.isEmpty() || !request.paths.isEmpty())
        raise();
    runCommand(request.command);
    if (!request.paths.isEmpty())
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
    if (m_window.close())
        QCoreApplication::quit();
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

void LaunchActions::open(const QStringList& paths)
{
    QStringList media;
    QStringList playlists;
    QStringList problems;
    for (const QString& path : paths) {
        if (isUrl(path))
            problems << tr("%1: not a file on this computer").arg(path);
        else if (isPlaylistFile(path))
            playlists << path;
        else
            media << path;
    }
    // One playlist at a time: the mp3s named with it, or a second M3U, would replace it at once.
    if (!playlists.isEmpty() && media.isEmpty()) {
        m_window.playlistFiles()->importFile(playlists.takeFirst(), [this] { m_window.player().playRow(0); });
    }
    for (const QString& ignored : playlists)
        problems << tr("%1: only one playlist can be opened at a time").arg(ignored);
    if (media.isEmpty()) {
        report(problems);
        return;
    }
    QStringList files;
    for (const QString& path : media) {
        if (!QFileInfo(path).isDir())
            files << path;
    }
    m_window.library().importPaths(media, this, [this, files, problems](const ImportedTracks& imported) {
        report(problems + imported.problems);
        play(imported.tracks, files);
    });
}

void LaunchActions::play(const std::vector<Track>& tracks, const QStringList& seedFiles)
{
    if (tracks.empty())
        return;
    std::vector<PlaylistEntry> entries;
    std::vector<Track> seeds;
    const QSet<QString> named(seedFiles.cbegin(), seedFiles.cend());
    for (const Track& track : tracks) {
        entries.push_back({track, -1, 0, {}});
        if (named.contains(displayPath(track.path)))
            seeds.push_back(track);
    }
    m_window.playlist().setEntries(std::move(entries));
    m_window.player().playRow(0);
    // The tracks themselves: those new to the library are not in its catalog until it reloads. They are
    // analysed first, as dropped seeds are, so playlists grow from their sound.
    m_window.seedList()->addImported({std::move(seeds), {}});
}

void LaunchActions::report(const QStringList& problems)
{
    if (problems.isEmpty())
        return;
    QString text = tr("Could not open %n item(s): %1", nullptr, int(problems.size()))
                       .arg(problems.mid(0, kProblemsNamed).join(QStringLiteral("; ")));
    if (problems.size() > kProblemsNamed)
        text += tr(" and %n more", nullptr, int(problems.size()) - kProblemsNamed);
    m_window.showMessage(text);
}

} // namespace soundalike
