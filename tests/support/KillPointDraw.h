#pragma once

#include "tests/support/SyscallKiller.h"

#include <QRandomGenerator>

#include <vector>

namespace soundalike::test {

// Which of a command's recorded kill points a crash test tries: every point where a file is put in place,
// and a number of others drawn at random. The seed is printed, and SOUNDALIKE_KILL_SEED=N repeats a run's
// draw; SOUNDALIKE_KILL_POINTS=N draws N random points per command instead of 8, for a longer run by hand.
class KillPointDraw
{
public:
    // Reads the environment and prints the seed, for initTestCase.
    static KillPointDraw fromEnvironment();

    quint32 seed() const { return m_seed; }
    [[nodiscard]] std::vector<KillPoint> choose(const std::vector<KillPoint>& recorded);

private:
    quint32 m_seed = 0;
    int m_randomPoints = 8;
    QRandomGenerator m_rng;
};

} // namespace soundalike::test
