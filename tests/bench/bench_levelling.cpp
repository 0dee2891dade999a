// Volume levelling measured on real music.
//
//   bench_levelling [--folder DIR] [--smoke]
//
// For every mp3 under DIR (with --smoke: six generated songs from very loud to very quiet), each loudness the
// library stores gives the track gain (LoudnessLevels::trackGainDb), to ReplayGain's -18 LUFS and to the
// target the library's whole-track values give (LoudnessLevels::targetFor): the analysis's (FileAnalyzer on
// the centre excerpt, used until the whole track is measured) and the whole track's (TrackLoudnessMeter, what
// LoudnessJob stores). The player's output level for that gain (OutputLevel::level) multiplies the whole
// decoded track (libmpg123, the file's own rate and channels), and libebur128 measures what comes out. Prints
// the spread of the output loudness (max - min, and the 5th-95th percentile range) with levelling off and on,
// at 80 % and 100 % (the default) volume, how far each stored loudness is from what the output measures, and
// the whole-track measure's CPU time.
#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FileAnalyzer.h"
#include "core/analysis/TrackLoudnessMeter.h"
#include "core/playback/OutputLevel.h"
#include "core/service/LoudnessLevels.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlayedLoudness.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace soundalike;
using namespace soundalike::test;

namespace {

struct Measured
{
    QString path;
    double wholeLufs = 0;              // libebur128 over the whole decoded track
    std::optional<double> excerptLufs; // the analysis descriptor's
    std::optional<double> trackLufs;   // TrackLoudnessMeter's
};

using Stored = std::optional<double> Measured::*;

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::size_t(fraction * double(values.size() - 1) + 0.5)];
}

QStringList generatedSongs(const QString& folder)
{
    const std::pair<AudioSpec::Wave, double> songs[] = {
        {AudioSpec::Wave::Music, 2.5}, {AudioSpec::Wave::Music, 1.0},  {AudioSpec::Wave::Music, 0.5},
        {AudioSpec::Wave::Music, 0.3}, {AudioSpec::Wave::Music, 0.28}, {AudioSpec::Wave::Sine, 0.05}};
    QStringList paths;
    for (const auto& [wave, amplitude] : songs) {
        AudioSpec spec;
        spec.wave = wave;
        spec.amplitude = amplitude;
        spec.seconds = 12;
        spec.frequency = 220;
        spec.seed = unsigned(paths.size() + 1);
        paths << folder + QStringLiteral("/%1.mp3").arg(paths.size());
        if (!writeMp3(paths.back(), spec))
            qFatal("cannot write %s", qPrintable(paths.back()));
    }
    return paths;
}

QStringList mp3sUnder(const QString& folder)
{
    QStringList paths;
    QDirIterator it(folder, {QStringLiteral("*.mp3")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    return paths;
}

void report(const char* what, const std::vector<Measured>& tracks, Stored levelledBy, double volume,
            double targetLufs)
{
    std::vector<double> output;
    for (const Measured& t : tracks) {
        const std::optional<double> lufs = levelledBy ? t.*levelledBy : std::nullopt;
        const double gain = lufs ? LoudnessLevels::trackGainDb(*lufs, targetLufs).value_or(0) : 0;
        output.push_back(t.wholeLufs + 20.0 * std::log10(double(OutputLevel::level(volume, gain))));
    }
    const auto [low, high] = std::minmax_element(output.begin(), output.end());
    std::printf("| %-40s | %5.1f | %6.2f | %6.2f |\n", what, *high - *low,
                percentile(output, 0.95) - percentile(output, 0.05), percentile(output, 0.5));
}

void reportError(const char* what, const std::vector<Measured>& tracks, Stored stored)
{
    std::vector<double> error;
    for (const Measured& t : tracks) {
        if (t.*stored)
            error.push_back(std::abs(*(t.*stored) - t.wholeLufs));
    }
    if (!error.empty())
        std::printf("%s vs the output's measure: median %.2f LU, 95th percentile %.2f LU, max %.2f LU\n",
                    what, percentile(error, 0.5), percentile(error, 0.95),
                    *std::max_element(error.begin(), error.end()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir scratch;
    const int folderAt = int(args.indexOf(QStringLiteral("--folder")));
    const QStringList paths = folderAt > 0 && folderAt + 1 < args.size() ? mp3sUnder(args[folderAt + 1])
                                                                         : generatedSongs(scratch.path());
    FileAnalyzer analyzer;
    TrackLoudnessMeter meter;
    std::vector<Measured> tracks;
    int unknown = 0;
    double meterSeconds = 0;
    for (const QString& path : paths) {
        const auto whole = playedLoudness(path);
        if (!whole)
            continue;
        Measured t{path, *whole, std::nullopt, std::nullopt};
        const FileAnalyzer::Result analysed = analyzer.analyze(toFilePath(path));
        if (analysed.descriptor) {
            const double lufs =
                analysed.descriptor
                    ->summary[std::size_t(DescriptorLayout::Loudness + DescriptorLayout::IntegratedLufs)];
            if (LoudnessLevels::trackGainDb(lufs, LoudnessLevels::kReferenceLufs))
                t.excerptLufs = lufs;
        }
        const std::clock_t before = std::clock();
        t.trackLufs = meter.measure(toFilePath(path)).lufs;
        meterSeconds += double(std::clock() - before) / CLOCKS_PER_SEC;
        unknown += t.excerptLufs ? 0 : 1;
        tracks.push_back(t);
    }
    if (tracks.empty())
        qFatal("no decodable mp3");
    std::vector<double> stored;
    for (const Measured& t : tracks) {
        if (t.trackLufs)
            stored.push_back(*t.trackLufs);
    }
    const double target = LoudnessLevels::targetFor(stored);
    std::printf(
        "%zu tracks (%d without a trusted loudness: played unchanged); the library's target %.2f LUFS\n\n",
        tracks.size(), unknown, target);
    std::printf("| output loudness              | max - min (LU) | 5-95 %% range (LU) | median (LUFS) |\n");
    std::printf("|---|---|---|---|\n");
    const double reference = LoudnessLevels::kReferenceLufs;
    for (const double volume : {0.8, 1.0}) {
        const int percent = int(volume * 100);
        const auto row = [percent](const char* what) {
            return QStringLiteral("%1, volume %2 %").arg(QLatin1String(what)).arg(percent).toUtf8();
        };
        report(row("levelling off").constData(), tracks, nullptr, volume, reference);
        report(row("by the excerpt to -18").constData(), tracks, &Measured::excerptLufs, volume, reference);
        report(row("by the whole track to -18").constData(), tracks, &Measured::trackLufs, volume, reference);
        report(row("by the whole track to the library's target").constData(), tracks, &Measured::trackLufs,
               volume, target);
    }
    std::printf("\n");
    reportError("excerpt loudness (mono mix)", tracks, &Measured::excerptLufs);
    reportError("whole-track loudness (TrackLoudnessMeter)", tracks, &Measured::trackLufs);
    std::printf("whole-track measure: %.3f s CPU per track\n", meterSeconds / double(tracks.size()));
    return 0;
}
