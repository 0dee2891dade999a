// What fingerprinting adds to analysis, and how far apart copies and different recordings are.
//
//   bench_fingerprint [--smoke] [--folder DIR] [--limit N] [--copies DIR_A DIR_B] [--grouping N]
//
// Cost: per file, the thread CPU time of decoding the analysis excerpt, describing it and fingerprinting it
// (best of three passes, so other processes only ever slow a pass), and the fingerprint's share of the three.
// Separation (--folder): the bit error rate of every pair of different files, the lowest ones listed.
// Copies (--copies): the bit error rate and shared candidate keys of each file in DIR_A with the file of the
// same name in DIR_B (e.g. re-encoded at another bitrate). Without --folder: synthetic songs made here.
// Grouping (--grouping N): the time to store N fingerprints (480 items, a 60-s excerpt) in a real database
// and to group them (DuplicateGrouping), one in 50 being a noisy copy of another; a library's first grouping.
#include "core/analysis/Decoder.h"
#include "core/analysis/FeatureExtractor.h"
#include "core/analysis/FingerprintMatcher.h"
#include "core/analysis/Fingerprinter.h"
#include "core/service/analysis/DuplicateGrouping.h"
#include "core/storage/Database.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/FingerprintFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <random>

using namespace soundalike;
using namespace soundalike::test;

namespace {

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

FilePath fileOf(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

std::vector<QString> audioFiles(const QString& folder, int limit)
{
    std::vector<QString> files;
    QDirIterator it(folder, {QStringLiteral("*.mp3"), QStringLiteral("*.ogg"), QStringLiteral("*.flac")},
                    QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext())
        files.push_back(it.next());
    std::sort(files.begin(), files.end());
    if (limit > 0 && int(files.size()) > limit)
        files.resize(std::size_t(limit));
    return files;
}

std::vector<QString> syntheticSongs(const QString& folder, int count)
{
    std::vector<QString> files;
    for (int i = 0; i < count; ++i) {
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 60;
        spec.seed = unsigned(i + 1);
        spec.bpm = 90 + 7 * i;
        files.push_back(folder + QStringLiteral("/song%1.mp3").arg(i));
        if (!writeMp3(files.back(), spec))
            qFatal("cannot write %s", qPrintable(files.back()));
    }
    return files;
}

struct Stage
{
    double decode = 1e300, describe = 1e300, fingerprint = 1e300;
};

// Returns the fingerprints, and the best pass's CPU seconds of each stage over all files.
std::vector<AudioFingerprint> measureCost(const std::vector<QString>& files, Stage& best)
{
    Decoder decoder;
    FeatureExtractor extractor;
    Fingerprinter fingerprinter;
    DecodedExcerpt excerpt;
    std::vector<AudioFingerprint> prints(files.size());
    double audioSeconds = 0;
    for (int pass = 0; pass < 3; ++pass) {
        Stage stage{0, 0, 0};
        audioSeconds = 0;
        for (std::size_t i = 0; i < files.size(); ++i) {
            double t = threadCpuSeconds();
            if (!decoder.decode(fileOf(files[i]), excerpt).isEmpty())
                continue;
            stage.decode += threadCpuSeconds() - t;
            audioSeconds += double(excerpt.samples.size()) / 22050.0;
            t = threadCpuSeconds();
            const AudioDescriptor descriptor = extractor.extract(excerpt.samples);
            stage.describe += threadCpuSeconds() - t;
            t = threadCpuSeconds();
            prints[i] = fingerprinter.fingerprint(excerpt);
            stage.fingerprint += threadCpuSeconds() - t;
            Q_UNUSED(descriptor);
        }
        best.decode = std::min(best.decode, stage.decode);
        best.describe = std::min(best.describe, stage.describe);
        best.fingerprint = std::min(best.fingerprint, stage.fingerprint);
    }
    const double n = double(files.size());
    const double total = best.decode + best.describe + best.fingerprint;
    out() << QStringLiteral("files %1, excerpt audio %2 s per file (fingerprint: the middle %3 s of it)\n")
                 .arg(files.size())
                 .arg(audioSeconds / n, 0, 'f', 1)
                 .arg(Fingerprinter::kSeconds, 0, 'f', 0);
    out() << QStringLiteral("CPU ms per file: decode %1, describe %2, fingerprint %3; fingerprint = %4 % of "
                            "analysis (decode + describe + fingerprint), %5 % of decode + describe\n")
                 .arg(1000 * best.decode / n, 0, 'f', 1)
                 .arg(1000 * best.describe / n, 0, 'f', 1)
                 .arg(1000 * best.fingerprint / n, 0, 'f', 1)
                 .arg(100 * best.fingerprint / total, 0, 'f', 1)
                 .arg(100 * best.fingerprint / (best.decode + best.describe), 0, 'f', 1);
    return prints;
}

void separation(const std::vector<QString>& files, const std::vector<AudioFingerprint>& prints)
{
    struct Pair
    {
        double rate;
        std::size_t a, b;
    };
    std::vector<Pair> pairs;
    for (std::size_t a = 0; a < prints.size(); ++a) {
        for (std::size_t b = a + 1; b < prints.size(); ++b)
            pairs.push_back({FingerprintMatcher::compare(prints[a], prints[b]).bitErrorRate, a, b});
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.rate < y.rate; });
    out() << QStringLiteral("different files: %1 pairs; lowest bit error rates (threshold %2):\n")
                 .arg(pairs.size())
                 .arg(FingerprintMatcher::kSameRecording);
    for (std::size_t i = 0; i < pairs.size() && i < 5; ++i)
        out() << QStringLiteral("  %1  %2 | %3\n")
                     .arg(pairs[i].rate, 0, 'f', 3)
                     .arg(files[pairs[i].a], files[pairs[i].b]);
    if (!pairs.empty())
        out() << QStringLiteral("  1st percentile %1, median %2\n")
                     .arg(pairs[pairs.size() / 100].rate, 0, 'f', 3)
                     .arg(pairs[pairs.size() / 2].rate, 0, 'f', 3);
}

void copies(const QString& folderA, const QString& folderB)
{
    Decoder decoder;
    Fingerprinter fingerprinter;
    DecodedExcerpt excerpt;
    const auto print = [&](const QString& path) {
        if (!decoder.decode(fileOf(path), excerpt).isEmpty())
            return AudioFingerprint{};
        return fingerprinter.fingerprint(excerpt);
    };
    double worst = 0;
    int fewestKeys = FingerprintMatcher::kKeys, pairs = 0, missed = 0;
    for (const QString& name : QDir(folderB).entryList(QDir::Files, QDir::Name)) {
        const AudioFingerprint a = print(folderA + QLatin1Char('/') + name);
        const AudioFingerprint b = print(folderB + QLatin1Char('/') + name);
        if (a.items.empty() || b.items.empty())
            continue;
        const double rate = FingerprintMatcher::compare(a, b).bitErrorRate;
        const int shared = keysFound(a, b);
        worst = std::max(worst, rate);
        fewestKeys = std::min(fewestKeys, shared);
        missed += rate > FingerprintMatcher::kSameRecording || shared == 0 ? 1 : 0;
        ++pairs;
        out() << QStringLiteral("  copy %1: bit error rate %2, %3 keys found\n")
                     .arg(name)
                     .arg(rate, 0, 'f', 3)
                     .arg(shared);
    }
    out() << QStringLiteral(
                 "copies: %1 pairs, highest bit error rate %2, fewest keys found %3 of %4, missed %5\n")
                 .arg(pairs)
                 .arg(worst, 0, 'f', 3)
                 .arg(fewestKeys)
                 .arg(FingerprintMatcher::kKeys)
                 .arg(missed);
}

// Items that vary slowly, as Chromaprint's do (neighbouring frames share most bits), so that items repeat
// within a fingerprint and differ between them.
AudioFingerprint syntheticFingerprint(std::mt19937& rng)
{
    AudioFingerprint print;
    std::uint32_t item = std::uint32_t(rng());
    for (int i = 0; i < 480; ++i) {
        if (rng() % 3 == 0)
            item ^= 1u << (rng() % 32);
        print.items.push_back(item);
    }
    return print;
}

void grouping(int count)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.db")));
    const std::int64_t folder = FolderStore(db).ensure("/music");
    std::mt19937 rng(7);
    std::vector<AudioFingerprint> prints;
    const auto start = std::chrono::steady_clock::now();
    {
        Transaction transaction(db);
        FingerprintStore store(db);
        for (int i = 0; i < count; ++i) {
            TrackInfo info;
            info.path = "/music/" + std::to_string(i) + ".mp3";
            const std::int64_t id = TrackStore(db).insert(info, folder);
            AudioFingerprint print = syntheticFingerprint(rng);
            if (i % 50 ==
                49) { // a copy of the track 25 before (never itself a copy), 3 % of its bits flipped
                print = prints[std::size_t(i - 25)];
                for (std::uint32_t& item : print.items) {
                    for (int bit = 0; bit < 32; ++bit)
                        item ^= rng() % 100 < 3 ? 1u << bit : 0u;
                }
            }
            store.put(id, print, FingerprintMatcher::keys(print));
            prints.push_back(std::move(print));
        }
        transaction.commit();
    }
    const auto stored = std::chrono::steady_clock::now();
    const int copies = DuplicateGrouping(db).run();
    const auto grouped = std::chrono::steady_clock::now();
    const auto ms = [](auto from, auto to) {
        return std::chrono::duration<double, std::milli>(to - from).count();
    };
    out() << QStringLiteral(
                 "grouping %1 fingerprints: storing %2 ms per track, grouping %3 ms per track (%4 s in "
                 "all); %5 tracks found to be copies, of %6 made (each copy and its original)\n")
                 .arg(count)
                 .arg(ms(start, stored) / count, 0, 'f', 3)
                 .arg(ms(stored, grouped) / count, 0, 'f', 3)
                 .arg(ms(stored, grouped) / 1000, 0, 'f', 1)
                 .arg(copies)
                 .arg(2 * (count / 50));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const QString& option, int offset = 1) {
        const qsizetype at = args.indexOf(option);
        return at >= 0 && at + offset < args.size() ? args[at + offset] : QString();
    };
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const QString folder = value(QStringLiteral("--folder"));
    QTemporaryDir scratch;
    const std::vector<QString> files = folder.isEmpty()
                                           ? syntheticSongs(scratch.path(), smoke ? 3 : 12)
                                           : audioFiles(folder, value(QStringLiteral("--limit")).toInt());
    if (files.size() < 2) {
        out() << "fewer than two audio files\n";
        return 1;
    }
    Stage stage;
    const std::vector<AudioFingerprint> prints = measureCost(files, stage);
    separation(files, prints);
    if (const int tracks = value(QStringLiteral("--grouping")).toInt(); tracks > 0 || smoke)
        grouping(tracks > 0 ? tracks : 500);
    if (!value(QStringLiteral("--copies")).isEmpty())
        copies(value(QStringLiteral("--copies")), value(QStringLiteral("--copies"), 2));
    return 0;
}
