#include "core/common/DurationText.h"

#include <algorithm>

namespace soundalike {

namespace {

QString clockText(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3")
                       .arg(h)
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(s, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 roundedSeconds(qint64 milliseconds)
{
    return (std::max<qint64>(0, milliseconds) + 500) / 1000;
}

QString durationText(qint64 milliseconds)
{
    return clockText(roundedSeconds(milliseconds));
}

QString positionText(qint64 milliseconds)
{
    return clockText(std::max<qint64>(0, milliseconds) / 1000);
}

} // namespace soundalike
