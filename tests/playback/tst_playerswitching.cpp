#include "core/playback/LoadWatch.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/playback/SourceGate.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"

#include <QAudioOutput>
#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// A freeze in GStreamer blocks the GUI thread inside QMediaPlayer, where no Qt timer can see it: a plain
// thread watches the switches go by and aborts with the switch that hung, instead of CTest's timeout.
class FreezeWatch
{
public:
    explicit FreezeWatch(std::chrono::seconds limit) : m_limit(limit), m_thread([this] { run(); }) {}
    ~FreezeWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void progress(int step) { m_step.store(step); }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        int seen = -1;
        while (!m_done) {
            if (m_wake.wait_for(lock, m_limit, [this] { return m_done; }))
                return;
            const int now = m_step.load();
            if (now == seen) {
                std::fprintf(stderr, "FATAL: the GUI thread froze for %llds at switch %d\n",
                             static_cast<long long>(m_limit.count()), now);
                std::fflush(stderr);
                std::abort();
            }
            seen = now;
        }
    }

    std::chrono::seconds m_limit;
    std::atomic<int> m_step{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

// Moving from track to track while one plays, as a listener does with Next, through the real QMediaPlayer.
// Before SourceGate, Qt 6.4's GStreamer backend froze inside setSource about once in 600 switches on a loaded
// machine (SOUNDALIKE_SWITCHES=3000 with two busy loops beside it measures that; CI runs a short round).
class TestPlayerSwitching : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<PlaylistEntry> m_entries;
    QStringList m_paths;

private slots:
    void initTestCase()
    {
        QVERIFY2(playbackBackendAvailable(), kNoPlaybackBackend);
        AudioSpec spec;
        spec.wave = AudioSpec::Wave::Music;
        spec.seconds = 6.0;
        for (const Encoding encoding : supportedEncodings()) {
            const QString path = m_dir.filePath(QStringLiteral("song.%1").arg(extensionOf(encoding)));
            if (encoding == Encoding::M4aAlac)
                continue; // one .m4a is enough: the name would clash
            QVERIFY(writeAudio(path, encoding, spec, songTags(nameOf(encoding), QStringLiteral("Band"))));
            m_entries.push_back(entryFor(path, nameOf(encoding), 6000));
            m_paths << path;
        }
    }

    void switchingWhilePlayingNeverFreezes()
    {
        const int switches = qEnvironmentVariableIntValue("SOUNDALIKE_SWITCHES") > 0
                                 ? qEnvironmentVariableIntValue("SOUNDALIKE_SWITCHES")
                                 : 60;
        Playlist playlist;
        playlist.setEntries(m_entries);
        Player player(playlist);
        QSignalSpy skipped(&player, &Player::skipped);
        FreezeWatch watch(std::chrono::seconds(20));
        std::srand(7);
        for (int i = 0; i < switches; ++i) {
            watch.progress(i);
            const int row = i % playlist.size();
            player.playRow(row);
            // Half the switches wait for sound, half come while the track is still opening.
            if (i % 2 == 0) {
                QTRY_VERIFY2_WITH_TIMEOUT(player.isPlaying() && player.position() > 200,
                                          qPrintable(QStringLiteral("switch %1").arg(i)),
                                          LoadWatch::kLongestMs + 4000);
            } else {
                QTest::qWait(std::rand() % 120);
            }
        }
        watch.progress(switches);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying() && player.position() > 200, LoadWatch::kLongestMs + 4000);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.value(0).value(0).toString()));
        player.stop();
    }

    // While the gate is held, the medium's data stays back, so nothing is found in it and it stays loading;
    // released, it loads and plays.
    void aHeldGateKeepsTheMediumFromLoadingUntilReleased()
    {
        QMediaPlayer media;
        QAudioOutput output;
        media.setAudioOutput(&output);
        SourceGate gate;
        {
            const SourceGate::Hold hold(gate);
            media.setSource(QUrl::fromLocalFile(m_paths.front()));
            media.play();
            QTest::qWait(700);
            QCOMPARE(gate.heldSources(), 1);
            QCOMPARE(media.mediaStatus(), QMediaPlayer::LoadingMedia);
            QCOMPARE(media.position(), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(media.playbackState() == QMediaPlayer::PlayingState &&
                                     media.position() > 200,
                                 LoadWatch::kLongestMs);
        media.stop();
    }
};

QTEST_GUILESS_MAIN(TestPlayerSwitching)
#include "tst_playerswitching.moc"
