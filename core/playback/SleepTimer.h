#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace soundalike {

class Player;

// Pauses playback after a while (Playback ▸ Sleep Timer), for a listener falling asleep to music. The last
// seconds fade out, as Plexamp's timer does, so that the end is not a jolt; the volume the listener set is
// left as it was, and Play in the morning goes on from the same place.
class SleepTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kFade{10000};

    explicit SleepTimer(Player& player, std::chrono::milliseconds fade = kFade, QObject* parent = nullptr);

    // Pauses `after` from now; a timer already set is replaced.
    void start(std::chrono::milliseconds after);
    void cancel();
    [[nodiscard]] bool isActive() const { return m_tick.isActive(); }
    // When it pauses; invalid when not set.
    [[nodiscard]] QDateTime pausesAt() const { return m_pausesAt; }

signals:
    // Set, cancelled or run out.
    void changed();
    // It ran out: whether a song was playing and was paused.
    void ranOut(bool paused);

private:
    void step();
    void restoreLevel();

    Player& m_player;
    std::chrono::milliseconds m_fade;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
    QDateTime m_pausesAt;
};

} // namespace soundalike
