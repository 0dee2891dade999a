#pragma once

#include "core/common/FilePath.h"
#include "core/common/PlaylistEntry.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace soundalike {

class ColumnLayout;
class Library;
class LibraryPipeline;
class RowMoveKeys;
class SongDrops;
class Playlist;
class PlaylistModel;

// The playlist pane, and the queue of songs to play next below it. Double-click or Enter plays a row,
// Delete removes the selection, rows are reordered by dragging or Alt+Up/Down, tracks from the library or
// files from a file manager can be dropped in, and rows dragged out to a file manager arrive there as files.
// The playlist has a filter box (rows that do not match are hidden, the count says how many show); the queue
// a Clear button.
class PlaylistView : public QWidget
{
    Q_OBJECT

public:
    enum class Role
    {
        Playlist,
        Queue
    };

    PlaylistView(Playlist& playlist, Library& library, LibraryPipeline& pipeline, Role role = Role::Playlist,
                 QWidget* parent = nullptr);

    PlaylistModel& model() { return *m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
    // The selected rows' entries, in order.
    std::vector<PlaylistEntry> selectedEntries() const;
    void removeSelected();
    // Scrolls to the current song and selects it, with the keyboard there (a filter that hides it is
    // cleared). False when the playlist has no current song.
    bool goToCurrent();
    void appendTracks(const std::vector<std::int64_t>& ids);

    // Shown in the context menu after the view's own entries (e.g. "More Like This").
    void addContextAction(QAction* action) { m_contextActions.append(action); }
    // A button at the end of the pane's header (e.g. the playlist's "Clear").
    void addHeaderAction(QAction* action);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void playRequested(int row);
    void addAsSeeds(const std::vector<std::int64_t>& ids);
    // "Play Next" (`next`) or "Add to Queue" on the selection.
    void queueRequested(const std::vector<soundalike::PlaylistEntry>& entries, bool next);
    void message(const QString& text);

private:
    void showContextMenu(const QPoint& pos);
    std::vector<int> selectedRows() const;
    void updateSummary();
    QString fittingText() const;
    void updateMatchColumn();
    void applyFilter();
    QWidget* buildHeader();

    Playlist& m_playlist;
    SongDrops* m_drops;
    RowMoveKeys* m_moves;
    Role m_role;
    PlaylistModel* m_model;
    QTreeView* m_view;
    QLabel* m_summary;
    QHBoxLayout* m_headerBar = nullptr;
    QList<QAction*> m_contextActions;
    QLineEdit* m_filter = nullptr;
    QToolButton* m_clearQueue = nullptr;
    ColumnLayout* m_columns = nullptr;
    int m_shown = 0; // rows the filter lets through
};

} // namespace soundalike
