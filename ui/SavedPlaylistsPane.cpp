#include "ui/SavedPlaylistsPane.h"

#include "core/common/NestedQuotes.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "ui/PlaceholderText.h"
#include "ui/SavedPlaylistsModel.h"
#include "ui/SavedSongsModel.h"
#include "ui/SavedSongsView.h"

#include <QBoxLayout>
#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>

namespace soundalike {

SavedPlaylistsPane::SavedPlaylistsPane(PlaylistLibrary& playlists, Library& library,
                                       LibraryPipeline& pipeline, QWidget* parent)
    : QWidget(parent), m_playlists(playlists), m_model(new SavedPlaylistsModel(playlists, this)),
      m_list(new QTreeView(this)), m_songs(new SavedSongsView(library, pipeline, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_list->setObjectName(QStringLiteral("savedPlaylists"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(SavedPlaylistsModel::Name, QHeaderView::Stretch);
    m_list->header()->resizeSection(SavedPlaylistsModel::Songs, 56);
    new PlaceholderText(m_list, tr("No saved playlists yet. Save the playlist you are listening to with "
                                   "Ctrl+S, or import one from File."));
    m_songs->setHint(tr("Choose a playlist to see its songs."));

    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit playRequested(m_model->idAt(index.row()), 0); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &SavedPlaylistsPane::showContextMenu);
    // Said, so that a refusal shown a moment before (the name was taken) does not stay as the last word.
    connect(m_model, &SavedPlaylistsModel::renamed, this,
            [this](const QString& name) { emit message(tr("Renamed to “%1”.").arg(name)); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SavedPlaylistsPane::onSelectionChanged);
    connect(new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &SavedPlaylistsPane::deleteSelected);
    connect(m_songs, &SavedSongsView::edited, this, &SavedPlaylistsPane::saveSongs);
    connect(m_songs, &SavedSongsView::playRequested, this,
            [this](int row) { emit playRequested(m_selected, row); });
    connect(m_songs, &SavedSongsView::message, this, &SavedPlaylistsPane::message);
    connect(m_songs, &SavedSongsView::queueRequested, this, &SavedPlaylistsPane::queueRequested);
    connect(&m_playlists, &PlaylistLibrary::changed, this, &SavedPlaylistsPane::onListChanged);
    connect(&m_playlists, &PlaylistLibrary::entriesChanged, this, [this](std::int64_t id) {
        if (id != m_selected)
            return;
        if (m_ownEdits > 0)
            --m_ownEdits;
        else
            loadSongs();
    });
    connect(&m_playlists, &PlaylistLibrary::failed, this, [this](const QString& text) {
        // What is shown may no longer be what is saved: read it again.
        m_ownEdits = 0;
        loadSongs();
        emit message(text);
    });

    m_splitter->setObjectName(QStringLiteral("savedPlaylistsSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_songs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 330});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_splitter, 1);
    onListChanged();
}

QWidget* SavedPlaylistsPane::buildHeader()
{
    auto* header = new QWidget(this);
    auto* title = new QLabel(tr("Playlists"), header);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_count = new QLabel(header);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_play = new QToolButton(header);
    m_play->setObjectName(QStringLiteral("playSavedPlaylist"));
    m_play->setText(tr("Play"));
    m_play->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_play->setToolTip(tr("Play the chosen playlist (Enter)"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setAutoRaise(true);
    connect(m_play, &QToolButton::clicked, this, [this] { emit playRequested(m_selected, 0); });
    auto* save = new QToolButton(header);
    save->setObjectName(QStringLiteral("saveCurrentPlaylist"));
    save->setText(tr("Save Current…"));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    save->setToolTip(tr("Save the playlist you are listening to under a name (Ctrl+S)"));
    save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, this, &SavedPlaylistsPane::saveCurrentRequested);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(m_play);
    layout->addWidget(save);
    return header;
}

void SavedPlaylistsPane::updateHeader()
{
    const int count = m_model->rowCount();
    m_count->setText(count > 0 ? tr("%n playlist(s)", nullptr, count) : QString());
    m_play->setEnabled(m_selected != 0);
}

void SavedPlaylistsPane::select(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
}

// The model was reset: choose the same playlist again, and read its songs again if they changed.
void SavedPlaylistsPane::onListChanged()
{
    const StoredPlaylist* shown = m_playlists.find(m_selected);
    if (!shown) {
        m_selected = 0;
        onSelectionChanged();
    } else {
        select(m_selected); // the same id: the songs stay
        if (m_ownEdits == 0 && (shown->tracks != m_shownTracks || shown->unavailable != m_shownUnavailable))
            loadSongs();
    }
    updateHeader();
}

void SavedPlaylistsPane::onSelectionChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const std::int64_t id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == m_selected && id != 0)
        return;
    m_selected = id;
    m_ownEdits = 0;
    loadSongs();
    updateHeader();
}

void SavedPlaylistsPane::loadSongs()
{
    // Until the songs of the playlist chosen have arrived, no edit may be saved over them.
    m_songs->model().setEntries({});
    m_shownTracks = m_shownUnavailable = -1;
    m_songsOf = 0;
    if (!m_selected) {
        m_songs->setHint(tr("Choose a playlist to see its songs."));
        return;
    }
    m_playlists.load(m_selected, this, [this, id = m_selected](const SavedPlaylist& playlist) {
        if (id != m_selected)
            return;
        m_shownTracks = playlist.info.tracks;
        m_shownUnavailable = playlist.info.unavailable;
        m_songs->model().setEntries(playlist.entries);
        m_songsOf = id;
        m_songs->setHint(tr("This playlist is empty: drag songs here from the library."));
    });
}

void SavedPlaylistsPane::saveSongs()
{
    if (!m_selected || m_songsOf != m_selected)
        return;
    ++m_ownEdits;
    m_shownTracks = m_songs->model().rowCount();
    m_playlists.setEntries(m_selected, m_songs->model().entries());
}

void SavedPlaylistsPane::renameSelected()
{
    const int row = m_model->rowOf(m_selected);
    if (row >= 0)
        m_list->edit(m_model->index(row, SavedPlaylistsModel::Name));
}

void SavedPlaylistsPane::duplicateSelected()
{
    if (m_selected)
        m_playlists.duplicate(m_selected, this, [this](std::int64_t copy) { select(copy); });
}

void SavedPlaylistsPane::deleteSelected()
{
    const StoredPlaylist* playlist = m_playlists.find(m_selected);
    if (!playlist)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Playlist"),
        nestQuotes(tr("Delete the playlist “%1”? Its songs stay in the library.").arg(playlist->name)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_playlists.remove(m_selected);
}

void SavedPlaylistsPane::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    const QModelIndex index = m_list->indexAt(pos);
    if (index.isValid()) {
        const std::int64_t id = m_model->idAt(index.row());
        select(id);
        menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play"), this,
                       [this, id] { emit playRequested(id, 0); });
        QAction* again = menu.addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Regenerate"),
                                        this, [this, id] { emit regenerateRequested(id); });
        again->setEnabled(index.data(SavedPlaylistsModel::GeneratedRole).toBool());
        again->setToolTip(tr("A fresh mix from the same seeds and settings"));
        menu.addSeparator();
        menu.addAction(tr("Rename"), QKeySequence(Qt::Key_F2), this, &SavedPlaylistsPane::renameSelected);
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Duplicate"), this,
                       &SavedPlaylistsPane::duplicateSelected);
        menu.addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export…"), this,
                       [this, id] { emit exportRequested(id); });
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete…"), QKeySequence::Delete,
                       this, &SavedPlaylistsPane::deleteSelected);
        menu.addSeparator();
    }
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Current Playlist…"),
                   QKeySequence::Save, this, &SavedPlaylistsPane::saveCurrentRequested);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

QByteArray SavedPlaylistsPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_songs->view()->header()->saveState();
    return state;
}

void SavedPlaylistsPane::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    QByteArray splitter;
    QByteArray songs;
    in >> splitter >> songs;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_songs->view()->header()->restoreState(songs);
}

} // namespace soundalike
