#include "core/playback/Playlist.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/SimilarTracks.h"
#include "core/service/radio/ListeningLog.h"
#include "core/service/radio/RadioSession.h"
#include "core/storage/Database.h"
#include "core/storage/ListeningStore.h"
#include "tests/support/LabelledLibrary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kGenres = 5; // Rock, Jazz, Drone, Folk, Dub
constexpr int kPerGenre = 30;
constexpr int kSongs = 100;
constexpr int kArtistGap = 3;

QString styleOf(const Track& track)
{
    return QString::fromStdString(track.path).section(QLatin1Char('/'), -2, -2);
}

// One radio batch as the scripted listener saw it arrive.
struct Batch
{
    int skipsBefore = 0;
    QStringList styles;
};

// A radio session of kSongs songs as the scripted listener lived it.
struct Session
{
    std::vector<PlaylistEntry> playlist;
    int generated = 0; // the first songs, from Generate; the rest came from the radio
    std::vector<Batch> batches;
    int skips = 0;
    QStringList messages;
    std::vector<std::int64_t> anchors; // what the radio asked for at the end
    QString failure;
};

} // namespace

// The endless radio driven by a scripted listener over a real labelled library: real encoded audio of five
// styles, scanned and analysed by the real pipeline, playlists from the real generator, plays recorded in the
// real database. The core session object is driven deterministically, song by song, in the order the
// player's listen events drive it in the app (a song's end is told, then the next becomes current); the
// player's own events are tested with real playback in tst_playerevents. A hundred songs of real playback
// would take minutes and hang on the machine's timing without testing more of the radio.
class TestRadio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LabelledLibrary m_library{m_dir.filePath(QStringLiteral("music")), kGenres, kPerGenre, 0};
    QString m_modelDb;      // analysed, and a model learnt from the genre tags, as the app does by itself
    QString m_descriptorDb; // analysed only: playlists from the descriptors
    std::set<std::int64_t> m_played; // every song the session over m_modelDb played

    QString scanned(const QString& name, bool train)
    {
        const QString db = m_dir.filePath(name);
        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        LibraryPipeline::Policy policy;
        policy.trainWhenDue = train;
        pipeline.setPolicy(policy);
        QSignalSpy analysed(&pipeline, &LibraryPipeline::analysisFinished);
        QSignalSpy trained(&pipeline, &LibraryPipeline::trainingFinished);
        pipeline.scan({toFilePath(m_library.root())});
        if (!analysed.wait(120000) || (train && !trained.wait(300000)))
            return {};
        if (analysed.at(0).at(0).value<AnalysisOutcome>().report.analysed != kGenres * kPerGenre)
            return {};
        return db;
    }

    std::int64_t idOf(const QString& db, int genre, int index) const
    {
        return SimilarTracks(db).resolve(toFilePath(m_library.track(genre, index)));
    }

    static PlaylistRequest request(const std::vector<std::int64_t>& seeds)
    {
        PlaylistRequest r;
        r.seeds = seeds;
        r.count = 5;
        r.artistGap = kArtistGap;
        r.order = PlaylistOrder::Similar;
        r.randomSeed = 7;
        return r;
    }

    // Generates five songs from the seeds, turns the radio on and listens to kSongs songs, skipping every
    // song of `skipped` in its first seconds and playing every other through.
    Session listen(const QString& db, const std::vector<std::int64_t>& seeds, const QString& skipped)
    {
        Session s;
        const PlaylistResult first = PlaylistBuilder::build(db, request(seeds));
        if (!first.error.isEmpty())
            return {{}, 0, {}, 0, {}, {}, first.error};
        s.generated = int(first.entries.size());
        Playlist playlist;
        playlist.setEntries(first.entries);
        RadioSession radio(db, playlist);
        radio.setOptions(request(seeds));
        radio.setAvoidHours(24);
        radio.start(seeds);
        radio.setEnabled(true);
        ListeningLog log(db);
        connect(&radio, &RadioSession::message, this, [&s](const QString& text) { s.messages << text; });
        connect(&radio, &RadioSession::grown, this, [&](int added) {
            Batch batch{s.skips, {}};
            for (int row = playlist.size() - added; row < playlist.size(); ++row)
                batch.styles << styleOf(playlist.at(row).track);
            s.batches.push_back(batch);
        });
        for (int row = 0; row < kSongs; ++row) {
            if (!QTest::qWaitFor([&] { return playlist.size() > row || radio.isExhausted(); }, 30000) ||
                playlist.size() <= row) {
                s.failure = QStringLiteral("song %1 never came: %2").arg(row).arg(s.messages.join('\n'));
                break;
            }
            playlist.setCurrent(row);
            const Track track = playlist.at(row).track;
            Listen heard{track, track.durationMs, track.durationMs, Listen::End::Finished};
            if (styleOf(track) == skipped) {
                heard = {track, 1500, track.durationMs, Listen::End::Skipped};
                ++s.skips;
            }
            log.record(heard);
            radio.onListened(heard);
        }
        log.flush();
        s.playlist = playlist.entries();
        s.anchors = radio.taste().anchors();
        for (const Batch& b : s.batches)
            qInfo("after %2d skip(s): %s", b.skipsBefore, qPrintable(b.styles.join(QStringLiteral(", "))));
        return s;
    }

    // What every session must show: a hundred songs, none twice nor a seed, the artist gap kept where the
    // radio grew the playlist, the status bar told why, and what was played through steering it too.
    static void checkSession(const Session& s, const std::vector<std::int64_t>& seeds)
    {
        QVERIFY2(s.failure.isEmpty(), qPrintable(s.failure));
        QVERIFY(int(s.playlist.size()) >= kSongs);
        std::set<std::int64_t> seen(seeds.begin(), seeds.end());
        for (const PlaylistEntry& e : s.playlist)
            QVERIFY2(seen.insert(e.track.id).second, qPrintable(e.track.title));
        for (int row = s.generated; row < int(s.playlist.size()); ++row) {
            for (int back = 1; back < kArtistGap; ++back)
                QVERIFY2(
                    s.playlist[std::size_t(row)].track.artist !=
                        s.playlist[std::size_t(row - back)].track.artist,
                    qPrintable(
                        QStringLiteral("%1 at %2").arg(s.playlist[std::size_t(row)].track.artist).arg(row)));
        }
        QVERIFY(!s.messages.filter(QStringLiteral("fewer like")).isEmpty());
        QVERIFY(std::any_of(s.anchors.begin(), s.anchors.end(), [&](std::int64_t id) {
            return std::find(seeds.begin(), seeds.end(), id) == seeds.end();
        }));
    }

    // The batches that arrived once the listener had skipped `skips` songs, by style.
    static int lateSongsOf(const Session& s, const QString& style, int skips)
    {
        int count = 0;
        for (const Batch& b : s.batches)
            count += b.skipsBefore >= skips ? int(b.styles.count(style)) : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_library.write());
        m_modelDb = scanned(QStringLiteral("model.db"), true);
        m_descriptorDb = scanned(QStringLiteral("descriptors.db"), false);
        QVERIFY(!m_modelDb.isEmpty() && !m_descriptorDb.isEmpty());
    }

    // Seeds from Rock and Jazz, which sound alike; the listener skips every Jazz song. With the model the app
    // learns by itself from the genre tags, Jazz is gone from what the radio adds after three skips.
    void aListenerWhoSkipsJazzStopsHearingIt()
    {
        const std::vector<std::int64_t> seeds{idOf(m_modelDb, 0, 0), idOf(m_modelDb, 1, 0)};
        const Session s = listen(m_modelDb, seeds, QStringLiteral("Jazz"));
        checkSession(s, seeds);
        QCOMPARE(lateSongsOf(s, QStringLiteral("Jazz"), 3), 0);
        QVERIFY2(s.skips <= 5, qPrintable(QString::number(s.skips)));
        for (const PlaylistEntry& e : s.playlist)
            m_played.insert(e.track.id);
        // Play counts, skips and times are in the database.
        Database db(m_modelDb);
        ListeningStore store(db);
        for (int row = 0; row < kSongs; ++row) {
            const Track& t = s.playlist[std::size_t(row)].track;
            const ListeningStats stats = store.stats(t.id);
            const bool skipped = styleOf(t) == QLatin1String("Jazz");
            QCOMPARE(stats.skips, skipped ? 1 : 0);
            QCOMPARE(stats.plays, skipped ? 0 : 1);
            QVERIFY(stats.lastPlayedAt > 0);
        }
    }

    // Before any model, the radio steers in the descriptors' space: a style they tell apart (Drone, plain
    // tones among songs with drums) goes as fast.
    void withoutAModelAStyleTheSoundTellsApartGoesToo()
    {
        const std::vector<std::int64_t> seeds{idOf(m_descriptorDb, 0, 0), idOf(m_descriptorDb, 2, 0)};
        const Session s = listen(m_descriptorDb, seeds, QStringLiteral("Drone"));
        checkSession(s, seeds);
        QCOMPARE(lateSongsOf(s, QStringLiteral("Drone"), 3), 0);
        QVERIFY2(s.skips <= 5, qPrintable(QString::number(s.skips)));
    }

    // A pick under way when the playlist is replaced (a new playlist starts playing before the radio hears
    // its seeds) is dropped: what is added comes from the new seeds, and none of them is added.
    void aPickForAReplacedPlaylistIsDropped()
    {
        const std::vector<std::int64_t> oldSeeds{idOf(m_descriptorDb, 3, 0)};
        const std::vector<std::int64_t> newSeeds{idOf(m_descriptorDb, 0, 1), idOf(m_descriptorDb, 1, 1)};
        const PlaylistResult before = PlaylistBuilder::build(m_descriptorDb, request(oldSeeds));
        const PlaylistResult after = PlaylistBuilder::build(m_descriptorDb, request(newSeeds));
        QVERIFY(before.error.isEmpty() && after.error.isEmpty());
        Playlist playlist;
        RadioSession radio(m_descriptorDb, playlist);
        radio.setOptions(request(oldSeeds));
        radio.setAvoidHours(0);
        radio.setEnabled(true);
        playlist.setEntries(before.entries);
        playlist.setCurrent(int(before.entries.size()) - 1); // near the end: a pick starts
        QVERIFY(radio.isGrowing());
        playlist.setEntries(after.entries);
        playlist.setCurrent(int(after.entries.size()) - 1);
        radio.start(newSeeds);
        QSignalSpy grown(&radio, &RadioSession::grown);
        QVERIFY(grown.wait(30000));
        const int added = grown.at(0).at(0).toInt();
        QCOMPARE(playlist.size(), int(after.entries.size()) + added);
        for (int row = int(after.entries.size()); row < playlist.size(); ++row) {
            const PlaylistEntry& e = playlist.at(row);
            QVERIFY2(std::find(newSeeds.begin(), newSeeds.end(), e.seedId) != newSeeds.end(),
                     qPrintable(e.track.title));
            QVERIFY(std::find(newSeeds.begin(), newSeeds.end(), e.track.id) == newSeeds.end());
        }
    }

    // A listener who skips every song but Rock runs the radio out of Rock with songs of the other styles
    // still unplayed: it stops, and says that what is left sounds like the skipped songs, not that nothing is
    // left.
    void aRadioOutOfSongsTheListenerWantsSaysTheSkipsRuledTheRestOut()
    {
        const std::vector<std::int64_t> seeds{idOf(m_modelDb, 0, 2), idOf(m_modelDb, 0, 3)};
        PlaylistRequest options = request(seeds);
        options.count = 3;
        const PlaylistResult first = PlaylistBuilder::build(m_modelDb, options);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        Playlist playlist;
        playlist.setEntries(first.entries);
        RadioSession radio(m_modelDb, playlist);
        radio.setOptions(options);
        radio.setAvoidHours(0);
        radio.start(seeds);
        radio.setEnabled(true);
        QStringList messages;
        connect(&radio, &RadioSession::message, this, [&messages](const QString& text) { messages << text; });
        for (int row = 0; !radio.isExhausted(); ++row) {
            QVERIFY2(QTest::qWaitFor([&] { return playlist.size() > row || radio.isExhausted(); }, 30000),
                     qPrintable(messages.join('\n')));
            if (playlist.size() <= row)
                break;
            playlist.setCurrent(row);
            const Track track = playlist.at(row).track;
            const bool rock = styleOf(track) == QLatin1String("Rock");
            radio.onListened({track, rock ? track.durationMs : 1500, track.durationMs,
                              rock ? Listen::End::Finished : Listen::End::Skipped});
        }
        QVERIFY2(playlist.size() < kGenres * kPerGenre - int(seeds.size()),
                 qPrintable(QString::number(playlist.size())));
        QVERIFY2(messages.last().contains(QLatin1String("sound like songs you skipped")),
                 qPrintable(messages.last()));
    }

    // A new session the same day leaves out what the last one played: the history is in the database.
    void songsPlayedWithinTheHoursAreLeftOutOfALaterSession()
    {
        QVERIFY(!m_played.empty());
        RadioAsk ask;
        ask.request = request({idOf(m_modelDb, 0, 0), idOf(m_modelDb, 1, 0)});
        ask.request.avoidPlayedWithinHours = 24;
        ask.liked = ask.request.seeds;
        ask.wanted = 10;
        const RadioBatch later = RadioPicker::pick(m_modelDb, ask);
        QVERIFY2(later.error.isEmpty(), qPrintable(later.error));
        QCOMPARE(int(later.entries.size()), ask.wanted);
        for (const PlaylistEntry& e : later.entries)
            QVERIFY2(!m_played.count(e.track.id), qPrintable(e.track.title));
        // Asked not to, it takes them again.
        ask.request.avoidPlayedWithinHours = 0;
        const RadioBatch again = RadioPicker::pick(m_modelDb, ask);
        QVERIFY(std::any_of(again.entries.begin(), again.entries.end(),
                            [&](const PlaylistEntry& e) { return m_played.count(e.track.id) > 0; }));
    }
};

QTEST_GUILESS_MAIN(TestRadio)
#include "tst_radio.moc"
