#pragma once

#include "core/analysis/AudioStream.h"
#include "core/analysis/RateConverter.h"
#include "core/common/AudioFormat.h"

#include <cstdint>

struct AVChannelLayout;
struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVIOContext;
struct AVPacket;
struct SwrContext;

namespace soundalike {

// Every supported format but MPEG audio (FLAC, Ogg Vorbis/Opus/FLAC, MP4 AAC/ALAC, WAV, AIFF) through FFmpeg:
// libavformat demuxes with the demuxer the content sniffing chose (never by probing: a crafted file cannot
// reach another demuxer) over our own file descriptor (no protocol is ever opened), libavcodec decodes,
// libswresample mixes to mono and RateConverter brings it to analysis::kSampleRate (or, for
// StreamOutput::FileChannels, libswresample only makes it interleaved float). After a seek, decoding
// starts a little early and drops what precedes the target, so ranges begin where asked in every format.
// Damaged packets are skipped. One per thread; reused from file to file.
class FfmpegStream : public AudioStream
{
public:
    FfmpegStream();
    ~FfmpegStream() override;
    FfmpegStream(const FfmpegStream&) = delete;
    FfmpegStream& operator=(const FfmpegStream&) = delete;

    // Starts reading the open file `fd` (not taken over) as `format`.
    [[nodiscard]] Reason open(int fd, const FormatGuess& format,
                              StreamOutput output = StreamOutput::AnalysisMono);
    void close();

    // For StreamOutput::FileChannels, known once read() has delivered samples (0 before).
    int channels() const override;
    int sampleRate() const override;

    std::size_t lengthSamples() const override { return m_length; }
    bool lengthIsExact() const override { return m_exactLength; }
    Reason seek(std::size_t sample) override;
    std::size_t position() const override { return m_position; }
    Reason read(std::vector<float>& samples, std::size_t count) override;

private:
    [[nodiscard]] Reason openCodec();
    [[nodiscard]] Reason decodeMore();
    [[nodiscard]] Reason feedPacket();
    [[nodiscard]] Reason resample(const AVFrame* frame);
    [[nodiscard]] Reason prepareResampler(const AVFrame* frame);
    [[nodiscard]] Reason prepareConverter(const AVFrame* frame, AVChannelLayout& input);
    // StreamOutput::FileChannels: `frames` of `input` (null: what the converter holds) to m_pending.
    [[nodiscard]] Reason convert(const std::uint8_t** input, int frames);
    void flushResampler();

    int m_fd = -1;
    AVIOContext* m_io = nullptr;
    AVFormatContext* m_format = nullptr;
    AVCodecContext* m_codec = nullptr;
    SwrContext* m_swr = nullptr; // to mono float, at the input's rate
    RateConverter m_rate;
    AVPacket* m_packet = nullptr;
    AVFrame* m_frame = nullptr;
    int m_stream = -1;
    std::size_t m_length = 0;
    bool m_exactLength = false;     // the stream's own duration, not the container's estimate
    std::size_t m_position = 0;     // of the next sample read() delivers
    std::int64_t m_dropBefore = -1; // after a seek: the target, in samples at analysis::kSampleRate
    StreamOutput m_output = StreamOutput::AnalysisMono;
    int m_fileChannels = 0; // StreamOutput::FileChannels: what the first frame set
    int m_fileRate = 0;
    std::vector<float> m_mixed;   // one frame, mixed or converted
    std::vector<float> m_pending; // resampled, not yet delivered
    std::size_t m_pendingAt = 0;
    bool m_finished = false; // the decoder and the resampler have given everything
    int m_errorsInARow = 0;
    // What the resampler was set up for.
    int m_swrRate = 0;
    int m_swrFormat = -1;
    int m_swrChannels = 0;
    std::uint64_t m_swrMask = 0;
};

} // namespace soundalike
