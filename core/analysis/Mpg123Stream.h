#pragma once

#include "core/analysis/AudioStream.h"

#include <optional>
#include <sys/types.h>

typedef struct mpg123_handle_struct mpg123_handle;

namespace soundalike {

// MPEG audio (mp3, mp2) through libmpg123, straight to mono float at analysis::kSampleRate (or to float in
// the file's own channels and rate, for StreamOutput::FileChannels): libmpg123 mixes the channels itself and
// synthesises at the lower rate (for 44.1 kHz files its 2:1 synthesis, the same samples MPG123_DOWN_SAMPLE
// gives; its resampler otherwise), and what lies before a range is skipped by seeking, not decoded. Damaged
// frames are skipped by resynchronising on the next good frame header. Kept for mp3 because it is faster
// there than FFmpeg (docs/performance.md). One per thread; reused from file to file.
class Mpg123Stream : public AudioStream
{
public:
    Mpg123Stream();
    ~Mpg123Stream() override;
    Mpg123Stream(const Mpg123Stream&) = delete;
    Mpg123Stream& operator=(const Mpg123Stream&) = delete;

    // Starts reading the open file `fd` (not taken over) of `fileBytes` bytes (0: unknown).
    [[nodiscard]] Reason open(int fd, off_t fileBytes, StreamOutput output = StreamOutput::AnalysisMono);
    void close();

    int channels() const override { return m_channels; }
    int sampleRate() const override { return m_rate; }

    std::size_t lengthSamples() const override { return m_length; }
    // Frames counted from the bitrate, or a Xing header that can be wrong (fuzzing found one claiming 2^31).
    bool lengthIsExact() const override { return false; }
    Reason seek(std::size_t sample) override;
    std::size_t position() const override;
    Reason read(std::vector<float>& samples, std::size_t count) override;

private:
    [[nodiscard]] bool configure(StreamOutput output);
    [[nodiscard]] bool sameFormat() const;

    mpg123_handle* m_handle = nullptr;
    std::optional<StreamOutput> m_output; // what the handle is set up for; none after a failed set-up
    int m_channels = 1;
    int m_rate = 0;
    std::size_t m_length = 0;
    bool m_open = false;
};

} // namespace soundalike
