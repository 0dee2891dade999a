#include "core/analysis/FfmpegStream.h"

#include "core/analysis/AnalysisParameters.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <array>
#include <cerrno>
#include <mutex>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace soundalike {

using analysis::kSampleRate;

namespace {

constexpr int kIoBufferBytes = 32768;
// Decoders need a little audio before a seek target to settle (MDCT overlap, Opus's recommended 80 ms).
constexpr double kPrerollSeconds = 0.2;
// Damaged packets in a row after which the rest of the file is taken to be no audio at all.
constexpr int kMaxErrorsInARow = 256;
constexpr AVRational kOutputTimeBase{1, kSampleRate};

QString errorText(int code)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
    av_strerror(code, text.data(), text.size());
    return QString::fromUtf8(text.data());
}

const char* demuxerFor(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Flac:
        return "flac";
    case AudioFormat::OggVorbis:
    case AudioFormat::OggOpus:
    case AudioFormat::OggFlac:
        return "ogg";
    case AudioFormat::Mp4:
        return "mp4";
    case AudioFormat::Wav:
        return "wav";
    case AudioFormat::Aiff:
        return "aiff";
    default:
        return nullptr;
    }
}

int readFd(void* opaque, std::uint8_t* buffer, int size)
{
    const ssize_t got = ::read(*static_cast<int*>(opaque), buffer, std::size_t(size));
    if (got < 0)
        return AVERROR(errno);
    return got == 0 ? AVERROR_EOF : int(got);
}

std::int64_t seekFd(void* opaque, std::int64_t offset, int whence)
{
    const int fd = *static_cast<int*>(opaque);
    if (whence & AVSEEK_SIZE) {
        struct stat file = {};
        return ::fstat(fd, &file) == 0 ? std::int64_t(file.st_size) : AVERROR(errno);
    }
    const off_t at = ::lseek(fd, off_t(offset), whence & ~AVSEEK_FORCE);
    return at < 0 ? AVERROR(errno) : std::int64_t(at);
}

} // namespace

FfmpegStream::FfmpegStream()
{
    // FFmpeg reports every damaged packet on stderr; the reasons that matter reach the caller instead.
    static std::once_flag quiet;
    std::call_once(quiet, [] { av_log_set_level(AV_LOG_QUIET); });
    m_packet = av_packet_alloc();
    m_frame = av_frame_alloc();
    if (!m_packet || !m_frame)
        throw std::bad_alloc();
}

FfmpegStream::~FfmpegStream()
{
    close();
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
}

Reason FfmpegStream::open(int fd, const FormatGuess& format, StreamOutput output)
{
    close();
    m_fd = fd;
    m_output = output;
    const AVInputFormat* demuxer = av_find_input_format(demuxerFor(format.format));
    auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBufferBytes));
    m_io = buffer ? avio_alloc_context(buffer, kIoBufferBytes, 0, &m_fd, readFd, nullptr, seekFd) : nullptr;
    m_format = avformat_alloc_context();
    if (!demuxer || !m_io || !m_format) {
        if (!m_io)
            av_free(buffer);
        return Reason(QT_TRANSLATE_NOOP("Reason", "FFmpeg cannot read %1 files")).arg(format.name);
    }
    m_format->pb = m_io;
    m_format->flags |= AVFMT_FLAG_CUSTOM_IO;
    // The WAV demuxer checks whether its 16-bit PCM is really mp3 or DTS by running every demuxer's probe
    // over its first 32 packets, again after each seek: 0.5 s per file here. The sniffer has already said
    // what the file is.
    m_format->max_probe_packets = 1;
    // On failure avformat_open_input frees the context (not our I/O) and sets the pointer to null.
    if (const int rc = avformat_open_input(&m_format, nullptr, demuxer, nullptr); rc < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "not a readable %1 file: %2"))
            .arg(format.name)
            .arg(errorText(rc));
    return openCodec();
}

Reason FfmpegStream::openCodec()
{
    const AVCodec* codec = nullptr;
    m_stream = av_find_best_stream(m_format, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    // Some demuxers (FLAC's, native or in Ogg) leave the channels and rate to be found by decoding a little;
    // the others give everything in their headers, which saves that work.
    if (m_stream == AVERROR_STREAM_NOT_FOUND && avformat_find_stream_info(m_format, nullptr) >= 0)
        m_stream = av_find_best_stream(m_format, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (m_stream < 0)
        return m_stream == AVERROR_DECODER_NOT_FOUND
                   ? Reason(QT_TRANSLATE_NOOP("Reason", "no decoder for its audio stream"))
                   : Reason(QT_TRANSLATE_NOOP("Reason", "no audio stream found"));
    for (unsigned i = 0; i < m_format->nb_streams; ++i)
        m_format->streams[i]->discard = int(i) == m_stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    const AVStream* stream = m_format->streams[m_stream];
    m_codec = avcodec_alloc_context3(codec);
    if (!m_codec)
        throw std::bad_alloc();
    // Files are analysed in parallel already, one per thread.
    m_codec->thread_count = 1;
    m_codec->pkt_timebase = stream->time_base;
    if (const int rc = avcodec_parameters_to_context(m_codec, stream->codecpar); rc < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "unusable audio stream parameters: %1")).arg(errorText(rc));
    if (const int rc = avcodec_open2(m_codec, codec, nullptr); rc < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot decode its %1 audio: %2"))
            .arg(QString::fromUtf8(codec->name))
            .arg(errorText(rc));
    if (m_output == StreamOutput::FileChannels)
        return {}; // read from start to end: no length needed
    m_exactLength = stream->duration > 0;
    if (stream->duration > 0)
        m_length = std::size_t(av_rescale_q(stream->duration, stream->time_base, kOutputTimeBase));
    else if (m_format->duration > 0)
        m_length = std::size_t(av_rescale(m_format->duration, kSampleRate, AV_TIME_BASE));
    return {};
}

void FfmpegStream::close()
{
    avcodec_free_context(&m_codec);
    avformat_close_input(&m_format);
    if (m_io)
        av_freep(&m_io->buffer);
    avio_context_free(&m_io);
    swr_free(&m_swr);
    m_stream = -1;
    m_length = 0;
    m_exactLength = false;
    m_position = 0;
    m_dropBefore = -1;
    m_pending.clear();
    m_pendingAt = 0;
    m_finished = false;
    m_errorsInARow = 0;
    m_fd = -1;
    m_fileChannels = 0;
    m_fileRate = 0;
}

int FfmpegStream::channels() const
{
    return m_output == StreamOutput::AnalysisMono ? 1 : m_fileChannels;
}

int FfmpegStream::sampleRate() const
{
    return m_output == StreamOutput::AnalysisMono ? kSampleRate : m_fileRate;
}

Reason FfmpegStream::seek(std::size_t sample)
{
    const AVStream* stream = m_format->streams[m_stream];
    const auto preroll = std::int64_t(kPrerollSeconds * kSampleRate);
    const std::int64_t from = std::max<std::int64_t>(0, std::int64_t(sample) - preroll);
    const std::int64_t timestamp = av_rescale_q(from, kOutputTimeBase, stream->time_base) +
                                   (stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0);
    if (const int rc = av_seek_frame(m_format, m_stream, timestamp, AVSEEK_FLAG_BACKWARD); rc < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot seek in the stream: %1")).arg(errorText(rc));
    avcodec_flush_buffers(m_codec);
    swr_free(&m_swr);
    m_pending.clear();
    m_pendingAt = 0;
    m_finished = false;
    m_position = sample;
    m_dropBefore = std::int64_t(sample);
    return {};
}

Reason FfmpegStream::read(std::vector<float>& samples, std::size_t count)
{
    const std::size_t wanted = samples.size() + count;
    while (samples.size() < wanted) {
        if (m_pendingAt < m_pending.size()) {
            const std::size_t take = std::min(m_pending.size() - m_pendingAt, wanted - samples.size());
            samples.insert(samples.end(), m_pending.begin() + std::ptrdiff_t(m_pendingAt),
                           m_pending.begin() + std::ptrdiff_t(m_pendingAt + take));
            m_pendingAt += take;
            m_position += take;
            continue;
        }
        m_pending.clear();
        m_pendingAt = 0;
        if (m_finished)
            break;
        if (Reason problem = decodeMore(); !problem.isEmpty())
            return problem;
    }
    return {};
}

Reason FfmpegStream::decodeMore()
{
    const int rc = avcodec_receive_frame(m_codec, m_frame);
    if (rc == 0) {
        m_errorsInARow = 0;
        Reason problem = resample(m_frame);
        av_frame_unref(m_frame);
        return problem;
    }
    if (rc == AVERROR_EOF) {
        flushResampler();
        m_finished = true;
        return {};
    }
    if (rc == AVERROR(EAGAIN))
        return feedPacket();
    if (++m_errorsInARow > kMaxErrorsInARow)
        return Reason(QT_TRANSLATE_NOOP("Reason", "decoding failed: %1")).arg(errorText(rc));
    return {};
}

Reason FfmpegStream::feedPacket()
{
    const int got = av_read_frame(m_format, m_packet);
    if (got < 0) {
        // A read error (a drive unplugged, a network share gone) is not the end of the song: what was read
        // would be stored as a whole excerpt. The input's own error says which it was (the end sets none).
        if (m_format->pb && m_format->pb->error < 0)
            return Reason(QT_TRANSLATE_NOOP("Reason", "cannot read the file: %1"))
                .arg(errorText(m_format->pb->error));
        avcodec_send_packet(m_codec, nullptr);
        return {};
    }
    int rc = 0;
    if (m_packet->stream_index == m_stream)
        rc = avcodec_send_packet(m_codec, m_packet);
    av_packet_unref(m_packet);
    // A damaged packet is skipped, as libmpg123 skips a damaged frame; only a long run of them ends decoding.
    if (rc < 0 && rc != AVERROR(EAGAIN) && ++m_errorsInARow > kMaxErrorsInARow)
        return Reason(QT_TRANSLATE_NOOP("Reason", "decoding failed: %1")).arg(errorText(rc));
    return {};
}

Reason FfmpegStream::resample(const AVFrame* frame)
{
    int skip = 0;
    const std::int64_t pts = frame->best_effort_timestamp;
    if (m_dropBefore >= 0 && pts != AV_NOPTS_VALUE && frame->sample_rate > 0) {
        const AVStream* stream = m_format->streams[m_stream];
        const std::int64_t startPts = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
        const AVRational inputTimeBase{1, frame->sample_rate};
        const std::int64_t frameStart = av_rescale_q(pts - startPts, stream->time_base, inputTimeBase);
        const std::int64_t target = av_rescale_q(m_dropBefore, kOutputTimeBase, inputTimeBase);
        if (target >= frameStart + frame->nb_samples)
            return {}; // wholly before the target
        if (target > frameStart)
            skip = int(target - frameStart);
        else if (target < frameStart)
            m_position = std::size_t(av_rescale_q(frameStart, inputTimeBase, kOutputTimeBase)); // landed late
    }
    m_dropBefore = -1;
    if (Reason problem = prepareResampler(frame); !problem.isEmpty())
        return problem;
    const auto format = AVSampleFormat(frame->format);
    const int bytes = av_get_bytes_per_sample(format);
    const bool planar = av_sample_fmt_is_planar(format);
    const int channels = frame->ch_layout.nb_channels;
    std::vector<const std::uint8_t*> input(std::size_t(planar ? channels : 1));
    for (std::size_t c = 0; c < input.size(); ++c)
        input[c] = frame->extended_data[c] + std::ptrdiff_t(skip) * bytes * (planar ? 1 : channels);
    const int frames = frame->nb_samples - skip;
    if (m_output == StreamOutput::FileChannels)
        return convert(input.data(), frames);
    m_mixed.resize(std::size_t(frames));
    auto* output = reinterpret_cast<std::uint8_t*>(m_mixed.data());
    const int made = swr_convert(m_swr, &output, frames, input.data(), frames);
    if (made < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot mix the audio to mono: %1")).arg(errorText(made));
    m_rate.process(m_mixed.data(), std::size_t(made), m_pending);
    return {};
}

Reason FfmpegStream::convert(const std::uint8_t** input, int frames)
{
    const int room = swr_get_out_samples(m_swr, frames);
    if (room < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot convert its audio: %1")).arg(errorText(room));
    m_mixed.resize(std::size_t(room) * std::size_t(m_fileChannels));
    auto* output = reinterpret_cast<std::uint8_t*>(m_mixed.data());
    const int made = swr_convert(m_swr, &output, room, input, frames);
    if (made < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot convert its audio: %1")).arg(errorText(made));
    m_pending.insert(m_pending.end(), m_mixed.begin(),
                     m_mixed.begin() + std::ptrdiff_t(made) * std::ptrdiff_t(m_fileChannels));
    return {};
}

Reason FfmpegStream::prepareResampler(const AVFrame* frame)
{
    const AVChannelLayout& layout = frame->ch_layout;
    const std::uint64_t mask = layout.order == AV_CHANNEL_ORDER_NATIVE ? layout.u.mask : 0;
    if (m_swr && m_swrRate == frame->sample_rate && m_swrFormat == frame->format &&
        m_swrChannels == layout.nb_channels && m_swrMask == mask)
        return {};
    // A chained Ogg file can change its channels or rate midway: finish with the old set-up first.
    flushResampler();
    swr_free(&m_swr);
    if (layout.nb_channels <= 0 || frame->sample_rate <= 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "the audio stream has no channels or no sample rate"));
    AVChannelLayout input{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&input, layout.nb_channels);
    else if (av_channel_layout_copy(&input, &layout) < 0)
        throw std::bad_alloc();
    if (m_output == StreamOutput::FileChannels)
        return prepareConverter(frame, input);
    AVChannelLayout mono{};
    av_channel_layout_default(&mono, 1);
    // Mixing and sample format only: the rate is RateConverter's.
    int rc = swr_alloc_set_opts2(&m_swr, &mono, AV_SAMPLE_FMT_FLT, frame->sample_rate, &input,
                                 AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
    // The mean of left and right, as libmpg123 mixes mp3: the same recording is as loud in every format.
    // (FFmpeg's own stereo-to-mono matrix agrees; more channels keep FFmpeg's mix.)
    static constexpr std::array<double, 2> kStereoToMono{0.5, 0.5};
    if (rc >= 0 && input.nb_channels == 2)
        rc = swr_set_matrix(m_swr, kStereoToMono.data(), 2);
    if (rc >= 0)
        rc = swr_init(m_swr);
    av_channel_layout_uninit(&input);
    if (rc < 0 || !m_rate.configure(frame->sample_rate)) {
        swr_free(&m_swr);
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot convert its audio to mono %1 Hz: %2"))
            .arg(QString::number(kSampleRate))
            .arg(errorText(rc));
    }
    m_swrRate = frame->sample_rate;
    m_swrFormat = frame->format;
    m_swrChannels = layout.nb_channels;
    m_swrMask = mask;
    return {};
}

Reason FfmpegStream::prepareConverter(const AVFrame* frame, AVChannelLayout& input)
{
    // The first frame sets the channels and rate; a chained file that changes them midway is converted back.
    if (m_fileRate == 0) {
        m_fileRate = frame->sample_rate;
        m_fileChannels = std::min(input.nb_channels, 2);
    }
    AVChannelLayout output{};
    av_channel_layout_default(&output, m_fileChannels);
    int rc = swr_alloc_set_opts2(&m_swr, &output, AV_SAMPLE_FMT_FLT, m_fileRate, &input,
                                 AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
    if (rc >= 0)
        rc = swr_init(m_swr);
    av_channel_layout_uninit(&input);
    if (rc < 0) {
        swr_free(&m_swr);
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot convert its audio to float: %1"))
            .arg(errorText(rc));
    }
    m_swrRate = frame->sample_rate;
    m_swrFormat = frame->format;
    m_swrChannels = frame->ch_layout.nb_channels;
    m_swrMask = frame->ch_layout.order == AV_CHANNEL_ORDER_NATIVE ? frame->ch_layout.u.mask : 0;
    return {};
}

void FfmpegStream::flushResampler()
{
    if (!m_swr)
        return;
    if (m_output == StreamOutput::AnalysisMono) {
        // The mixer keeps the rate, so it holds nothing back; the rate converter's filters do.
        m_rate.flush(m_pending);
        return;
    }
    // Only a change of rate midway makes the converter hold samples back; failing to drain them loses a few
    // milliseconds, which no measure over the whole track notices.
    if (swr_get_out_samples(m_swr, 0) > 0) [[maybe_unused]]
        const Reason lost = convert(nullptr, 0);
}

} // namespace soundalike
