#include "core/analysis/Decoder.h"

#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/FfmpegStream.h"
#include "core/analysis/Mpg123Stream.h"
#include "core/common/FormatSniffer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soundalike {

using analysis::kSampleRate;

namespace {

// Rounds down, but a time that is a whole number of samples stays that number despite floating point.
std::size_t toSamples(double seconds)
{
    return seconds > 0 ? std::size_t(std::floor(seconds * kSampleRate + 1e-6)) : 0;
}

std::size_t wantedSamples(const std::vector<TimeRange>& ranges)
{
    std::size_t total = 0;
    for (const TimeRange& range : ranges)
        total += toSamples(range.seconds);
    return total;
}

// Reads each range in turn into `excerpt`; returns the last failure (a range may fail and others succeed).
Reason readRanges(AudioStream& stream, const std::vector<TimeRange>& ranges, DecodedExcerpt& excerpt)
{
    Reason problem;
    for (const TimeRange& range : ranges) {
        const std::size_t start = toSamples(range.startSeconds);
        if (start != stream.position()) {
            if (Reason failed = stream.seek(start); !failed.isEmpty()) {
                problem = failed;
                continue;
            }
        }
        DecodedRange decoded;
        decoded.startSeconds = double(stream.position()) / kSampleRate;
        decoded.firstSample = excerpt.samples.size();
        if (Reason failed = stream.read(excerpt.samples, toSamples(range.seconds)); !failed.isEmpty())
            problem = failed;
        decoded.samples = excerpt.samples.size() - decoded.firstSample;
        if (decoded.samples > 0)
            excerpt.ranges.push_back(decoded);
    }
    return problem;
}

QString minutesAndSeconds(double seconds)
{
    const int whole = int(seconds);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

void clear(DecodedExcerpt& excerpt)
{
    excerpt.samples.clear();
    excerpt.ranges.clear();
    excerpt.trackSeconds = 0;
    excerpt.startSeconds = 0;
}

} // namespace

Decoder::Decoder(double excerptSeconds) : Decoder(ExcerptPlan::centred(excerptSeconds)) {}

Decoder::Decoder(ExcerptPlan plan) : m_plan(std::move(plan)) {}

Decoder::~Decoder() = default;

Reason Decoder::decode(const FilePath& path, DecodedExcerpt& excerpt)
{
    return decode(path, m_plan, excerpt);
}

Reason Decoder::decode(const FilePath& path, const ExcerptPlan& plan, DecodedExcerpt& excerpt)
{
    clear(excerpt);
    Reason problem = withStream(path, StreamOutput::AnalysisMono,
                                [&](AudioStream& stream) { return decodeOpen(stream, plan, excerpt); });
    if (!problem.isEmpty())
        clear(excerpt);
    return problem;
}

Reason Decoder::readWhole(const FilePath& path, const WholeSink& sink)
{
    return withStream(path, StreamOutput::FileChannels, [&](AudioStream& stream) {
        constexpr std::size_t kChunkFrames = 65536;
        std::vector<float> chunk;
        bool any = false;
        for (;;) {
            chunk.clear();
            const Reason problem =
                stream.read(chunk, kChunkFrames * std::size_t(std::max(1, stream.channels())));
            if (!problem.isEmpty())
                return problem;
            if (chunk.empty())
                break;
            any = true;
            if (!sink(chunk, stream.channels(), stream.sampleRate()))
                break;
        }
        return any ? Reason() : Reason(QT_TRANSLATE_NOOP("Reason", "the file holds no decodable audio"));
    });
}

Reason Decoder::withStream(const FilePath& path, StreamOutput output,
                           const std::function<Reason(AudioStream&)>& use)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Reason(QT_TRANSLATE_NOOP("Reason", "cannot open the file: %1"))
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat file = {};
    const off_t fileBytes = ::fstat(fd, &file) == 0 ? file.st_size : 0; // 0: no length is trusted
    FormatGuess format = FormatSniffer::sniffDescriptor(fd);
    if (format.format == AudioFormat::Unknown)
        format = FormatSniffer::fallbackFor(path);
    Reason problem;
    if (format.format == AudioFormat::Unsupported) {
        problem = Reason(QT_TRANSLATE_NOOP("Reason", "unsupported format: %1")).arg(format.name);
    } else if (format.format == AudioFormat::Unknown) {
        problem = Reason(
            QT_TRANSLATE_NOOP("Reason", "not an audio file: its content is in no audio format known here"));
    } else if (format.format == AudioFormat::MpegAudio) {
        if (!m_mpeg)
            m_mpeg = std::make_unique<Mpg123Stream>();
        problem = m_mpeg->open(fd, fileBytes, output);
        if (problem.isEmpty())
            problem = use(*m_mpeg);
        m_mpeg->close();
    } else {
        if (!m_ffmpeg)
            m_ffmpeg = std::make_unique<FfmpegStream>();
        problem = m_ffmpeg->open(fd, format, output);
        if (problem.isEmpty())
            problem = use(*m_ffmpeg);
        m_ffmpeg->close();
    }
    ::close(fd);
    return problem;
}

Reason Decoder::decodeOpen(AudioStream& stream, const ExcerptPlan& plan, DecodedExcerpt& excerpt)
{
    const std::size_t length = stream.lengthSamples();
    std::vector<TimeRange> ranges = plan.rangesFor(double(length) / kSampleRate);
    const std::size_t wanted = wantedSamples(ranges);
    // Room for what the stream is expected to hold, not for an excerpt longer than the track.
    excerpt.samples.reserve(length > 0 ? std::min(wanted, length + 16384) : 16384);
    Reason problem = readRanges(stream, ranges, excerpt);
    const bool skippedAhead = !ranges.empty() && toSamples(ranges.front().startSeconds) > 0;
    if (skippedAhead && excerpt.samples.size() < wanted / 2 && stream.seek(0).isEmpty()) {
        // The length was overestimated (variable-bitrate mp3 without a header, a truncated file), so the
        // excerpt came up short: plan again as for a track of unknown length.
        clear(excerpt);
        ranges = plan.rangesFor(0);
        problem = readRanges(stream, ranges, excerpt);
    }
    if (excerpt.samples.empty())
        return problem.isEmpty() ? Reason(QT_TRANSLATE_NOOP("Reason", "the file holds no decodable audio"))
                                 : problem;
    // A FLAC cut to its first 60 KB still says it lasts 3:15: its few seconds of intro were analysed as the
    // song and matched seeds at 69 %, and the player skipped it without a word. Less than half of what the
    // excerpt wanted, from a file whose length is no guess, is damage.
    if (stream.lengthIsExact() && excerpt.samples.size() < std::min(wanted, length) / 2)
        return Reason(QT_TRANSLATE_NOOP(
                          "Reason",
                          "damaged or cut short: its audio stops at %1, though the file says it lasts %2"))
            .arg(minutesAndSeconds(excerpt.ranges.back().startSeconds +
                                   double(excerpt.ranges.back().samples) / kSampleRate))
            .arg(minutesAndSeconds(double(length) / kSampleRate));
    const DecodedRange& last = excerpt.ranges.back();
    excerpt.startSeconds = excerpt.ranges.front().startSeconds;
    excerpt.trackSeconds =
        std::max(double(length) / kSampleRate, last.startSeconds + double(last.samples) / kSampleRate);
    return {};
}

} // namespace soundalike
