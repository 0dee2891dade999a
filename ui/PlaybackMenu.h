#pragma once

#include "core/common/PlaylistEntry.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QActionGroup;
class QMenu;

namespace soundalike {

class Player;
class SleepTimerMenu;

// The Playback menu: play/pause, stop, stop after this song, the sleep timer, next, previous, seeking and
// volume by keyboard, mute, shuffle and repeat, and Play Next / Add to Queue for whatever songs are selected
// in the pane that has the focus. Every entry shows its shortcut, and the menu's actions are the window's
// shortcuts.
class PlaybackMenu : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<std::vector<PlaylistEntry>()>;

    // `selection`: the songs selected where the keyboard focus is.
    PlaybackMenu(Player& player, Selection selection, QMenu* menu);

    QAction* shuffleAction() const { return m_shuffle; }
    SleepTimerMenu* sleepTimer() const { return m_sleepTimer; }
    QAction* stopAfterCurrentAction() const { return m_stopAfterCurrent; }
    QAction* repeatAction(int repeat) const;

    // How much a key press moves the position and the volume.
    static constexpr qint64 kSeekStepMs = 5000;
    static constexpr double kVolumeStep = 0.05;

signals:
    // What an entry did where nothing else in the window shows it, for the status bar.
    void message(const QString& text);

protected:
    // Space is the window's play/pause, except on a focused button or drop-down, which it presses.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTransport(QMenu* menu);
    void addStopAfterCurrent(QMenu* menu);
    void addModes(QMenu* menu);
    void addQueue(QMenu* menu);

    Player& m_player;
    Selection m_selection;
    QAction* m_stopAfterCurrent = nullptr;
    SleepTimerMenu* m_sleepTimer = nullptr;
    QAction* m_shuffle = nullptr;
    QActionGroup* m_repeat = nullptr;
};

} // namespace soundalike
