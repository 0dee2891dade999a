#include "core/playback/SleepTimer.h"

#include "core/playback/Player.h"

#include <algorithm>

namespace soundalike {

namespace {

// Steps of the fade: small enough to be heard as a glide.
constexpr std::chrono::milliseconds kFadeStep{100};

} // namespace

SleepTimer::SleepTimer(Player& player, std::chrono::milliseconds fade, QObject* parent)
    : QObject(parent), m_player(player), m_fade(fade)
{
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SleepTimer::step);
}

void SleepTimer::start(std::chrono::milliseconds after)
{
    restoreLevel();
    m_deadline.setRemainingTime(after);
    m_pausesAt = QDateTime::currentDateTime().addMSecs(after.count());
    // Asleep until the fade begins.
    m_tick.start(std::max(std::chrono::milliseconds(0), after - m_fade));
    emit changed();
}

void SleepTimer::cancel()
{
    if (!isActive())
        return;
    m_tick.stop();
    m_pausesAt = {};
    restoreLevel();
    emit changed();
}

void SleepTimer::step()
{
    const auto left = std::chrono::milliseconds(m_deadline.remainingTime());
    if (left.count() > 0) {
        m_player.setFade(m_fade.count() > 0 ? std::min(1.0, double(left.count()) / double(m_fade.count()))
                                            : 1.0);
        m_tick.start(std::min(kFadeStep, left));
        return;
    }
    const bool playing = m_player.isPlaying();
    if (playing)
        m_player.pause();
    m_pausesAt = {};
    // After the pause has reached the output: restored at once, the song's last moment would come back loud.
    QTimer::singleShot(kFadeStep * 3, this, [this] {
        if (!isActive())
            restoreLevel();
    });
    emit ranOut(playing);
    emit changed();
}

void SleepTimer::restoreLevel()
{
    m_player.setFade(1.0);
}

} // namespace soundalike
