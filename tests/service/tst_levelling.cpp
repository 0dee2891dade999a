#include "core/analysis/DescriptorLayout.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/LoudnessLevels.h"
#include "core/service/jobs/JobControl.h"
#include "core/service/jobs/LoudnessJob.h"
#include "core/storage/Database.h"
#include "core/storage/LoudnessStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlayedLoudness.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace soundalike;
using namespace soundalike::test;

namespace {

struct Song
{
    const char* name;
    AudioSpec::Wave wave;
    double amplitude;
};

// From a brickwall-mastered loudness (clipped) to a quiet classical recording's: 19 LU apart.
const Song kSongs[] = {
    {"very loud music", AudioSpec::Wave::Music, 2.5},   {"loud music", AudioSpec::Wave::Music, 1.0},
    {"middle music", AudioSpec::Wave::Music, 0.5},      {"quiet music", AudioSpec::Wave::Music, 0.3},
    {"very quiet music", AudioSpec::Wave::Music, 0.28}, {"quiet tone", AudioSpec::Wave::Sine, 0.05},
};

// The output's loudness, track by track, as the player sets its output for each.
struct Measured
{
    QStringList names;
    std::vector<double> fileLufs;
    std::vector<double> outputLufs;

    double spread() const
    {
        const auto [low, high] = std::minmax_element(outputLufs.begin(), outputLufs.end());
        return *high - *low;
    }
};

} // namespace

// Volume levelling from our own analysis, measured: every track of a playlist of very loud and very quiet
// songs is loaded by the real player, whose output volume (the volume and the track's gain together) then
// multiplies the whole decoded track, and libebur128 measures what comes out.
class TestLevelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::vector<PlaylistEntry> m_entries;

    Measured measure(LoudnessLevels& levels, bool on, double volume)
    {
        levels.setEnabled(on);
        Playlist playlist;
        playlist.setEntries(m_entries);
        Player player(playlist);
        player.setVolume(volume);
        player.setGainLookup([&levels](const Track& t) { return levels.gainDb(t); });
        Measured m;
        for (int row = 0; row < playlist.size(); ++row) {
            player.cue(row, 0);
            const QString path = QString::fromStdString(m_entries[std::size_t(row)].track.path);
            const auto file = playedLoudness(path);
            const auto output = playedLoudness(path, player.outputVolume());
            if (!file || !output)
                qFatal("cannot measure %s", qPrintable(path));
            m.names << m_entries[std::size_t(row)].track.title;
            m.fileLufs.push_back(*file);
            m.outputLufs.push_back(*output);
        }
        return m;
    }

    static void print(const char* title, const Measured& m)
    {
        qInfo("%s: output spread %.2f LU", title, m.spread());
        for (int i = 0; i < m.names.size(); ++i)
            qInfo("  %-18s file %6.2f LUFS  output %6.2f LUFS", qPrintable(m.names[i]),
                  m.fileLufs[std::size_t(i)], m.outputLufs[std::size_t(i)]);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("QT_MEDIA_BACKEND").isEmpty())
            qputenv("QT_MEDIA_BACKEND", "gstreamer");
        const QString music = m_dir.filePath(QStringLiteral("music"));
        int seed = 1;
        for (const Song& song : kSongs) {
            AudioSpec spec;
            spec.wave = song.wave;
            spec.amplitude = song.amplitude;
            spec.seconds = 12;
            spec.frequency = 220;
            spec.seed = unsigned(seed++);
            QVERIFY(writeMp3(music + QStringLiteral("/%1.mp3").arg(QLatin1String(song.name)), spec,
                             songTags(QLatin1String(song.name), QStringLiteral("Artist"))));
        }
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        JobQueue queue;
        LibraryPipeline pipeline(m_db, queue);
        LibraryPipeline::Policy policy;
        policy.trainWhenDue = false;
        pipeline.setPolicy(policy);
        QSignalSpy analysed(&pipeline, &LibraryPipeline::analysisFinished);
        pipeline.scan({toFilePath(music)});
        QVERIFY(analysed.wait(60000));
        Database db(m_db);
        for (const Track& t : TrackStore(db).find(TrackQuery{}))
            m_entries.push_back({t, -1, 0, {}});
        QCOMPARE(m_entries.size(), std::size_t(std::size(kSongs)));
    }

    void everyTrackPlaysWithinTwoLuOfTheOthersAtTheDefaultVolume()
    {
        LoudnessLevels levels(m_db);
        QSignalSpy reloaded(&levels, &LoudnessLevels::reloaded);
        levels.reload();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(levels.knownTracks(), int(m_entries.size()));
        const Measured off = measure(levels, false, 0.8);
        const Measured on = measure(levels, true, 0.8);
        print("levelling off, volume 80 %", off);
        print("levelling on, volume 80 %", on);
        QVERIFY2(off.spread() > 15.0, "the test songs are not far enough apart to show levelling");
        QVERIFY2(on.spread() < 2.0, qPrintable(QString::number(on.spread())));
    }

    // Qt's output cannot amplify, so the target is one that nearly all of the library reaches: at full volume
    // every song at least that loud plays at it, and a quieter one at its own level, never louder.
    void atFullVolumeEverySongAsLoudAsTheTargetPlaysAtIt()
    {
        LoudnessLevels levels(m_db);
        QSignalSpy reloaded(&levels, &LoudnessLevels::reloaded);
        levels.reload();
        QVERIFY(reloaded.wait(10000));
        const Measured on = measure(levels, true, 1.0);
        print("levelling on, volume 100 %", on);
        qInfo("target %.2f LUFS", levels.targetLufs());
        QVERIFY(levels.targetLufs() < LoudnessLevels::kReferenceLufs); // the fixture's quiet songs lower it
        int levelled = 0;
        for (std::size_t i = 0; i < on.outputLufs.size(); ++i) {
            QVERIFY(on.outputLufs[i] <= on.fileLufs[i] + 0.01);
            if (on.fileLufs[i] >= levels.targetLufs() + 0.3) {
                QVERIFY2(std::abs(on.outputLufs[i] - levels.targetLufs()) < 1.0,
                         qPrintable(on.names[int(i)]));
                ++levelled;
            }
        }
        QVERIFY(levelled >= 3);
    }

    // The target: ReplayGain's level when the library reaches it, the level 95 % of the library reaches when
    // that is quieter, never below EBU R 128's.
    void theTargetIsTheLoudestThatNearlyAllTheLibraryReaches()
    {
        QCOMPARE(LoudnessLevels::targetFor({}), LoudnessLevels::kReferenceLufs);
        std::vector<double> loud(100, -9.0);
        loud[0] = -30.0; // one quiet song in a hundred does not lower it
        QCOMPARE(LoudnessLevels::targetFor(loud), LoudnessLevels::kReferenceLufs);
        std::vector<double> mixed;
        for (int i = 0; i < 100; ++i)
            mixed.push_back(-10.0 - 0.1 * i);              // -10 .. -19.9
        QCOMPARE(LoudnessLevels::targetFor(mixed), -19.4); // 95 of the 100 reach it
        mixed.push_back(-70.0); // an excerpt that measured as silence is not a quiet song
        QCOMPARE(LoudnessLevels::targetFor(mixed), -19.4);
        std::vector<double> small(20, -10.0);
        small[0] = -30.0; // one quiet song in twenty is the 5 % that may stay below
        QCOMPARE(LoudnessLevels::targetFor(small), LoudnessLevels::kReferenceLufs);
        QCOMPARE(LoudnessLevels::targetFor(std::vector<double>(10, -35.0)),
                 LoudnessLevels::kQuietestTargetLufs);
    }

    void aTrackNotYetAnalysedPlaysUnchanged()
    {
        LoudnessLevels levels(m_db);
        QSignalSpy reloaded(&levels, &LoudnessLevels::reloaded);
        levels.reload();
        QVERIFY(reloaded.wait(10000));
        Track unknown = m_entries.front().track;
        unknown.id = 99999;
        QCOMPARE(levels.gainDb(unknown), 0.0);
        QVERIFY(levels.gainDb(m_entries.front().track) != 0.0);
        QVERIFY(!LoudnessLevels::trackGainDb(-70.0, -18.0)); // an excerpt that measured as silence
        QCOMPARE(*LoudnessLevels::trackGainDb(-8.0, -18.0), -10.0);
    }

    // After the analysis the app measures each whole track (LoudnessJob); a run stopped midway keeps what it
    // measured and the next goes on from there, its progress too; from then on the player levels by the whole
    // track.
    void theWholeTrackIsMeasuredAfterTheAnalysisAndLevelsFromThen()
    {
        {
            LoudnessJob stopped(m_db);
            JobControl* self = nullptr;
            JobControl control([&self](const JobProgress& p) {
                if (p.done == 3)
                    self->cancel();
            });
            self = &control;
            stopped.run(control);
            QCOMPARE(stopped.measured(), 3);
            Database db(m_db);
            QCOMPARE(LoudnessStore(db).countPending(DescriptorLayout::kVersion), int(m_entries.size()) - 3);

            // Put back and run again (the queue does so after a more urgent job), it counts on from 3 of
            // all, not from 0 of those left.
            std::vector<JobProgress> reports;
            JobControl again([&](const JobProgress& p) {
                reports.push_back(p);
                if (p.done == 5)
                    self->cancel();
            });
            self = &again;
            stopped.run(again);
            QVERIFY(!reports.empty());
            QCOMPARE(reports.front().done, 3);
            QCOMPARE(reports.front().total, int(m_entries.size()));
            QCOMPARE(reports.back().done, 5);
            QCOMPARE(stopped.measured(), 5);
            QCOMPARE(LoudnessStore(db).countPending(DescriptorLayout::kVersion), int(m_entries.size()) - 5);
        }
        JobQueue queue;
        LibraryPipeline pipeline(m_db, queue);
        LibraryPipeline::Policy policy;
        policy.trainWhenDue = false;
        policy.measureLoudness = true;
        pipeline.setPolicy(policy);
        QSignalSpy measured(&pipeline, &LibraryPipeline::loudnessMeasured);
        int loudnessRuns = 0;
        connect(&queue, &JobQueue::started, this,
                [&](JobHandle handle) { loudnessRuns += handle.kind == Job::Kind::Loudness ? 1 : 0; });
        pipeline.analyse();
        QVERIFY(measured.wait(60000));
        // The next analysis is followed by a pass again, though the first started the moment it was queued.
        QTRY_VERIFY(queue.isIdle());
        pipeline.analyse();
        QTRY_VERIFY_WITH_TIMEOUT(loudnessRuns == 2 && queue.isIdle(), 60000);

        Database db(m_db);
        QCOMPARE(LoudnessStore(db).countPending(DescriptorLayout::kVersion), 0);
        QHash<std::int64_t, float> whole;
        for (const auto& [id, lufs] : LoudnessStore(db).all())
            whole.insert(id, lufs);
        QCOMPARE(whole.size(), qsizetype(m_entries.size()));
        LoudnessLevels levels(m_db);
        QSignalSpy reloaded(&levels, &LoudnessLevels::reloaded);
        levels.reload();
        QVERIFY(reloaded.wait(10000));
        for (const PlaylistEntry& entry : m_entries) {
            const auto reference = playedLoudness(QString::fromStdString(entry.track.path));
            QVERIFY(reference);
            QVERIFY2(std::abs(whole.value(entry.track.id) - *reference) < 0.05,
                     qPrintable(entry.track.title));
            QVERIFY(std::abs(levels.gainDb(entry.track) - (levels.targetLufs() - *reference)) < 0.05);
        }
        const Measured on = measure(levels, true, 0.8);
        print("levelling on by the whole track, volume 80 %", on);
        QVERIFY2(on.spread() < 2.0, qPrintable(QString::number(on.spread())));
    }

    // A large library's pass takes hours, so the pipeline announces what is committed while it runs (here
    // at every progress report, in the app every half minute), and the last announcement finds every track.
    void measuredTracksAreAnnouncedDuringThePass()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("music"));
        const int songs = 17;
        for (int i = 0; i < songs; ++i) {
            AudioSpec spec;
            spec.wave = AudioSpec::Wave::Music;
            spec.amplitude = 0.2 + 0.1 * i;
            spec.seconds = 6;
            spec.seed = unsigned(100 + i);
            QVERIFY(writeMp3(music + QStringLiteral("/%1.mp3").arg(i), spec));
        }
        const QString db = dir.filePath(QStringLiteral("library.db"));
        JobQueue queue;
        LibraryPipeline pipeline(db, queue);
        LibraryPipeline::Policy policy;
        policy.trainWhenDue = false;
        policy.measureLoudness = true;
        policy.loudnessAnnounceMs = 0;
        pipeline.setPolicy(policy);
        std::vector<std::size_t> storedWhenAnnounced;
        connect(&pipeline, &LibraryPipeline::loudnessMeasured, this, [&] {
            Database reader(db, Database::Mode::ReadOnly);
            storedWhenAnnounced.push_back(LoudnessStore(reader).all().size());
        });
        QSignalSpy analysed(&pipeline, &LibraryPipeline::analysisFinished);
        pipeline.scan({toFilePath(music)});
        QVERIFY(analysed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        QVERIFY(storedWhenAnnounced.size() > 2);
        const auto midway = std::find_if(storedWhenAnnounced.begin(), storedWhenAnnounced.end(),
                                         [&](std::size_t n) { return n > 0 && n < std::size_t(songs); });
        QVERIFY2(midway != storedWhenAnnounced.end(), "nothing was announced while the pass ran");
        QCOMPARE(storedWhenAnnounced.back(), std::size_t(songs));
    }
};

QTEST_GUILESS_MAIN(TestLevelling)
#include "tst_levelling.moc"
