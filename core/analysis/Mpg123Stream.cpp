#include "core/analysis/Mpg123Stream.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/common/MpegVbrHeader.h"

#include <mpg123.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace soundalike {

using analysis::kSampleRate;

namespace {

constexpr std::size_t kReadChunk = 16384; // samples per mpg123_read call
constexpr int kMaxIdleReads = 64;         // reads in a row that yield nothing: the stream is stuck
// No MPEG audio stream holds more than a second of sound per 500 bytes (4 kbit/s, half the lowest bitrate
// MPEG audio has). A longer length comes from a damaged Xing/Info header; seeking to its middle made
// libmpg123 count through hundreds of millions of frames, seconds for a 1 KB file (found by
// tests/fuzz/fuzz_decoder).
constexpr double kMinBytesPerSecond = 500;

// mpg123_init() is a no-op since libmpg123 1.27 (API 46), so handles can be made on any thread.
static_assert(MPG123_API_VERSION >= 46, "libmpg123 1.27 or newer is required");

QString errorText(mpg123_handle* handle)
{
    return QString::fromUtf8(mpg123_strerror(handle));
}

} // namespace

Mpg123Stream::Mpg123Stream()
{
    int error = MPG123_OK;
    m_handle = mpg123_new(nullptr, &error);
    if (!m_handle)
        throw std::runtime_error(std::string("cannot start libmpg123: ") + mpg123_plain_strerror(error));
    if (!configure(StreamOutput::AnalysisMono)) {
        const std::string reason = mpg123_strerror(m_handle);
        mpg123_delete(m_handle);
        throw std::runtime_error("libmpg123 cannot decode to mono 32-bit float at 22050 Hz: " + reason);
    }
}

bool Mpg123Stream::configure(StreamOutput output)
{
    // Until this succeeds the handle is set up for neither output, and the next open tries again.
    m_output.reset();
    const bool mono = output == StreamOutput::AnalysisMono;
    // Resynchronising without a limit lets a damaged stretch of any length be skipped; fuzzy seeking jumps to
    // an estimated byte offset instead of reading every frame header up to the excerpt.
    const long flags = (mono ? MPG123_MONO_MIX : 0) | MPG123_FORCE_FLOAT | MPG123_QUIET | MPG123_GAPLESS |
                       MPG123_FUZZY | MPG123_SKIP_ID3V2;
    bool ready = mpg123_param(m_handle, MPG123_FLAGS, flags, 0) == MPG123_OK &&
                 mpg123_param(m_handle, MPG123_RESYNC_LIMIT, -1, 0) == MPG123_OK &&
                 mpg123_param(m_handle, MPG123_FORCE_RATE, mono ? kSampleRate : 0, 0) == MPG123_OK &&
                 mpg123_format_none(m_handle) == MPG123_OK;
    if (mono) {
        ready = ready && mpg123_format(m_handle, kSampleRate, MPG123_MONO, MPG123_ENC_FLOAT_32) == MPG123_OK;
    } else {
        const long* rates = nullptr;
        std::size_t count = 0;
        mpg123_rates(&rates, &count);
        for (std::size_t i = 0; i < count && ready; ++i)
            ready = mpg123_format(m_handle, rates[i], MPG123_MONO | MPG123_STEREO, MPG123_ENC_FLOAT_32) ==
                    MPG123_OK;
    }
    if (ready)
        m_output = output;
    return ready;
}

Mpg123Stream::~Mpg123Stream()
{
    close();
    mpg123_delete(m_handle);
}

Reason Mpg123Stream::open(int fd, off_t fileBytes, StreamOutput output)
{
    close();
    m_length = 0;
    if (output != m_output && !configure(output))
        return Reason(QT_TRANSLATE_NOOP("Reason", "libmpg123 cannot decode to 32-bit float: %1"))
            .arg(errorText(m_handle));
    if (mpg123_open_fd(m_handle, fd) != MPG123_OK)
        return Reason(QT_TRANSLATE_NOOP("Reason", "libmpg123 cannot read it: %1")).arg(errorText(m_handle));
    m_open = true;
    long rate = 0;
    int channels = 0;
    int encoding = 0;
    if (mpg123_getformat(m_handle, &rate, &channels, &encoding) != MPG123_OK)
        return Reason(QT_TRANSLATE_NOOP("Reason", "no MPEG audio frames found"));
    m_channels = channels;
    m_rate = int(rate);
    if (output == StreamOutput::FileChannels)
        return {}; // read from start to end: no length needed
    // Analysed, a file holding less than half the stream its own header counts would be matched by the few
    // seconds it has; as a FLAC's, its own count of itself proves the damage.
    if (const std::optional<MpegVbrHeader> header = MpegVbrHeader::read(fd);
        header && header->bytes > 0 && fileBytes - header->audioStart < header->bytes / 2)
        return Reason(QT_TRANSLATE_NOOP(
                          "Reason",
                          "damaged or cut short: it holds %1 KB of the %2 KB of audio its header counts"))
            .arg(QString::number((fileBytes - header->audioStart) / 1024))
            .arg(QString::number(header->bytes / 1024));
    // In output samples; a size-based guess without a Xing header, unknown when implausible.
    const off_t reported = mpg123_length(m_handle);
    const bool plausible = double(reported) <= double(fileBytes) / kMinBytesPerSecond * kSampleRate;
    m_length = reported > 0 && plausible ? std::size_t(reported) : 0;
    return {};
}

void Mpg123Stream::close()
{
    if (m_open)
        mpg123_close(m_handle);
    m_open = false;
}

bool Mpg123Stream::sameFormat() const
{
    long rate = 0;
    int channels = 0;
    int encoding = 0;
    return mpg123_getformat(m_handle, &rate, &channels, &encoding) == MPG123_OK && rate == m_rate &&
           channels == m_channels;
}

Reason Mpg123Stream::seek(std::size_t sample)
{
    if (mpg123_seek(m_handle, off_t(sample), SEEK_SET) < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot seek in the stream: %1")).arg(errorText(m_handle));
    return {};
}

std::size_t Mpg123Stream::position() const
{
    const off_t at = mpg123_tell(m_handle);
    return at > 0 ? std::size_t(at) : 0;
}

Reason Mpg123Stream::read(std::vector<float>& samples, std::size_t count)
{
    const std::size_t wanted = samples.size() + count;
    int idle = 0;
    while (samples.size() < wanted && idle < kMaxIdleReads) {
        const std::size_t before = samples.size();
        samples.resize(before + std::min(kReadChunk, wanted - before));
        std::size_t bytes = 0;
        const int rc = mpg123_read(m_handle, reinterpret_cast<unsigned char*>(samples.data() + before),
                                   (samples.size() - before) * sizeof(float), &bytes);
        samples.resize(before + bytes / sizeof(float));
        idle = bytes == 0 ? idle + 1 : 0;
        if (rc == MPG123_DONE)
            break;
        // For the analysis a format change is only announced: its output format is forced, so the samples are
        // still ours. The file's own channels and rate are what they were at the start, or nothing is.
        if (rc == MPG123_NEW_FORMAT && m_output == StreamOutput::FileChannels && !sameFormat())
            return Reason(QT_TRANSLATE_NOOP("Reason", "its channels or sample rate change midway"));
        if (rc != MPG123_OK && rc != MPG123_NEW_FORMAT)
            return Reason(QT_TRANSLATE_NOOP("Reason", "decoding failed: %1")).arg(errorText(m_handle));
    }
    return {};
}

} // namespace soundalike
