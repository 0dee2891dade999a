#pragma once

#include <QAction>

namespace soundalike {

class PlaylistHistory;
class PlaylistView;

// "Clear Playlist", a button in the playlist's header: empties the playlist as a step of its
// history, like any other list that replaces it, so Back (Alt+Left) brings the cleared list back and Forward
// empties it again. Enabled while the playlist has songs.
class PlaylistClearAction : public QAction
{
    Q_OBJECT

public:
    PlaylistClearAction(PlaylistHistory& history, PlaylistView& view, QObject* parent = nullptr);

signals:
    void message(const QString& text);

private:
    void updateEnabled();

    PlaylistHistory& m_history;
};

} // namespace soundalike
