// Analysis throughput and memory on real-length tracks.
//
//   bench_analysis [--tracks N] [--seconds S] [--copies C] [--threads T] [--excerpt E] [--cache DIR]
//   [--smoke] [--prepare]
//
// --prepare only makes the files in DIR and exits: encoding needs no quiet machine, measuring does.
//
// Generates N synthetic songs (S seconds, 44.1 kHz stereo, 128-320 kbps, encoded with LAME; kept in DIR for
// the next run), then measures on one thread, best of three passes over warm files:
//   - the floor: decoding each whole track with the analysis decoder (mono, 22050 Hz),
//   - decoding only the analysis excerpt,
//   - the full analysis (excerpt decode + every descriptor), as tracks/s per core and realtime factor;
// then the same songs in every other supported format (made with the ffmpeg program, also kept in DIR):
// excerpt decode and full analysis per format, beside mp3's in the same run;
// and finally runs the real `soundalike-cli analyze --threads T` over a library of N x C tracks, reporting
// tracks/s, CPU time and the process's peak RSS. Times are thread or process CPU time, which other load on
// the machine disturbs far less than wall time (both are printed).
#include "core/analysis/AnalysisParameters.h"
#include "core/analysis/Decoder.h"
#include "core/analysis/FileAnalyzer.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace soundalike;
using namespace soundalike::test;

namespace {

struct Options
{
    int tracks = 8;
    double seconds = 240.0;
    int copies = 4;
    int threads = 2;
    double excerpt = Decoder::kDefaultExcerptSeconds;
    QString cache;
    bool prepareOnly = false;
};

struct Timing
{
    double cpu = 0;  // seconds of this thread's CPU time
    double wall = 0; // seconds
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Best of three passes over every file: other processes on the machine only ever make a pass slower.
Timing bestOfThree(const std::vector<FilePath>& files, const std::function<void(const FilePath&)>& work)
{
    Timing best{1e300, 1e300};
    for (int pass = 0; pass < 3; ++pass) {
        const double cpu = threadCpuSeconds();
        const double wall = wallSeconds();
        for (const FilePath& file : files)
            work(file);
        best.cpu = std::min(best.cpu, threadCpuSeconds() - cpu);
        best.wall = std::min(best.wall, wallSeconds() - wall);
    }
    return best;
}

QString trackPath(const Options& o, const QString& folder, int song, Encoding encoding)
{
    static const int bitrates[] = {128, 192, 256, 320};
    if (encoding == Encoding::Mp3)
        return QStringLiteral("%1/song-%2-%3s-%4k.mp3")
            .arg(folder)
            .arg(song)
            .arg(o.seconds)
            .arg(bitrates[song % 4]);
    return QStringLiteral("%1/song-%2-%3s-%4.%5")
        .arg(folder)
        .arg(song)
        .arg(o.seconds)
        .arg(nameOf(encoding), extensionOf(encoding));
}

// The songs in every supported encoding (mp3: LAME at 128-320 kbps; the others at the fixture's settings),
// each song synthesised once for all of them. Returns the files of each encoding, in supportedEncodings()
// order.
std::vector<std::vector<FilePath>> makeTracks(const Options& o, const QString& folder)
{
    static const int bitrates[] = {128, 192, 256, 320};
    std::vector<std::vector<FilePath>> files(supportedEncodings().size());
    for (int i = 0; i < o.tracks; ++i) {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = o.seconds;
        spec.bpm = 78.0 + 9.0 * i;
        spec.seed = unsigned(i + 1);
        spec.amplitude = 0.7;
        spec.bitrateKbps = bitrates[i % 4];
        Tags tags;
        tags.title = QStringLiteral("Song %1").arg(i);
        tags.artist = QStringLiteral("Bench");
        std::vector<float> samples;
        for (std::size_t e = 0; e < supportedEncodings().size(); ++e) {
            const Encoding encoding = supportedEncodings()[e];
            const QString path = trackPath(o, folder, i, encoding);
            if (!QFile::exists(path)) {
                if (samples.empty())
                    samples = generate(spec);
                if (!writeAudio(path, encoding, spec, samples, tags))
                    qFatal("cannot write %s", qPrintable(path));
            }
            files[e].push_back(QFile::encodeName(path).toStdString());
        }
    }
    return files;
}

struct FormatRate
{
    Encoding encoding;
    Timing excerpt;
    Timing analysis;
};

void warm(const std::vector<FilePath>& files)
{
    for (const FilePath& file : files) {
        QFile f(QFile::decodeName(QByteArray::fromStdString(file)));
        if (f.open(QIODevice::ReadOnly))
            f.readAll();
    }
}

struct ChildRun
{
    int exitCode = -1;
    double wall = 0;
    double cpu = 0;
    double peakRssMb = 0;
};

// The peak resident set of a running process, as the kernel counts it for its current program (VmHWM).
double peakRssMb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

// Runs soundalike-cli, polling its peak RSS while it runs. (wait4()'s ru_maxrss would not do: a child spawned
// from this process inherits the high-water mark of the bench's own memory, which held whole tracks.)
ChildRun runMeasured(const QStringList& arguments, const QString& outputFile)
{
    std::vector<QByteArray> storage{QFile::encodeName(cliProgram())};
    for (const QString& a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(outputFile).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ChildRun run;
    const double start = wallSeconds();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", storage.front().constData());
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        run.peakRssMb = std::max(run.peakRssMb, peakRssMb(pid));
        ::usleep(5000);
    }
    run.wall = wallSeconds() - start;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
              double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return run;
}

Options parse(const QStringList& args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto next = [&] { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--smoke")) {
            o.tracks = 2;
            o.seconds = 20.0;
            o.copies = 2;
        } else if (a == QLatin1String("--tracks")) {
            o.tracks = std::max(1, next().toInt());
        } else if (a == QLatin1String("--seconds")) {
            o.seconds = std::max(1.0, next().toDouble());
        } else if (a == QLatin1String("--copies")) {
            o.copies = std::max(1, next().toInt());
        } else if (a == QLatin1String("--threads")) {
            o.threads = std::max(1, next().toInt());
        } else if (a == QLatin1String("--excerpt")) {
            o.excerpt = std::max(1.0, next().toDouble());
        } else if (a == QLatin1String("--prepare")) {
            o.prepareOnly = true;
        } else if (a == QLatin1String("--cache")) {
            o.cache = next();
        } else {
            qFatal("unknown option %s (see the comment at the top of bench_analysis.cpp)", qPrintable(a));
        }
    }
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Options o = parse(app.arguments());
    QTemporaryDir scratch;
    const QString cache = o.cache.isEmpty() ? scratch.filePath(QStringLiteral("songs")) : o.cache;
    QDir().mkpath(cache);

    out() << QStringLiteral("Generating %1 track(s) of %2 s (44.1 kHz stereo, 128-320 kbps) in %3\n")
                 .arg(o.tracks)
                 .arg(o.seconds)
                 .arg(cache)
          << Qt::flush;
    const std::vector<std::vector<FilePath>> encoded = makeTracks(o, cache);
    if (o.prepareOnly)
        return 0;
    const std::vector<FilePath>& files = encoded.front(); // mp3
    warm(files);
    const double n = double(files.size());

    Decoder whole(1e9);
    Decoder excerpt(o.excerpt);
    FileAnalyzer analyzer(o.excerpt);
    DecodedExcerpt audio;
    double decodedSeconds = 0;
    int failures = 0;
    const Timing floor = bestOfThree(files, [&](const FilePath& f) {
        failures += whole.decode(f, audio).isEmpty() ? 0 : 1;
        decodedSeconds = double(audio.samples.size()) / analysis::kSampleRate;
    });
    const Timing excerptOnly = bestOfThree(
        files, [&](const FilePath& f) { failures += excerpt.decode(f, audio).isEmpty() ? 0 : 1; });
    const Timing analysis =
        bestOfThree(files, [&](const FilePath& f) { failures += analyzer.analyze(f).descriptor ? 0 : 1; });
    if (failures)
        qFatal("%d analysis failure(s)", failures);

    const auto perTrackMs = [&](const Timing& t) { return 1000.0 * t.cpu / n; };
    out() << QStringLiteral("\nOne thread, per %1-s track (CPU ms; wall ms in brackets):\n").arg(o.seconds)
          << QStringLiteral("  decode whole track (floor)   %1 ms [%2]   %3x realtime\n")
                 .arg(perTrackMs(floor), 7, 'f', 1)
                 .arg(1000.0 * floor.wall / n, 0, 'f', 1)
                 .arg(o.seconds / (floor.cpu / n), 0, 'f', 0)
          << QStringLiteral("  decode %1-s excerpt only     %2 ms [%3]\n")
                 .arg(o.excerpt, 3, 'f', 0)
                 .arg(perTrackMs(excerptOnly), 7, 'f', 1)
                 .arg(1000.0 * excerptOnly.wall / n, 0, 'f', 1)
          << QStringLiteral(
                 "  full analysis                %1 ms [%2]   %3x realtime, %4 tracks/s per core\n")
                 .arg(perTrackMs(analysis), 7, 'f', 1)
                 .arg(1000.0 * analysis.wall / n, 0, 'f', 1)
                 .arg(o.seconds / (analysis.cpu / n), 0, 'f', 0)
                 .arg(n / analysis.cpu, 0, 'f', 2)
          << QStringLiteral("  of which descriptors         %1 ms\n")
                 .arg(perTrackMs(analysis) - perTrackMs(excerptOnly), 7, 'f', 1)
          << Qt::flush;

    // The same songs in every other format, measured the same way in this run. mp3 is measured again here,
    // beside them, so that the ratios compare passes made under the same load.
    out() << QStringLiteral("\nPer format, one thread, per %1-s track (CPU ms):\n").arg(o.seconds)
          << QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("format"), -10)
                 .arg(QStringLiteral("excerpt decode"), 15)
                 .arg(QStringLiteral("full analysis"), 14)
                 .arg(QStringLiteral("tracks/s/core"), 14)
                 .arg(QStringLiteral("vs mp3"), 7)
          << Qt::flush;
    std::vector<FormatRate> rates;
    for (std::size_t e = 0; e < supportedEncodings().size(); ++e) {
        const Encoding encoding = supportedEncodings()[e];
        warm(encoded[e]);
        FormatRate rate{encoding, {}, {}};
        rate.excerpt = bestOfThree(encoded[e], [&](const FilePath& f) {
            if (!excerpt.decode(f, audio).isEmpty())
                ++failures;
        });
        rate.analysis = bestOfThree(
            encoded[e], [&](const FilePath& f) { failures += analyzer.analyze(f).descriptor ? 0 : 1; });
        if (failures)
            qFatal("%d failure(s) in %s", failures, qPrintable(nameOf(encoding)));
        rates.push_back(rate);
        out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                     .arg(nameOf(encoding), -10)
                     .arg(perTrackMs(rate.excerpt), 15, 'f', 1)
                     .arg(perTrackMs(rate.analysis), 14, 'f', 1)
                     .arg(n / rate.analysis.cpu, 14, 'f', 2)
                     .arg(rates.front().analysis.cpu / rate.analysis.cpu, 7, 'f', 2)
              << Qt::flush;
    }

    // The shipped program over a library of copies, as a user would run it.
    const QString library = scratch.filePath(QStringLiteral("library"));
    for (int c = 0; c < o.copies; ++c)
        for (const FilePath& f : files) {
            const QString source = QFile::decodeName(QByteArray::fromStdString(f));
            QDir().mkpath(library + QStringLiteral("/%1").arg(c));
            QFile::copy(source, library + QStringLiteral("/%1/").arg(c) + QFileInfo(source).fileName());
        }
    const QString db = scratch.filePath(QStringLiteral("bench.db"));
    if (runCli({QStringLiteral("scan"), library, QStringLiteral("--db"), db}, 600000).exitCode != 0)
        qFatal("scan failed");
    const QString report = scratch.filePath(QStringLiteral("analyze.json"));
    const ChildRun child =
        runMeasured({QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--threads"),
                     QString::number(o.threads), QStringLiteral("--db"), db},
                    report);
    QFile reportFile(report);
    reportFile.open(QIODevice::ReadOnly);
    const QJsonObject result = QJsonDocument::fromJson(reportFile.readAll()).object();
    const int analysed = result[QStringLiteral("analysed")].toInt();
    if (child.exitCode != 0 || analysed != int(n) * o.copies)
        qFatal("soundalike-cli analyze failed (exit %d, %d analysed)", child.exitCode, analysed);
    out() << QStringLiteral(
                 "\nsoundalike-cli analyze --threads %1 over %2 tracks (as shipped: 120-s excerpt):\n")
                 .arg(o.threads)
                 .arg(analysed)
          << QStringLiteral("  wall %1 s: %2 tracks/s (%3 per thread)\n")
                 .arg(child.wall, 0, 'f', 2)
                 .arg(analysed / child.wall, 0, 'f', 2)
                 .arg(analysed / child.wall / o.threads, 0, 'f', 2)
          << QStringLiteral("  CPU %1 s: %2 tracks per CPU-second\n")
                 .arg(child.cpu, 0, 'f', 2)
                 .arg(analysed / child.cpu, 0, 'f', 2)
          << QStringLiteral("  peak RSS %1 MB\n").arg(child.peakRssMb, 0, 'f', 1);

    QJsonObject perFormat;
    for (const FormatRate& rate : rates)
        perFormat[nameOf(rate.encoding)] = QJsonObject{
            {QStringLiteral("decode_excerpt_ms"), perTrackMs(rate.excerpt)},
            {QStringLiteral("analysis_ms"), perTrackMs(rate.analysis)},
            {QStringLiteral("tracks_per_second_per_core"), n / rate.analysis.cpu},
        };
    const QJsonObject summary{
        {QStringLiteral("formats"), perFormat},
        {QStringLiteral("track_seconds"), o.seconds},
        {QStringLiteral("excerpt_seconds"), o.excerpt},
        {QStringLiteral("tracks"), int(n)},
        {QStringLiteral("decoded_seconds_whole"), decodedSeconds},
        {QStringLiteral("decode_whole_ms"), perTrackMs(floor)},
        {QStringLiteral("decode_excerpt_ms"), perTrackMs(excerptOnly)},
        {QStringLiteral("analysis_ms"), perTrackMs(analysis)},
        {QStringLiteral("tracks_per_second_per_core"), n / analysis.cpu},
        {QStringLiteral("realtime_factor"), o.seconds / (analysis.cpu / n)},
        {QStringLiteral("cli_threads"), o.threads},
        {QStringLiteral("cli_tracks"), analysed},
        {QStringLiteral("cli_wall_seconds"), child.wall},
        {QStringLiteral("cli_cpu_seconds"), child.cpu},
        {QStringLiteral("cli_peak_rss_mb"), child.peakRssMb},
    };
    out() << "\n" << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
