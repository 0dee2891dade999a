#pragma once

#include "core/common/FilePath.h"
#include "core/common/Track.h"

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace soundalike {

class Application;
class PlaylistHistory;
struct PlaylistOrigin;

// File ▸ Export and Import Playlist: asks for the file, then has the core (PlaylistFiles) read or write it on
// a worker thread. Imported paths not in the library yet are brought into it through the job queue, and the
// list they make replaces the playlist through the history (Back returns to the one before).
class PlaylistFileActions : public QObject
{
    Q_OBJECT

public:
    PlaylistFileActions(PlaylistHistory& history, Application& application, QWidget* window);

    // Paths relative to the playlist's folder where the tracks are below it, unless `absolute`.
    void exportPlaylist(bool absolute);
    // The same for any tracks (a saved playlist's), `name` suggesting the file's name.
    void exportTracks(std::vector<Track> tracks, const QString& name, bool absolute);
    void importPlaylist();
    // Reads `file` and makes its tracks the playlist (the import without the dialog); `done` runs after.
    void importFile(const FilePath& file, std::function<void()> done = {});
    // Brings `paths` (read from a playlist file) into the library and makes them the playlist; `problems`
    // are the file's entries that led nowhere, said in the status bar with the paths that gave no track.
    void openImported(const std::vector<FilePath>& paths, const QStringList& problems,
                      const PlaylistOrigin& origin, const std::function<void()>& done);

signals:
    void message(const QString& text);

private:
    PlaylistHistory& m_history;
    Application& m_application;
    QWidget* m_window;
};

} // namespace soundalike
