#include "core/analysis/ExcerptPlan.h"

namespace soundalike {

ExcerptPlan ExcerptPlan::centred(double seconds)
{
    return ExcerptPlan([seconds](double trackSeconds) {
        const double start = trackSeconds > seconds ? (trackSeconds - seconds) / 2 : 0.0;
        return std::vector<TimeRange>{{start, seconds}};
    });
}

} // namespace soundalike
