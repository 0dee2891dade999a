// How far listening steers the endless radio on real music, for docs/quality.md.
//
//   bench_radio --db FILE --labels ALL.tsv --part PART.tsv [--seeds N] [--songs N]
//
// For each seed (a random draw), two styles of the labelled part are picked, one to like and one to skip, and
// one song of each is the pair of seeds. A playlist of five is generated from them (PlaylistBuilder) and the
// radio (RadioSession, exactly as the app drives it) keeps it going for --songs songs, twice: once for a
// listener who plays every song through, once for one who skips every song of the skipped style in its
// first seconds. Prints, per seed and as mean and standard deviation over seeds, the share of the radio's
// additions of each of the two styles for both listeners, and the difference: how much the radio moved away
// from the skipped style and toward the liked one. Every track of the library is a candidate: ALL gives the
// styles, PART (tests/bench/split_eval_set.sh) the songs the seeds are drawn from.
#include "core/playback/Playlist.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/SimilarTracks.h"
#include "core/service/radio/RadioSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <random>

using namespace soundalike;

namespace {

// A style this small cannot fill a radio session of its own.
constexpr int kFewestOfAStyle = 20;

struct Shares
{
    double skipped = 0; // of the radio's additions, the share of the skipped style
    double liked = 0;
    int added = 0;
};

struct Draw
{
    QString liked, skipped;
    std::vector<std::int64_t> seeds;
};

QHash<QString, QString> readLabels(const QString& path)
{
    QHash<QString, QString> styles;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char('\t'));
        if (fields.size() >= 2)
            styles.insert(fields[0], fields[1]);
    }
    return styles;
}

double mean(const std::vector<double>& v)
{
    double sum = 0;
    for (const double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

double deviation(const std::vector<double>& v)
{
    const double m = mean(v);
    double sum = 0;
    for (const double x : v)
        sum += (x - m) * (x - m);
    return v.size() < 2 ? 0 : std::sqrt(sum / double(v.size() - 1));
}

class Bench
{
public:
    Bench(QString db, const QHash<QString, QString>& labels, const QHash<QString, QString>& part, int songs)
        : m_db(std::move(db)), m_labels(labels), m_songs(songs)
    {
        QHash<QString, int> inLibrary;
        for (const QString& style : labels)
            ++inLibrary[style];
        for (auto it = part.cbegin(); it != part.cend(); ++it) {
            if (inLibrary.value(it.value()) >= kFewestOfAStyle)
                m_byStyle[it.value()] << it.key();
        }
        for (QStringList& paths : m_byStyle)
            paths.sort();
        if (m_byStyle.size() < 2)
            qFatal("fewer than two styles with %d songs in the labels", kFewestOfAStyle);
    }

    Draw draw(unsigned seed) const
    {
        std::mt19937 rng(seed);
        QStringList styles = m_byStyle.keys();
        styles.sort();
        std::shuffle(styles.begin(), styles.end(), rng);
        Draw d{styles[0], styles[1], {}};
        const SimilarTracks tracks(m_db);
        for (const QString& style : {d.liked, d.skipped}) {
            const QStringList& paths = m_byStyle[style];
            const std::int64_t id = tracks.resolve(toFilePath(paths[int(rng() % unsigned(paths.size()))]));
            if (id <= 0)
                qFatal("a labelled song is not in the library: %s", qPrintable(style));
            d.seeds.push_back(id);
        }
        return d;
    }

    // One session; `skipping`: every song of the skipped style is left in its first seconds.
    Shares listen(const Draw& d, bool skipping) const
    {
        PlaylistRequest request;
        request.seeds = d.seeds;
        request.count = 5;
        request.artistGap = 2;
        request.order = PlaylistOrder::Similar;
        request.randomSeed = 7;
        const PlaylistResult first = PlaylistBuilder::build(m_db, request);
        if (!first.error.isEmpty())
            qFatal("no playlist: %s", qPrintable(first.error));
        Playlist playlist;
        playlist.setEntries(first.entries);
        RadioSession radio(m_db, playlist);
        radio.setOptions(request);
        radio.setAvoidHours(0); // nothing is recorded: each session starts afresh
        radio.start(d.seeds);
        radio.setEnabled(true);
        for (int row = 0; row < m_songs; ++row) {
            if (!QTest::qWaitFor([&] { return playlist.size() > row || radio.isExhausted(); }, 60000) ||
                playlist.size() <= row)
                break;
            playlist.setCurrent(row);
            const Track track = playlist.at(row).track;
            const bool skip = skipping && styleOf(track) == d.skipped;
            radio.onListened({track, skip ? 1500 : track.durationMs, track.durationMs,
                              skip ? Listen::End::Skipped : Listen::End::Finished});
        }
        if (!QTest::qWaitFor([&] { return !radio.isGrowing(); }, 60000))
            qFatal("the radio never finished growing");
        Shares s;
        const int generated = int(first.entries.size());
        const int end = std::min(playlist.size(), m_songs);
        for (int row = generated; row < end; ++row) {
            const QString style = styleOf(playlist.at(row).track);
            s.skipped += style == d.skipped ? 1 : 0;
            s.liked += style == d.liked ? 1 : 0;
            ++s.added;
        }
        if (s.added > 0) {
            s.skipped /= s.added;
            s.liked /= s.added;
        }
        return s;
    }

private:
    QString styleOf(const Track& track) const { return m_labels.value(QString::fromStdString(track.path)); }

    QString m_db;
    const QHash<QString, QString>& m_labels;
    QHash<QString, QStringList> m_byStyle;
    int m_songs;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, const QString& fallback) {
        const int at = int(args.indexOf(QLatin1String(name)));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const QString db = option("--db", {});
    const QString labelsPath = option("--labels", {});
    const QString partPath = option("--part", {});
    if (db.isEmpty() || labelsPath.isEmpty() || partPath.isEmpty())
        qFatal("usage: bench_radio --db FILE --labels ALL.tsv --part PART.tsv [--seeds N] [--songs N]");
    const int seeds = option("--seeds", QStringLiteral("10")).toInt();
    const int songs = option("--songs", QStringLiteral("40")).toInt();
    const QHash<QString, QString> labels = readLabels(labelsPath);
    const QHash<QString, QString> part = readLabels(partPath);
    const Bench bench(db, labels, part, songs);

    std::vector<double> awayFromSkipped, towardLiked;
    std::vector<double> skippedPlain, skippedSteered, likedPlain, likedSteered;
    std::printf("| seed | liked | skipped | skipped style: plays all / skips it | liked style: plays all / "
                "skips the other |\n|---|---|---|---|---|\n");
    for (int seed = 1; seed <= seeds; ++seed) {
        const Draw d = bench.draw(unsigned(seed));
        const Shares plain = bench.listen(d, false);
        const Shares steered = bench.listen(d, true);
        std::printf("| %d | %s | %s | %.2f / %.2f | %.2f / %.2f |\n", seed, qPrintable(d.liked),
                    qPrintable(d.skipped), plain.skipped, steered.skipped, plain.liked, steered.liked);
        std::fflush(stdout);
        skippedPlain.push_back(plain.skipped);
        skippedSteered.push_back(steered.skipped);
        likedPlain.push_back(plain.liked);
        likedSteered.push_back(steered.liked);
        awayFromSkipped.push_back(plain.skipped - steered.skipped);
        towardLiked.push_back(steered.liked - plain.liked);
    }
    std::printf("\nover %d seeds, %d songs a session (mean ± standard deviation):\n", seeds, songs);
    std::printf("skipped style's share of the additions: %.2f ± %.2f playing all, %.2f ± %.2f skipping it\n",
                mean(skippedPlain), deviation(skippedPlain), mean(skippedSteered), deviation(skippedSteered));
    std::printf("liked style's share of the additions:   %.2f ± %.2f playing all, %.2f ± %.2f skipping the "
                "other\n",
                mean(likedPlain), deviation(likedPlain), mean(likedSteered), deviation(likedSteered));
    std::printf("moved away from the skipped style: %.2f ± %.2f; toward the liked style: %.2f ± %.2f\n",
                mean(awayFromSkipped), deviation(awayFromSkipped), mean(towardLiked), deviation(towardLiked));
    return 0;
}
