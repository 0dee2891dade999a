#include "core/common/Lyrics.h"

#include <algorithm>

namespace soundalike {

int Lyrics::lineAt(qint64 ms) const
{
    if (!synced)
        return -1;
    const auto after = std::upper_bound(lines.begin(), lines.end(), ms,
                                        [](qint64 at, const Line& line) { return at < line.ms; });
    return int(after - lines.begin()) - 1;
}

} // namespace soundalike
