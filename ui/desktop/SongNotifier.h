#pragma once

#include "ui/mpris/CoverArtFile.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

#include <functional>

namespace soundalike {

class Player;

// Tells the desktop which song starts (org.freedesktop.Notifications), with its artist, album and cover, as
// Rhythmbox and Strawberry do: a listener working in another window hears a new song and sees what it is.
// One notification, replaced as songs change and kept out of the desktop's list of past ones, so they do not
// pile up. `wanted` is asked at each song: the listener may turn it off in Settings, and a window in front
// shows the song already. A desktop without a notification service costs one failed call per song. The
// notification offers Pause and Next, as Rhythmbox's does, and a click on it asks for the window.
class SongNotifier : public QObject
{
    Q_OBJECT

public:
    SongNotifier(Player& player, std::function<bool()> wanted, QDBusConnection bus,
                 QObject* parent = nullptr);

signals:
    // The notification itself was clicked: the listener wants the window.
    void raiseRequested();

private slots:
    // org.freedesktop.Notifications.ActionInvoked, for any notification on the bus.
    void onAction(uint id, const QString& key);

private:
    void onPlaying(bool playing);
    void send();

    Player& m_player;
    std::function<bool()> m_wanted;
    QDBusConnection m_bus;
    CoverArtFile m_cover;
    // The cover is found on a worker thread; a song without one is told after this wait.
    QTimer m_coverWait;
    FilePath m_told; // the song last told: its pause and resume tell nothing
    uint m_id = 0;   // the notification that the next one replaces
};

} // namespace soundalike
