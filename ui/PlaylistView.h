#pragma once

#include "core/common/FilePath.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QLabel;
class QTreeView;

namespace soundalike {

class Library;
class LibraryPipeline;
class Playlist;
class PlaylistModel;

// The playlist pane. Double-click or Enter plays a row, Delete removes the selection, rows are reordered
// by dragging, tracks from the library or files from a file manager can be dropped in, and rows dragged
// out to a file manager arrive there as files.
class PlaylistView : public QWidget
{
    Q_OBJECT

public:
    PlaylistView(Playlist& playlist, Library& library, LibraryPipeline& pipeline, QWidget* parent = nullptr);

    PlaylistModel& model() { return *m_model; }
    QTreeView* view() const { return m_view; }
    void removeSelected();
    void appendTracks(const std::vector<std::int64_t>& ids);

    // Shown in the context menu after the view's own entries (e.g. "More Like This").
    void addContextAction(QAction* action) { m_contextActions.append(action); }

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void playRequested(int row);
    void addAsSeeds(const std::vector<std::int64_t>& ids);
    void message(const QString& text);

private:
    void insertTracks(const std::vector<std::int64_t>& ids, int row);
    void insertPaths(const std::vector<FilePath>& paths, int row);
    void showContextMenu(const QPoint& pos);
    std::vector<int> selectedRows() const;
    void updateSummary();
    void updateMatchColumn();

    Playlist& m_playlist;
    Library& m_library;
    LibraryPipeline& m_pipeline;
    PlaylistModel* m_model;
    QTreeView* m_view;
    QLabel* m_summary;
    QList<QAction*> m_contextActions;
};

} // namespace soundalike
