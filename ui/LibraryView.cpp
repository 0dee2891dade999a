#include "ui/LibraryView.h"

#include "core/common/DurationText.h"
#include "core/service/Library.h"
#include "ui/ArtistText.h"
#include "ui/ColumnLayout.h"
#include "ui/CoverLabel.h"
#include "ui/ElidedLabel.h"
#include "ui/FileManagerLink.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryTreeModel.h"
#include "ui/PlaceholderText.h"
#include "ui/RoomyRowDelegate.h"

#include <QBoxLayout>
#include <QDataStream>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <unordered_set>

namespace soundalike {

namespace {

constexpr int kCoverEdge = 72;
constexpr int kExpandAllArtists = 3;

} // namespace

LibraryView::LibraryView(Library& library, CoverProvider& covers, QWidget* parent)
    : QWidget(parent), m_library(library), m_covers(covers), m_tableModel(new LibraryModel(this)),
      m_treeModel(new LibraryTreeModel(this)), m_filter(new QLineEdit(this)), m_tabs(new QTabWidget(this)),
      m_tree(new QTreeView(this)), m_table(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, artist, album or genre"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LibraryView::onFilterEdited);
    m_filter->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    // The activation below opens and closes artists and albums, for Enter and a double-click alike.
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setItemDelegate(new RoomyRowDelegate(m_tree));
    setUpView(m_tree);

    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_tableModel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    // Tab leaves the table for the next pane, as it leaves the tree: a table's own Tab walked its cells, and
    // the keyboard could not get out.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    new ColumnLayout(m_table->horizontalHeader(),
                     {{LibraryModel::Title, 4},
                      {LibraryModel::Artist, 3},
                      {LibraryModel::Album, 3},
                      {LibraryModel::Genre, 2}},
                     {LibraryModel::Year, LibraryModel::Duration, LibraryModel::Plays, LibraryModel::Skips,
                      LibraryModel::LastPlayed});
    // The play statistics are there for whoever wants them: the header's menu shows them.
    for (const int column : {LibraryModel::Plays, LibraryModel::Skips, LibraryModel::LastPlayed})
        m_table->horizontalHeader()->hideSection(column);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    setUpView(m_table);
    showHint();

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, tr("Artists"));
    m_tabs->addTab(m_table, tr("Tracks"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &LibraryView::refreshVisibleView);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildDetails());

    connect(&m_library, &Library::catalogChanged, this, &LibraryView::onCatalogChanged);
    onCatalogChanged();
}

bool LibraryView::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the filter box goes on to what it found, as from a browser's address bar: the keyboard
    // needed Tab, and nothing was selected there.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        auto* view = qobject_cast<QAbstractItemView*>(m_tabs->currentWidget());
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && view && view->model()->rowCount() > 0) {
            if (!view->selectionModel()->hasSelection())
                view->setCurrentIndex(view->model()->index(0, 0));
            view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* LibraryView::buildDetails()
{
    auto* details = new QWidget(this);
    m_cover = new CoverLabel(m_covers, kCoverEdge, details);
    m_cover->setObjectName(QStringLiteral("libraryCover"));
    m_title = new ElidedLabel(details);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_subtitle = new ElidedLabel(details);
    m_summary = new ElidedLabel(details);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    text->addWidget(m_summary);
    text->addStretch();
    auto* layout = new QHBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cover);
    layout->addLayout(text, 1);
    showDetails({});
    return details;
}

void LibraryView::setUpView(QAbstractItemView* view)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hints.push_back(new PlaceholderText(view, {}));
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint& pos) { showContextMenu(view, pos); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LibraryView::showDetails);
    connect(view, &QAbstractItemView::activated, this, [this, view](const QModelIndex& index) {
        // Enter or a double-click on a track adds it; on an artist or album the tree opens or closes it
        // (Enter did nothing there).
        if (view == m_table || m_treeModel->trackAt(index))
            addSelectionAsSeeds();
        else
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
    });
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &LibraryView::addSelectionAsSeeds);
}

QAbstractItemView* LibraryView::currentView() const
{
    return m_tabs->currentWidget() == m_table ? static_cast<QAbstractItemView*>(m_table) : m_tree;
}

void LibraryView::setHint(const QString& text)
{
    m_hintOverride = text;
    showHint();
}

void LibraryView::showHint()
{
    // Clearing a filter that is not there would help nobody, and a library that holds tracks needs no folder.
    const int tracks = m_library.catalog()->size();
    m_hint = !m_hintOverride.isEmpty() ? m_hintOverride
             : tracks == 0 || TrackCatalog::searchWords(m_filter->text()).isEmpty()
                 ? tr("No tracks to show. Add a music folder from the File menu.")
                 : tr("No track matches the filter. Clear it to see all %Ln track(s).", nullptr, tracks);
    for (PlaceholderText* hint : m_hints)
        hint->setText(m_hint);
}

void LibraryView::showTable(bool table)
{
    m_tabs->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_tree);
}

void LibraryView::onFilterEdited()
{
    showHint();
    m_tableStale = true;
    m_treeStale = true;
    refreshVisibleView();
}

void LibraryView::refreshVisibleView()
{
    // Only the visible view follows each keystroke; the other catches up when it is shown.
    const QStringList words = TrackCatalog::searchWords(m_filter->text());
    if (currentView() == m_table) {
        if (std::exchange(m_tableStale, false)) {
            // What was selected and still matches stays selected, and the details follow: they went on
            // showing a song the filter had hidden, with no row current.
            const std::vector<std::int64_t> selected = selectedTrackIds(false);
            m_tableModel->setFilterText(m_filter->text());
            selectTableTracks(selected);
            showDetails(m_table->currentIndex());
        }
        updateTrackCount();
        return;
    }
    if (!std::exchange(m_treeStale, false)) {
        updateTrackCount();
        return;
    }
    const std::vector<LibraryTreeModel::ItemKey> selected =
        m_treeModel->keysOf(m_tree->selectionModel()->selectedIndexes());
    const TrackCatalog& catalog = *m_library.catalog();
    m_treeModel->setTracks(m_library.catalog(), catalog.filter(catalog.libraryOrder(), words));
    // A narrow filter is for finding things: open up what it found.
    if (!words.isEmpty() && m_treeModel->artistCount() <= kExpandAllArtists)
        m_tree->expandAll();
    select(*m_tree, m_treeModel->selectionOf(selected));
    showDetails(m_tree->currentIndex());
    updateTrackCount();
}

void LibraryView::onCatalogChanged()
{
    // A reload (say, a scan batch landing) must not lose the user's place: keep selection, scroll and
    // expanded artists. The tree keeps the artists, albums and tracks selected as such.
    const std::vector<std::int64_t> tableSelection =
        currentView() == m_table ? selectedTrackIds(false) : std::vector<std::int64_t>();
    const std::vector<LibraryTreeModel::ItemKey> treeSelection =
        m_treeModel->keysOf(m_tree->selectionModel()->selectedIndexes());
    const int tableScroll = m_table->verticalScrollBar()->value();
    const int treeScroll = m_tree->verticalScrollBar()->value();
    QSet<QString> expanded;
    for (int row = 0; row < m_treeModel->rowCount(); ++row) {
        const QModelIndex artist = m_treeModel->index(row, 0);
        if (m_tree->isExpanded(artist))
            expanded.insert(artist.data().toString());
    }
    const std::shared_ptr<const TrackCatalog> catalog = m_library.catalog();
    m_tableModel->setCatalog(catalog);
    m_treeModel->setTracks(
        catalog, catalog->filter(catalog->libraryOrder(), TrackCatalog::searchWords(m_filter->text())));
    m_tableStale = false;
    m_treeStale = false;
    for (int row = 0; row < m_treeModel->rowCount() && !expanded.isEmpty(); ++row) {
        const QModelIndex artist = m_treeModel->index(row, 0);
        if (expanded.contains(artist.data().toString()))
            m_tree->expand(artist);
    }
    selectTableTracks(tableSelection);
    select(*m_tree, m_treeModel->selectionOf(treeSelection));
    // After the selection, whose new current row the view would otherwise scroll to.
    m_table->verticalScrollBar()->setValue(tableScroll);
    m_tree->verticalScrollBar()->setValue(treeScroll);
    updateTrackCount();
    showHint();
}

// "Tracks (154)", or "Tracks (3 of 154)" while the filter hides some.
void LibraryView::updateTrackCount()
{
    const int total = m_library.catalog()->size();
    const int shown = currentView() == m_table ? m_tableModel->matchCount() : m_treeModel->trackCount();
    m_tabs->setTabText(m_tabs->indexOf(m_table), shown < total
                                                     ? tr("Tracks (%L1 of %L2)").arg(shown).arg(total)
                                                     : tr("Tracks (%L1)").arg(total));
}

void LibraryView::selectTableTracks(const std::vector<std::int64_t>& ids)
{
    // Runs of neighbouring rows as one range each: a whole library selected stays one range, not 100,000.
    std::vector<int> rows = m_tableModel->rowsOfTracks(ids);
    std::erase(rows, -1);
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t end = i + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        selection.select(m_tableModel->index(rows[i], 0),
                         m_tableModel->index(rows[end - 1], m_tableModel->columnCount() - 1));
        i = end;
    }
    select(*m_table, selection);
}

void LibraryView::select(QAbstractItemView& view, const QItemSelection& selection)
{
    if (selection.isEmpty())
        return;
    // Whole rows already: the Rows flag would make Qt widen each range against all the others, which costs
    // the square of their number.
    view.selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    view.selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

std::vector<std::int64_t> LibraryView::selectedTrackIds(bool orFocused) const
{
    std::vector<std::int64_t> ids;
    std::unordered_set<std::int64_t> seen;
    const auto add = [&](const Track* track) {
        if (track && seen.insert(track->id).second)
            ids.push_back(track->id);
    };
    // Nothing selected, the row with the focus frame is the one meant: it is current without being selected,
    // and Enter, Insert and the menu key act on it. Only while the view has the window's focus (kept while
    // its menu is open), where the frame is seen: not from the filter box.
    const auto orCurrent = [this, orFocused](QModelIndexList chosen, const QItemSelectionModel& model) {
        if (chosen.isEmpty() && orFocused && window()->focusWidget() == currentView() &&
            model.currentIndex().isValid())
            chosen << model.currentIndex();
        return chosen;
    };
    if (currentView() == m_table) {
        QModelIndexList rows =
            orCurrent(m_table->selectionModel()->selectedRows(), *m_table->selectionModel());
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex& index : rows)
            add(&m_tableModel->trackAt(index.row()));
    } else {
        QModelIndexList items =
            orCurrent(m_tree->selectionModel()->selectedIndexes(), *m_tree->selectionModel());
        std::sort(items.begin(), items.end(), [](const QModelIndex& a, const QModelIndex& b) {
            return a.internalId() != b.internalId() ? a.internalId() < b.internalId() : a.row() < b.row();
        });
        for (const QModelIndex& index : items) {
            for (const Track* track : m_treeModel->tracksOf(index))
                add(track);
        }
    }
    return ids;
}

void LibraryView::addSelectionAsSeeds()
{
    const std::vector<std::int64_t> ids = selectedTrackIds();
    if (!ids.empty())
        emit addAsSeeds(ids);
}

void LibraryView::showContextMenu(QAbstractItemView* view, const QPoint& pos)
{
    if (!view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play Now"), this,
                   [this] { emit playRequested(selectedTrackIds()); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Next"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                   [this] { emit queueRequested(selectedTrackIds(), true); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Queue"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                   [this] { emit queueRequested(selectedTrackIds(), false); });
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add as Seed"),
                   QKeySequence(Qt::Key_Insert), this, &LibraryView::addSelectionAsSeeds);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playlist-append")), tr("Append to Playlist"), this,
                   [this] { emit appendToPlaylist(selectedTrackIds()); });
    FileManagerLink::addMenuAction(menu, [this] { return m_library.catalog()->findAll(selectedTrackIds()); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void LibraryView::showDetails(const QModelIndex& current)
{
    const Track* track = nullptr;
    if (current.isValid() && current.model() == m_tableModel)
        track = &m_tableModel->trackAt(current.row());
    else if (current.isValid())
        track = m_treeModel->trackAt(current);
    if (!track) {
        m_cover->setTrack(std::nullopt);
        m_title->setFullText(tr("No track selected"));
        m_subtitle->setFullText(tr("Select a track to see its cover"));
        m_summary->setFullText(QStringLiteral(" ")); // keeps the line's height, so the pane does not jump
        return;
    }
    m_cover->setTrack(*track);
    m_title->setFullText(track->title);
    const QString artist = artistText(track->artist);
    m_subtitle->setFullText(track->album.isEmpty() ? artist : artist + QStringLiteral(" — ") + track->album);
    QStringList facts;
    if (track->year > 0)
        facts << QString::number(track->year);
    if (!track->genres.isEmpty())
        facts << track->genres.join(QStringLiteral(", "));
    facts << durationText(track->durationMs);
    m_summary->setFullText(facts.join(QStringLiteral(" · ")));
}

QByteArray LibraryView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_tabs->currentIndex()) << m_table->horizontalHeader()->saveState();
    return state;
}

void LibraryView::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    qint32 tab = 0;
    QByteArray header;
    in >> version >> tab >> header;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_tabs->setCurrentIndex(tab);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace soundalike
