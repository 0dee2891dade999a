#include "ui/QueueRouting.h"

#include "core/playback/Player.h"
#include "core/service/Library.h"
#include "ui/LibraryView.h"
#include "ui/PlaylistView.h"
#include "ui/SeedList.h"

#include <QApplication>

namespace soundalike {

QueueRouting::QueueRouting(Player& player, const Library& library, Panes panes, QObject* parent)
    : QObject(parent), m_player(player), m_library(library), m_panes(panes)
{
    const auto playIds = [this](const std::vector<std::int64_t>& ids) { m_player.playNow(entries(ids)); };
    connect(panes.library, &LibraryView::queueRequested, this, &QueueRouting::queueTracks);
    connect(panes.seeds, &SeedList::queueRequested, this, &QueueRouting::queueTracks);
    connect(panes.playlist, &PlaylistView::queueRequested, this, &QueueRouting::queue);
    connect(panes.library, &LibraryView::playRequested, this, playIds);
    connect(panes.seeds, &SeedList::playRequested, this, playIds);
    connect(panes.queue, &PlaylistView::playRequested, &player, &Player::playQueued);
}

std::vector<PlaylistEntry> QueueRouting::selectedEntries() const
{
    const QWidget* focus = QApplication::focusWidget();
    const auto inside = [focus](const QWidget* pane) { return focus && pane->isAncestorOf(focus); };
    if (inside(m_panes.playlist))
        return m_panes.playlist->selectedEntries();
    if (inside(m_panes.seeds))
        return entries(m_panes.seeds->selectedIds());
    if (inside(m_panes.library))
        return entries(m_panes.library->selectedTrackIds());
    return {};
}

void QueueRouting::queue(std::vector<PlaylistEntry> list, bool next)
{
    if (next)
        m_player.playNext(std::move(list));
    else
        m_player.enqueue(std::move(list));
}

void QueueRouting::queueTracks(const std::vector<std::int64_t>& ids, bool next)
{
    queue(entries(ids), next);
}

std::vector<PlaylistEntry> QueueRouting::entries(const std::vector<std::int64_t>& ids) const
{
    std::vector<PlaylistEntry> list;
    for (const Track& track : m_library.catalog()->findAll(ids))
        list.push_back({track, -1, 0, {}});
    return list;
}

} // namespace soundalike
