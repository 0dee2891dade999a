#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace soundalike {

// One opened file as mono float samples at analysis::kSampleRate, whatever its codec: what Decoder reads its
// excerpt ranges from. Every call that can fail returns why, or an empty string.
class AudioStream
{
public:
    virtual ~AudioStream() = default;

    // The whole track's length in samples at analysis::kSampleRate, 0 when unknown or implausible.
    [[nodiscard]] virtual std::size_t lengthSamples() const = 0;
    // Positions the stream so that the next sample read is `sample` (as near as the format allows:
    // position() says where it landed).
    [[nodiscard]] virtual QString seek(std::size_t sample) = 0;
    [[nodiscard]] virtual std::size_t position() const = 0;
    // Appends up to `count` samples to `samples`; fewer at the end of the stream.
    [[nodiscard]] virtual QString read(std::vector<float>& samples, std::size_t count) = 0;
};

} // namespace soundalike
