#pragma once

#include "core/common/Reason.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace soundalike {

// What a stream delivers: the analysis's mono mix at analysis::kSampleRate (the descriptors' input), or the
// file's own channels (at most two: more are mixed to stereo) at its own rate, interleaved, for a measure
// that must hear the track as a listener does (its loudness, EBU R 128 sums the channels' power).
enum class StreamOutput
{
    AnalysisMono,
    FileChannels,
};

// One opened file as float samples, whatever its codec: what Decoder reads its excerpt ranges from. Every
// call that can fail returns why, or an empty string. Lengths and positions count samples of the analysis's
// mono mix; a stream opened for StreamOutput::FileChannels is read from its start to its end only.
class AudioStream
{
public:
    virtual ~AudioStream() = default;

    // Of what read() delivers: 1 and analysis::kSampleRate for the analysis's mono mix.
    [[nodiscard]] virtual int channels() const = 0;
    [[nodiscard]] virtual int sampleRate() const = 0;

    // The whole track's length in samples at analysis::kSampleRate, 0 when unknown or implausible.
    [[nodiscard]] virtual std::size_t lengthSamples() const = 0;
    // True when that length is the file's own count of its samples (FLAC's stream info, MP4's sample tables,
    // a WAV's data size, Ogg's last position), not an estimate from its bitrate: audio that stops far short
    // of it is then a damaged or cut file, not a wrong guess.
    [[nodiscard]] virtual bool lengthIsExact() const = 0;
    // Positions the stream so that the next sample read is `sample` (as near as the format allows:
    // position() says where it landed).
    [[nodiscard]] virtual Reason seek(std::size_t sample) = 0;
    [[nodiscard]] virtual std::size_t position() const = 0;
    // Appends up to `count` samples (values, interleaved by channel) to `samples`; fewer at the end of the
    // stream.
    [[nodiscard]] virtual Reason read(std::vector<float>& samples, std::size_t count) = 0;
};

} // namespace soundalike
