#pragma once

#include "core/common/FilePath.h"
#include "core/common/Track.h"

#include <QObject>

#include <functional>
#include <vector>

class QFileDialog;
class QWidget;

namespace soundalike {

class Application;
class PlaylistHistory;
struct PlaylistOrigin;

// File ▸ Export and Import Playlist: asks for the file, then has the core (PlaylistFiles) read or write it on
// a worker thread. Imported paths not in the library yet are brought into it through the job queue, and the
// list they make replaces the playlist through the history (Back returns to the one before). The export
// dialog opens where the last export or import went (else the library's first folder, ~/Music or home) with a
// name for the playlist filled in, and a name typed without an extension gets the one of the chosen file
// type.
class PlaylistFileActions : public QObject
{
    Q_OBJECT

public:
    // `suggestedName`: a name for the playlist being exported, without an extension.
    PlaylistFileActions(PlaylistHistory& history, Application& application,
                        std::function<QString()> suggestedName, QWidget* window);

    // Paths relative to the playlist's folder where the tracks are below it, unless `absolute`.
    void exportPlaylist(bool absolute);
    // The same for any tracks (a saved playlist's), `name` suggesting the file's name.
    void exportTracks(std::vector<Track> tracks, const QString& name, bool absolute);
    void importPlaylist();
    // Asks for an M3U to import, in the folder playlists were last exported to or imported from; empty when
    // the listener cancels.
    [[nodiscard]] QString choosePlaylistFile(const QString& title);
    // Reads `file` and makes its tracks the playlist (the import without the dialog); `done` runs after.
    void importFile(const FilePath& file, std::function<void()> done = {});
    // The export dialog for the playlist, set up but not shown (open() or exec() it); its accepted file goes
    // to `exportTo`.
    QFileDialog* exportDialog(bool absolute);
    // Writes the playlist to `file` in the background; reports with message().
    void exportTo(const QString& file, bool absolute);
    // The file the dialog's answer means: `chosen` with the extension of `filter` when it has none.
    static QString withExtension(const QString& chosen, const QString& filter);
    // "Skipped 2 entries: …", for a playlist file's entries that led nowhere.
    [[nodiscard]] static QString skippedText(const QStringList& skipped);

signals:
    void message(const QString& text);

private:
    std::vector<Track> playlistTracks() const;
    // Where playlist files were last written or read: the export and the import dialogs open there.
    [[nodiscard]] QString playlistFolder() const;
    QFileDialog* dialogFor(std::vector<Track> tracks, QString name, bool absolute);
    void write(const QString& file, std::vector<Track> tracks, bool absolute);
    // Brings `paths` (read from the playlist file `file`) into the library and makes them the playlist,
    // unless none gave a track; the status bar says how many songs came from the file and which of its
    // entries led nowhere (`problems`, and the paths that gave no track).
    void openImported(const FilePath& file, const std::vector<FilePath>& paths, const QStringList& problems,
                      const PlaylistOrigin& origin, const std::function<void()>& done);

    PlaylistHistory& m_history;
    Application& m_application;
    std::function<QString()> m_suggestedName;
    QWidget* m_window;
};

} // namespace soundalike
