#include "core/analysis/Decoder.h"

#include "core/analysis/AnalysisParameters.h"

#include <mpg123.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

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

} // namespace

Decoder::Decoder(double excerptSeconds) : m_excerptSeconds(excerptSeconds)
{
    int error = MPG123_OK;
    m_handle = mpg123_new(nullptr, &error);
    if (!m_handle)
        throw std::runtime_error(std::string("cannot start libmpg123: ") + mpg123_plain_strerror(error));
    // Resynchronising without a limit lets a damaged stretch of any length be skipped; fuzzy seeking jumps to
    // an estimated byte offset instead of reading every frame header up to the excerpt.
    const long flags = MPG123_MONO_MIX | MPG123_FORCE_FLOAT | MPG123_QUIET | MPG123_GAPLESS | MPG123_FUZZY |
                       MPG123_SKIP_ID3V2;
    const bool ready = mpg123_param(m_handle, MPG123_FLAGS, flags, 0) == MPG123_OK &&
                       mpg123_param(m_handle, MPG123_RESYNC_LIMIT, -1, 0) == MPG123_OK &&
                       mpg123_param(m_handle, MPG123_FORCE_RATE, kSampleRate, 0) == MPG123_OK &&
                       mpg123_format_none(m_handle) == MPG123_OK &&
                       mpg123_format(m_handle, kSampleRate, MPG123_MONO, MPG123_ENC_FLOAT_32) == MPG123_OK;
    if (!ready) {
        const std::string reason = mpg123_strerror(m_handle);
        mpg123_delete(m_handle);
        throw std::runtime_error("libmpg123 cannot decode to mono 32-bit float at 22050 Hz: " + reason);
    }
}

Decoder::~Decoder()
{
    mpg123_delete(m_handle);
}

QString Decoder::decode(const FilePath& path, DecodedExcerpt& excerpt)
{
    excerpt.samples.clear();
    excerpt.trackSeconds = 0;
    excerpt.startSeconds = 0;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("cannot open the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat file = {};
    const off_t fileBytes = ::fstat(fd, &file) == 0 ? file.st_size : 0; // 0: no length is trusted
    QString problem;
    if (mpg123_open_fd(m_handle, fd) != MPG123_OK) {
        problem =
            QStringLiteral("libmpg123 cannot read it: %1").arg(QString::fromUtf8(mpg123_strerror(m_handle)));
    } else {
        problem = decodeOpen(excerpt, fileBytes);
        mpg123_close(m_handle);
    }
    ::close(fd);
    return problem;
}

QString Decoder::decodeOpen(DecodedExcerpt& excerpt, off_t fileBytes)
{
    long rate = 0;
    int channels = 0;
    int encoding = 0;
    if (mpg123_getformat(m_handle, &rate, &channels, &encoding) != MPG123_OK)
        return QStringLiteral("no MPEG audio frames found");
    const auto wanted = std::size_t(m_excerptSeconds * kSampleRate);
    // In output samples; a size-based guess without a Xing header, unknown (-1) when implausible.
    const off_t reported = mpg123_length(m_handle);
    const off_t length =
        double(reported) > double(fileBytes) / kMinBytesPerSecond * kSampleRate ? -1 : reported;
    // Room for what the stream is expected to hold, not for an excerpt longer than the track.
    excerpt.samples.reserve(length > 0 ? std::min(wanted, std::size_t(length) + kReadChunk) : kReadChunk);
    off_t start = length > 0 && std::size_t(length) > wanted ? (length - off_t(wanted)) / 2 : 0;
    if (start > 0 && mpg123_seek(m_handle, start, SEEK_SET) < 0)
        return QStringLiteral("cannot seek in the stream: %1")
            .arg(QString::fromUtf8(mpg123_strerror(m_handle)));
    QString problem = readInto(excerpt.samples, wanted);
    if (start > 0 && excerpt.samples.size() < wanted / 2 && mpg123_seek(m_handle, 0, SEEK_SET) == 0) {
        // The length was overestimated (variable bitrate without a header), so the excerpt came up short:
        // take it from the start instead.
        start = 0;
        excerpt.samples.clear();
        problem = readInto(excerpt.samples, wanted);
    }
    if (excerpt.samples.empty())
        return problem.isEmpty() ? QStringLiteral("the file holds no decodable audio") : problem;
    const double decoded = double(excerpt.samples.size()) / kSampleRate;
    excerpt.startSeconds = double(start) / kSampleRate;
    excerpt.trackSeconds =
        std::max(length > 0 ? double(length) / kSampleRate : 0.0, excerpt.startSeconds + decoded);
    return {};
}

QString Decoder::readInto(std::vector<float>& samples, std::size_t wanted)
{
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
        // A format change is only announced: the output format is forced, so the samples are still ours.
        if (rc != MPG123_OK && rc != MPG123_NEW_FORMAT)
            return QStringLiteral("decoding failed: %1").arg(QString::fromUtf8(mpg123_strerror(m_handle)));
    }
    return {};
}

} // namespace soundalike
