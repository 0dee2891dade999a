#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace soundalike {

class Library;
class Playlist;

// File ▸ Export and Import Playlist: asks for the file, then reads or writes it on a worker thread. Imported
// paths not in the library yet are scanned into it.
class PlaylistFileActions : public QObject
{
    Q_OBJECT

public:
    PlaylistFileActions(Playlist& playlist, Library& library, QWidget* window);

    // Paths relative to the playlist's folder where the tracks are below it, unless `absolute`.
    void exportPlaylist(bool absolute);
    void importPlaylist();
    // Reads `file` and makes its tracks the playlist (the import without the dialog); `done` runs after.
    void importFile(const QString& file, std::function<void()> done = {});

signals:
    void message(const QString& text);

private:
    void useImported(const QStringList& paths, const QStringList& problems,
                     const std::function<void()>& done);

    Playlist& m_playlist;
    Library& m_library;
    QWidget* m_window;
};

} // namespace soundalike
