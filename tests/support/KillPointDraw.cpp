#include "tests/support/KillPointDraw.h"

#include <QDateTime>

namespace soundalike::test {

KillPointDraw KillPointDraw::fromEnvironment()
{
    KillPointDraw draw;
    bool fixed = false;
    draw.m_seed = qEnvironmentVariable("SOUNDALIKE_KILL_SEED").toUInt(&fixed);
    if (!fixed)
        draw.m_seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    draw.m_rng.seed(draw.m_seed);
    if (const int points = qEnvironmentVariableIntValue("SOUNDALIKE_KILL_POINTS"); points > 0)
        draw.m_randomPoints = points;
    qInfo("kill points drawn with SOUNDALIKE_KILL_SEED=%u", draw.m_seed);
    return draw;
}

std::vector<KillPoint> KillPointDraw::choose(const std::vector<KillPoint>& recorded)
{
    return SyscallKiller::choose(recorded, m_randomPoints, m_rng);
}

} // namespace soundalike::test
