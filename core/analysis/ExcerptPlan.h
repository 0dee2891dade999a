#pragma once

#include <functional>
#include <vector>

namespace soundalike {

struct TimeRange
{
    double startSeconds = 0;
    double seconds = 0;
};

// Which parts of a track the decoder delivers, chosen once it knows how long the track is. The ranges come in
// order and do not overlap; each is an upper bound (a track that ends sooner gives what it has).
class ExcerptPlan
{
public:
    static constexpr double kDefaultSeconds = 120.0;

    // The track's length in seconds, 0 when unknown, to the ranges to decode.
    using Ranges = std::function<std::vector<TimeRange>(double trackSeconds)>;

    explicit ExcerptPlan(Ranges ranges) : m_ranges(std::move(ranges)) {}

    // The centred `seconds` of the track, or all of a shorter one (or of one of unknown length, from its
    // start): what the descriptors are computed from.
    [[nodiscard]] static ExcerptPlan centred(double seconds = kDefaultSeconds);

    [[nodiscard]] std::vector<TimeRange> rangesFor(double trackSeconds) const
    {
        return m_ranges(trackSeconds);
    }

private:
    Ranges m_ranges;
};

} // namespace soundalike
