#pragma once

#include "core/common/PlaylistEntry.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QSplitter;
class QToolButton;
class QTreeView;

namespace soundalike {

class Library;
class LibraryPipeline;
class PlaylistLibrary;
class SavedPlaylistsModel;
class SavedSongsView;

// The sidebar of saved playlists, under the library: the playlists by name (F2 renames in place, Delete
// deletes after asking, Enter or a double-click plays) beside the songs of the one chosen (SavedSongsView:
// reorder, remove, add), with a context menu for the rest. Reading and saving go through the library's
// PlaylistLibrary; playing, making afresh, exporting and saving the current playlist are the window's, asked
// for with signals.
class SavedPlaylistsPane : public QWidget
{
    Q_OBJECT

public:
    SavedPlaylistsPane(PlaylistLibrary& playlists, Library& library, LibraryPipeline& pipeline,
                       QWidget* parent = nullptr);

    SavedPlaylistsModel& model() { return *m_model; }
    QTreeView* list() const { return m_list; }
    SavedSongsView* songs() const { return m_songs; }
    // The playlist chosen, 0 when none.
    std::int64_t selectedId() const { return m_selected; }
    void select(std::int64_t id);
    void renameSelected();
    void duplicateSelected();
    // Asks first: a playlist is gone for good, its songs stay in the library.
    void deleteSelected();

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void playRequested(std::int64_t id, int row);
    void regenerateRequested(std::int64_t id);
    void exportRequested(std::int64_t id);
    void saveCurrentRequested();
    void queueRequested(const std::vector<soundalike::PlaylistEntry>& entries, bool next);
    void message(const QString& text);

private:
    QWidget* buildHeader();
    void onListChanged();
    void onSelectionChanged();
    void loadSongs();
    void saveSongs();
    void showContextMenu(const QPoint& pos);
    void updateHeader();

    PlaylistLibrary& m_playlists;
    SavedPlaylistsModel* m_model;
    QTreeView* m_list;
    SavedSongsView* m_songs;
    QSplitter* m_splitter;
    QLabel* m_count = nullptr;
    QToolButton* m_play = nullptr;
    std::int64_t m_selected = 0;
    std::int64_t m_songsOf = 0; // the playlist whose songs are shown, 0 while they are being read
    // What the songs shown were loaded with: a change of count or of availability means reading them again.
    int m_shownTracks = -1;
    int m_shownUnavailable = -1;
    int m_ownEdits = 0; // saves of this pane not yet back: their echo must not reload the songs
};

} // namespace soundalike
