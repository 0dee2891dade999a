#include "ui/SavedSongsView.h"

#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "ui/ColumnLayout.h"
#include "ui/PlaceholderText.h"
#include "ui/RemovalCursor.h"
#include "ui/RowMoveKeys.h"
#include "ui/SavedSongsModel.h"
#include "ui/SongDrops.h"
#include "ui/SongTreeSetup.h"

#include <QBoxLayout>
#include <QMenu>
#include <QShortcut>
#include <QTreeView>

namespace soundalike {

SavedSongsView::SavedSongsView(Library& library, LibraryPipeline& pipeline, QWidget* parent)
    : QWidget(parent), m_model(new SavedSongsModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("savedSongs"));
    m_view->setModel(m_model);
    setUpSongTree(*m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SavedSongsView::showContextMenu);
    // The playlist's column rules: in a narrow sidebar, and in Russian, the title keeps the largest share and
    // the time stays in sight.
    new ColumnLayout(m_view->header(), {{SavedSongsModel::Title, 5}, {SavedSongsModel::Artist, 3}},
                     {SavedSongsModel::Position, SavedSongsModel::Duration});
    m_hint = new PlaceholderText(m_view, QString());

    m_drops = new SongDrops(*m_view, *m_model, library, pipeline);
    connect(m_drops, &SongDrops::message, this, &SavedSongsView::message);
    connect(m_model, &SavedSongsModel::edited, this, &SavedSongsView::edited);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit playRequested(index.row()); });

    const auto shortcut = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, m_view, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
                this, slot);
    };
    shortcut(QKeySequence::Delete, [this] { removeSelected(); });
    m_moves = new RowMoveKeys(*m_view, [this](const std::vector<int>& rows, int destination) {
        m_model->moveRowList(rows, destination);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void SavedSongsView::setHint(const QString& text)
{
    m_hint->setText(text);
}

std::vector<int> SavedSongsView::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SavedSongsView::removeSelected()
{
    const std::vector<int> rows = selectedRows();
    if (rows.empty())
        return;
    m_model->removeRowList(rows);
    selectAfterRemoval(*m_view, rows.front());
}

std::vector<PlaylistEntry> SavedSongsView::selectedAvailable() const
{
    std::vector<PlaylistEntry> entries;
    for (const int row : selectedRows()) {
        const PlaylistEntry& entry = m_model->entries()[std::size_t(row)];
        if (entry.track.available)
            entries.push_back(entry);
    }
    return entries;
}

void SavedSongsView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play from Here"), this,
                   [this, row = index.row()] { emit playRequested(row); });
    const bool playable = !selectedAvailable().empty();
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Next"), this,
                   [this] { emit queueRequested(selectedAvailable(), true); })
        ->setEnabled(playable);
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Queue"), this,
                   [this] { emit queueRequested(selectedAvailable(), false); })
        ->setEnabled(playable);
    menu.addSeparator();
    m_moves->addMenuActions(menu);
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove from Playlist"),
                   QKeySequence::Delete, this, &SavedSongsView::removeSelected);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace soundalike
