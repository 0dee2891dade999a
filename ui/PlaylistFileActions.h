#pragma once

#include "core/common/FilePath.h"

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace soundalike {

class Application;
class Playlist;

// File ▸ Export and Import Playlist: asks for the file, then has the core (PlaylistFiles) read or write it on
// a worker thread. Imported paths not in the library yet are brought into it through the job queue.
class PlaylistFileActions : public QObject
{
    Q_OBJECT

public:
    PlaylistFileActions(Playlist& playlist, Application& application, QWidget* window);

    // Paths relative to the playlist's folder where the tracks are below it, unless `absolute`.
    void exportPlaylist(bool absolute);
    void importPlaylist();
    // Reads `file` and makes its tracks the playlist (the import without the dialog); `done` runs after.
    void importFile(const FilePath& file, std::function<void()> done = {});

signals:
    void message(const QString& text);

private:
    void useImported(const std::vector<FilePath>& paths, const QStringList& problems,
                     const std::function<void()>& done);

    Playlist& m_playlist;
    Application& m_application;
    QWidget* m_window;
};

} // namespace soundalike
