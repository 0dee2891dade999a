#include "ui/PlaylistView.h"

#include "core/common/DurationText.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/TrackCatalog.h"
#include "ui/ColumnLayout.h"
#include "ui/FileManagerLink.h"
#include "ui/KeyboardTooltip.h"
#include "ui/PlaceholderText.h"
#include "ui/PlaylistModel.h"
#include "ui/RemovalCursor.h"
#include "ui/RowMoveKeys.h"
#include "ui/SongDrops.h"
#include "ui/SongTreeSetup.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>

namespace soundalike {

PlaylistView::PlaylistView(Playlist& playlist, Library& library, LibraryPipeline& pipeline, Role role,
                           QWidget* parent)
    : QWidget(parent), m_playlist(playlist), m_role(role), m_model(new PlaylistModel(playlist, this)),
      m_view(new QTreeView(this)), m_summary(new QLabel(this))
{
    m_view->setObjectName(role == Role::Queue ? QStringLiteral("queue") : QStringLiteral("playlist"));
    m_view->setModel(m_model);
    setUpSongTree(*m_view);
    // Which columns show is the listener's choice (right-click the header); the title always does.
    m_columns =
        new ColumnLayout(m_view->header(), {{PlaylistModel::Title, 5}, {PlaylistModel::Artist, 3}},
                         {PlaylistModel::Position, PlaylistModel::Duration, PlaylistModel::Similarity});
    new PlaceholderText(m_view, role == Role::Queue
                                    ? tr("Songs to play next wait here: choose Play Next or Add to Queue on "
                                         "any song.")
                                    : tr("Add seeds above and press Generate: a playlist of songs like them "
                                         "appears here and starts playing."));

    // A song renamed, retagged or gone since it was listed shows (and plays) as the library has it now.
    connect(&library, &Library::catalogChanged, this,
            [this, &library] { m_playlist.refreshTracks(TrackCatalog::lookup(library.catalog())); });
    m_drops = new SongDrops(*m_view, *m_model, library, pipeline);
    connect(m_drops, &SongDrops::message, this, &PlaylistView::message);

    new KeyboardTooltip(m_view); // why a song was picked, for the keyboard too
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit playRequested(index.row()); });
    connect(new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &PlaylistView::removeSelected);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PlaylistView::showContextMenu);
    m_moves = new RowMoveKeys(*m_view, [this](const std::vector<int>& rows, int destination) {
        m_model->moveRowList(rows, destination);
    });

    // A filter hides rows by position; any change of the rows, or of the songs in them, applies it again.
    for (const auto signal : {&Playlist::reset, &Playlist::inserted, &Playlist::removed, &Playlist::moved,
                              &Playlist::tracksChanged})
        connect(&m_playlist, signal, this, &PlaylistView::applyFilter);
    connect(&m_playlist, &Playlist::reset, this, &PlaylistView::updateMatchColumn);
    // The playing song stays in sight, as it moves on, after a shuffle jump or when a session is restored.
    connect(&m_playlist, &Playlist::currentChanged, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount())
            m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::EnsureVisible);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_view, 1);
    // Tab goes as one reads: the filter above the list, then the list (the filter came after it).
    if (m_filter)
        setTabOrder(m_filter, m_view);
    applyFilter();
    updateMatchColumn();
}

QWidget* PlaylistView::buildHeader()
{
    auto* header = new QWidget(this);
    auto* title = new QLabel(m_role == Role::Queue ? tr("Up next") : tr("Playlist"), header);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto* top = new QHBoxLayout(header);
    m_headerBar = top;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    top->addWidget(m_summary);
    top->addStretch();
    if (m_role == Role::Queue) {
        auto* clear = m_clearQueue = new QToolButton(header);
        clear->setObjectName(QStringLiteral("clearQueue"));
        clear->setText(tr("Clear"));
        clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
        clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, [this] { m_playlist.setEntries({}); });
        top->addWidget(clear);
    } else {
        m_filter = new QLineEdit(header);
        m_filter->setObjectName(QStringLiteral("playlistFilter"));
        m_filter->setPlaceholderText(tr("Filter the playlist"));
        m_filter->setClearButtonEnabled(true);
        m_filter->setMaximumWidth(260);
        connect(m_filter, &QLineEdit::textChanged, this, &PlaylistView::applyFilter);
        top->addWidget(m_filter, 1);
    }
    return header;
}

void PlaylistView::addHeaderAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    m_headerBar->addWidget(button);
}

void PlaylistView::applyFilter()
{
    const QStringList words = m_filter ? TrackCatalog::searchWords(m_filter->text()) : QStringList();
    const auto matches = TrackCatalog::matcher(words);
    m_shown = 0;
    for (int row = 0; row < m_playlist.size(); ++row) {
        const bool shown = words.isEmpty() || matches(m_playlist.at(row).track);
        m_view->setRowHidden(row, QModelIndex(), !shown);
        m_shown += shown ? 1 : 0;
    }
    updateSummary();
}

std::vector<PlaylistEntry> PlaylistView::selectedEntries() const
{
    std::vector<PlaylistEntry> entries;
    for (const int row : selectedRows())
        entries.push_back(m_playlist.at(row));
    return entries;
}

std::vector<int> PlaylistView::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlaylistView::removeSelected()
{
    const std::vector<int> rows = selectedRows();
    if (rows.empty())
        return;
    m_model->removeRowList(rows);
    selectAfterRemoval(*m_view, rows.front(), [this](int row) { return !m_view->isRowHidden(row, {}); });
}

bool PlaylistView::goToCurrent()
{
    const int row = m_playlist.current();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    if (m_filter && m_view->isRowHidden(row, {}))
        m_filter->clear();
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void PlaylistView::appendTracks(const std::vector<std::int64_t>& ids)
{
    m_drops->insertTracks(ids, -1);
}

void PlaylistView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play"), this,
                   [this, row = index.row()] { emit playRequested(row); });
    if (m_role == Role::Playlist) {
        menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Next"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                       [this] { emit queueRequested(selectedEntries(), true); });
        menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Queue"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                       [this] { emit queueRequested(selectedEntries(), false); });
    }
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add as Seed"), this, [this] {
        std::vector<std::int64_t> ids;
        for (const int row : selectedRows())
            ids.push_back(m_playlist.at(row).track.id);
        emit addAsSeeds(ids);
    });
    menu.addActions(m_contextActions);
    menu.addSeparator();
    m_moves->addMenuActions(menu);
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this,
                   &PlaylistView::removeSelected);
    FileManagerLink::addMenuAction(menu, [this] {
        std::vector<Track> tracks;
        for (const PlaylistEntry& entry : selectedEntries())
            tracks.push_back(entry.track);
        return tracks;
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PlaylistView::updateSummary()
{
    qint64 total = 0;
    for (const PlaylistEntry& e : m_playlist.entries())
        total += e.track.durationMs;
    if (m_clearQueue)
        m_clearQueue->setEnabled(!m_playlist.isEmpty());
    if (m_playlist.isEmpty())
        m_summary->clear();
    else if (m_shown < m_playlist.size())
        m_summary->setText(tr("%L1 of %n song(s) shown", nullptr, m_playlist.size()).arg(m_shown));
    else
        m_summary->setText(tr("%n song(s) · %1", nullptr, m_playlist.size()).arg(durationText(total)) +
                           fittingText());
}

QString PlaylistView::fittingText() const
{
    // A generated playlist that holds songs below the fit line says, as long as it shows, how many fit: the
    // status bar's note goes away after a few seconds. Up next has no seeds of its own to fit ("0 fit the
    // seeds well" read there over a queued song matching 68 %), as it has no Match column.
    if (m_role == Role::Queue)
        return {};
    int known = 0, fitting = 0;
    for (const PlaylistEntry& e : m_playlist.entries()) {
        known += e.match >= 0;
        fitting += fitsWell(e);
    }
    if (known == 0 || fitting == known)
        return {};
    return QStringLiteral(" · ") + tr("%n fit(s) the seeds well", nullptr, fitting);
}

void PlaylistView::updateMatchColumn()
{
    // An imported or hand-made list has no similarities; an empty column would only take room.
    const auto& entries = m_playlist.entries();
    const bool known =
        std::any_of(entries.begin(), entries.end(), [](const PlaylistEntry& e) { return e.similarity >= 0; });
    m_view->setColumnHidden(PlaylistModel::Similarity, !known || m_role == Role::Queue);
    m_columns->apply();
}

QByteArray PlaylistView::saveState() const
{
    return m_view->header()->saveState();
}

void PlaylistView::restoreState(const QByteArray& state)
{
    m_view->header()->restoreState(state);
    updateMatchColumn();
}

} // namespace soundalike
