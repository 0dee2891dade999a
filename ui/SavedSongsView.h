#pragma once

#include "core/common/FilePath.h"
#include "core/common/PlaylistEntry.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QTreeView;

namespace soundalike {

class Library;
class LibraryPipeline;
class SongDrops;
class PlaceholderText;
class RowMoveKeys;
class SavedSongsModel;

// The songs of the saved playlist chosen in the sidebar. Reordered by dragging or Alt+Up/Down, pruned with
// Delete, grown by dropping tracks from the library or files from a file manager; every edit is shown at once
// and announced (edited()) for the pane to save. Enter or a double-click plays the playlist from that song;
// the context menu also queues songs (Play Next, Add to Queue) without leaving the list that plays.
class SavedSongsView : public QWidget
{
    Q_OBJECT

public:
    SavedSongsView(Library& library, LibraryPipeline& pipeline, QWidget* parent = nullptr);

    SavedSongsModel& model() { return *m_model; }
    QTreeView* view() const { return m_view; }
    void setHint(const QString& text);
    void removeSelected();
    [[nodiscard]] std::vector<int> selectedRows() const;

signals:
    void edited();
    void playRequested(int row);
    // "Play Next" (`next`) or "Add to Queue" on the selection's available songs.
    void queueRequested(const std::vector<soundalike::PlaylistEntry>& entries, bool next);
    void message(const QString& text);

private:
    void showContextMenu(const QPoint& pos);
    [[nodiscard]] std::vector<PlaylistEntry> selectedAvailable() const;

    SongDrops* m_drops;
    SavedSongsModel* m_model;
    QTreeView* m_view;
    PlaceholderText* m_hint;
    RowMoveKeys* m_moves;
};

} // namespace soundalike
