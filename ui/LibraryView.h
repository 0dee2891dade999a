#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;
class QAbstractItemView;
class QItemSelection;

namespace soundalike {

class CoverLabel;
class ElidedLabel;
class CoverProvider;
class Library;
class PlaceholderText;
class LibraryModel;
class LibraryTreeModel;

// The library pane: a filter box, the artist → album → track tree and the flat track table, and the cover
// and details of the selected track.
class LibraryView : public QWidget
{
    Q_OBJECT

public:
    LibraryView(Library& library, CoverProvider& covers, QWidget* parent = nullptr);

    LibraryModel& tableModel() { return *m_tableModel; }
    LibraryTreeModel& treeModel() { return *m_treeModel; }
    QLineEdit* filterBox() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QTreeView* tree() const { return m_tree; }
    // The tracks selected in the view showing; with `orFocused`, when none is selected and the view has the
    // keyboard focus, the row with the focus frame (reached by Tab, or the one match a filter left).
    std::vector<std::int64_t> selectedTrackIds(bool orFocused = true) const;
    void showTable(bool table);
    // What the views say while they have no rows (e.g. why the library could not be opened), instead of how
    // to fill them.
    void setHint(const QString& text);
    // What the views say now while they have no rows.
    const QString& hint() const { return m_hint; }

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void addAsSeeds(const std::vector<std::int64_t>& ids);
    void appendToPlaylist(const std::vector<std::int64_t>& ids);
    // "Play Next" (`next`) or "Add to Queue" on the selected tracks.
    void queueRequested(const std::vector<std::int64_t>& ids, bool next);
    void playRequested(const std::vector<std::int64_t>& ids);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDetails();
    void setUpView(QAbstractItemView* view);
    void onFilterEdited();
    void showHint();
    void refreshVisibleView();
    void updateTrackCount();
    // Selects these tracks in the table (those it shows), the first of them current.
    void selectTableTracks(const std::vector<std::int64_t>& ids);
    // `selection` (whole rows) becomes the view's, its first item current.
    static void select(QAbstractItemView& view, const QItemSelection& selection);
    void onCatalogChanged();
    void showDetails(const QModelIndex& current);
    void showContextMenu(QAbstractItemView* view, const QPoint& pos);
    void addSelectionAsSeeds();
    QAbstractItemView* currentView() const;

    Library& m_library;
    CoverProvider& m_covers;
    LibraryModel* m_tableModel;
    LibraryTreeModel* m_treeModel;
    QLineEdit* m_filter;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    QTableView* m_table;
    CoverLabel* m_cover = nullptr;
    ElidedLabel* m_title = nullptr;
    ElidedLabel* m_subtitle = nullptr;
    ElidedLabel* m_summary = nullptr;
    std::vector<PlaceholderText*> m_hints;
    QString m_hintOverride; // set by setHint()
    QString m_hint;
    bool m_treeStale = true;
    bool m_tableStale = true;
};

} // namespace soundalike
