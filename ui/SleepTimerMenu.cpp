#include "ui/SleepTimerMenu.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>

#include <chrono>

namespace soundalike {

SleepTimerMenu::SleepTimerMenu(Player& player, QMenu* parentMenu)
    : QObject(parentMenu), m_timer(player), m_menu(parentMenu->addMenu(QString())),
      m_choices(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("sleepTimer"));
    const std::pair<int, QString> choices[] = {
        {0, tr("&Off")},
        {15, tr("In &15 Minutes")},
        {30, tr("In &30 Minutes")},
        {45, tr("In &45 Minutes")},
        {60, tr("In 1 &Hour")},
        {120, tr("In &2 Hours")},
    };
    for (const auto& [minutes, text] : choices) {
        QAction* action = m_menu->addAction(text, this, [this, minutes = minutes] { choose(minutes); });
        action->setCheckable(true);
        action->setData(minutes);
        m_choices->addAction(action);
    }
    connect(&m_timer, &SleepTimer::changed, this, &SleepTimerMenu::showState);
    connect(&m_timer, &SleepTimer::ranOut, this, &SleepTimerMenu::onRanOut);
    showState();
}

void SleepTimerMenu::choose(int minutes)
{
    if (minutes <= 0) {
        const bool wasSet = m_timer.isActive();
        m_timer.cancel();
        if (wasSet)
            emit message(tr("Sleep timer off."));
        return;
    }
    m_timer.start(std::chrono::minutes(minutes));
    emit message(tr("Playback pauses at %1.")
                     .arg(QLocale().toString(m_timer.pausesAt().time(), QLocale::ShortFormat)));
}

void SleepTimerMenu::showState()
{
    const bool set = m_timer.isActive();
    m_menu->setTitle(set ? tr("Sleep T&imer (pauses at %1)")
                               .arg(QLocale().toString(m_timer.pausesAt().time(), QLocale::ShortFormat))
                         : tr("Sleep T&imer"));
    // The choice stays checked while it runs; once run out or cancelled, Off is.
    if (!set)
        m_choices->actions().front()->setChecked(true);
}

void SleepTimerMenu::onRanOut(bool paused)
{
    if (paused)
        emit message(tr("Sleep timer: playback paused. Play goes on from here."));
}

} // namespace soundalike
