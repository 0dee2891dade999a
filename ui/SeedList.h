#pragma once

#include "core/common/FilePath.h"

#include <QKeySequence>
#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QLabel;
class QListView;
class QToolButton;

namespace soundalike {

class CoverProvider;
class Library;
class LibraryPipeline;
struct ImportedTracks;
struct Track;
class RowMoveKeys;
class SeedModel;

// The seed pane: the songs a playlist grows from. Takes tracks dragged from the library or the playlist,
// mp3 files and folders dragged from a file manager (scanned into the library, analysed and embedded on the
// spot, so a playlist grows from their sound), and tracks sent by the library's "Add as Seed". Seeds can be
// reordered by dragging or Alt+Up/Down, and removed.
class SeedList : public QWidget
{
    Q_OBJECT

public:
    SeedList(Library& library, LibraryPipeline& pipeline, CoverProvider& covers, QWidget* parent = nullptr);

    SeedModel& model() { return *m_model; }
    QListView* view() const { return m_view; }
    std::vector<std::int64_t> seedIds() const;
    // The selected seeds, in the list's order.
    std::vector<std::int64_t> selectedIds() const;

    // Adds library tracks by id before `row` (-1: at the end); ids not in the library are ignored.
    void addTracks(const std::vector<std::int64_t>& ids, int row = -1);
    // Adds files and folders, importing them into the library and analysing (and embedding) them first, so a
    // playlist grows from their sound; runs in the background, ahead of background work.
    void addPaths(const std::vector<FilePath>& paths, int row = -1);
    // Replaces the seeds (restoring a session); nothing to undo before it.
    void setSeeds(const std::vector<std::int64_t>& ids);
    void removeSelected();
    void clear();
    // Puts back the seeds as they were before the last addition, removal or clearing (Ctrl+Z). False when
    // there is nothing to undo.
    bool undo();
    // Makes the change undone last again (Ctrl+Shift+Z), until another change is made. False when there is
    // nothing to redo.
    bool redo();
    static constexpr int kUndoDepth = 20;
    // For the whole window (the Edit menu): seeds come from the library, the map and drops, and a lasso that
    // added dozens should be taken back wherever the focus is (a text field keeps its own keys). Enabled
    // only when there is something to undo or redo.
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

signals:
    void seedsChanged();
    void message(const QString& text);
    void importStarted(const QString& what);
    void importFinished(const QString& status);
    // "Play Next" (`next`) or "Add to Queue" on the selected seeds.
    void queueRequested(const std::vector<std::int64_t>& ids, bool next);
    void playRequested(const std::vector<std::int64_t>& ids);

private:
    QWidget* buildHeader();
    void showContextMenu(const QPoint& pos);
    // One status line for whatever went wrong with a drop, empty when nothing did.
    static QString importProblems(const ImportedTracks& imported);
    void updateHeader();
    // The seeds before a change the listener made: what undo() goes back to. What was undone can no longer be
    // redone.
    void keepForUndo(std::vector<std::int64_t> seeds);
    // From one stack to the other: the seeds now are kept on `to`, the last of `from` become the seeds.
    bool step(std::vector<std::vector<std::int64_t>>& from, std::vector<std::vector<std::int64_t>>& to);
    QAction* windowAction(const QString& text, QKeySequence::StandardKey keys, bool (SeedList::*slot)());
    void updateUndoActions();
    // The seeds become these, with nothing kept for undo().
    void replace(const std::vector<std::int64_t>& ids);
    // Returns how many were new seeds.
    [[nodiscard]] int insert(int row, const std::vector<Track>& tracks);

    Library& m_library;
    LibraryPipeline& m_pipeline;
    SeedModel* m_model;
    QListView* m_view;
    QLabel* m_count = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_clear = nullptr;
    RowMoveKeys* m_moves = nullptr;
    std::vector<std::vector<std::int64_t>> m_undo; // earlier seed lists, the last one last
    std::vector<std::vector<std::int64_t>> m_redo; // seed lists undone, the last undone last
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace soundalike
