#include "ui/PlaylistClearAction.h"

#include "core/playback/Playlist.h"
#include "core/playback/PlaylistHistory.h"
#include "ui/PlaylistView.h"

#include <QIcon>

namespace soundalike {

PlaylistClearAction::PlaylistClearAction(PlaylistHistory& history, PlaylistView& view, QObject* parent)
    : QAction(parent), m_history(history)
{
    setObjectName(QStringLiteral("clearPlaylist"));
    setText(tr("Clear Playlist"));
    setIconText(tr("Clear"));
    setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    setToolTip(tr("Empty the playlist (Back brings it back)"));
    connect(this, &QAction::triggered, this, [this] {
        const int songs = m_history.playlist().size();
        // No name: songs added to it afterwards make a list of the listener's own ("Playlist" when saved).
        m_history.open({}, {});
        // Said, because the button sits beside the playlist's filter box and can be taken for clearing that.
        emit message(
            tr("Playlist cleared (%n song(s)): Playback ▸ Back (Alt+Left) brings it back.", nullptr, songs));
    });
    Playlist& playlist = m_history.playlist();
    for (auto signal : {&Playlist::reset, &Playlist::inserted, &Playlist::removed})
        connect(&playlist, signal, this, &PlaylistClearAction::updateEnabled);
    updateEnabled();
    view.addHeaderAction(this);
}

void PlaylistClearAction::updateEnabled()
{
    setEnabled(!m_history.playlist().isEmpty());
}

} // namespace soundalike
