#include "core/service/radio/ListenVerdict.h"

namespace soundalike {

ListenVerdict ListenVerdict::of(const Listen& listen)
{
    ListenVerdict verdict;
    verdict.played = listen.end == Listen::End::Finished ||
                     (listen.durationMs > 0 && 2 * listen.heardMs >= listen.durationMs);
    verdict.skippedEarly =
        !verdict.played && listen.end == Listen::End::Skipped && listen.heardMs < kEarlySkipMs;
    return verdict;
}

} // namespace soundalike
