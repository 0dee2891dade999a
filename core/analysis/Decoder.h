#pragma once

#include "core/analysis/AudioStream.h"
#include "core/analysis/ExcerptPlan.h"
#include "core/common/Track.h"

#include "core/common/Reason.h"

#include <QString>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace soundalike {

class FfmpegStream;
class Mpg123Stream;

struct DecodedRange
{
    double startSeconds = 0;     // where in the track this range begins
    std::size_t firstSample = 0; // where in DecodedExcerpt::samples
    std::size_t samples = 0;
};

struct DecodedExcerpt
{
    std::vector<float> samples;       // mono, analysis::kSampleRate: the plan's ranges one after another
    std::vector<DecodedRange> ranges; // the ranges that gave samples
    double trackSeconds = 0;          // the whole track's length as the decoder knows it
    double startSeconds = 0;          // where the first range begins in the track
};

// Decodes the parts of an audio file that an ExcerptPlan names, as mono float at analysis::kSampleRate, in
// whatever supported format its content shows (FormatSniffer): MPEG audio through libmpg123, everything else
// (FLAC, Ogg Vorbis/Opus/FLAC, MP4 AAC/ALAC, WAV, AIFF) through FFmpeg. What lies before a range is skipped
// by seeking, not decoded. Not thread-safe: one decoder per thread.
class Decoder
{
public:
    static constexpr double kDefaultExcerptSeconds = ExcerptPlan::kDefaultSeconds;

    explicit Decoder(double excerptSeconds = kDefaultExcerptSeconds);
    explicit Decoder(ExcerptPlan plan);
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // Decodes the ranges `plan` (by default the one given at construction) names in `path` (raw file-name
    // bytes) into `excerpt`, reusing its buffer. Returns an empty string on success, otherwise why nothing
    // usable could be decoded.
    [[nodiscard]] Reason decode(const FilePath& path, DecodedExcerpt& excerpt);
    [[nodiscard]] Reason decode(const FilePath& path, const ExcerptPlan& plan, DecodedExcerpt& excerpt);

    // Receives the samples of a whole track as they are decoded: interleaved, in the file's own channels (at
    // most two) and rate. Returns false to stop reading.
    using WholeSink = std::function<bool(std::span<const float> interleaved, int channels, int sampleRate)>;
    // Decodes all of `path` from start to end, as a listener hears it, handing each stretch to `sink` (the
    // whole track is never held at once) until the sink says stop. Returns why it failed, or an empty string.
    [[nodiscard]] Reason readWhole(const FilePath& path, const WholeSink& sink);

private:
    [[nodiscard]] Reason withStream(const FilePath& path, StreamOutput output,
                                    const std::function<Reason(AudioStream&)>& use);
    [[nodiscard]] Reason decodeOpen(AudioStream& stream, const ExcerptPlan& plan, DecodedExcerpt& excerpt);

    ExcerptPlan m_plan;
    std::unique_ptr<Mpg123Stream> m_mpeg;
    std::unique_ptr<FfmpegStream> m_ffmpeg;
};

} // namespace soundalike
