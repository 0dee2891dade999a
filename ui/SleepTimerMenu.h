#pragma once

#include "core/playback/SleepTimer.h"

#include <QObject>

class QActionGroup;
class QMenu;

namespace soundalike {

class Player;

// Playback ▸ Sleep Timer: off, or pause in 15, 30 or 45 minutes, one hour or two. The submenu's title says
// when it pauses while set, and the status bar says what was chosen and when the timer ran out.
class SleepTimerMenu : public QObject
{
    Q_OBJECT

public:
    SleepTimerMenu(Player& player, QMenu* parentMenu);

    SleepTimer& timer() { return m_timer; }
    QMenu* menu() const { return m_menu; }

signals:
    void message(const QString& text);

private:
    void choose(int minutes);
    void showState();
    void onRanOut(bool paused);

    SleepTimer m_timer;
    QMenu* m_menu;
    QActionGroup* m_choices;
};

} // namespace soundalike
