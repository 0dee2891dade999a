#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace soundalike {

class PlaylistHistory;

// Back and Forward between whole playlists (Alt+Left, Alt+Right), each named after the list it would bring.
class PlaylistHistoryActions : public QObject
{
    Q_OBJECT

public:
    PlaylistHistoryActions(PlaylistHistory& history, QMenu& menu, QObject* parent);

private:
    void update();

    PlaylistHistory& m_history;
    QAction* m_back;
    QAction* m_forward;
};

} // namespace soundalike
