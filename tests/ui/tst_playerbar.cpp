#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/Mp3Fixture.h"
#include "ui/CoverProvider.h"
#include "ui/ElidedLabel.h"
#include "ui/PlayerBar.h"
#include "ui/SeekSlider.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cstdlib>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// The share of pixels where one image has ink and the other not.
double inkDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull())
        return 1;
    int differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differ += std::abs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 96 ? 1 : 0;
    }
    return double(differ) / (a.width() * a.height());
}

} // namespace

// The player bar as a listener uses it: a click on the seek bar goes where it was clicked, the mode buttons
// follow the player both ways, a restored position shows on the slider, long names end in "…".
class TestPlayerBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_long;

    PlaylistEntry entry() const
    {
        PlaylistEntry e;
        e.track.path = toFilePath(m_long);
        e.track.title = QStringLiteral("Long");
        e.track.durationMs = 245000;
        return e;
    }

private slots:
    void initTestCase()
    {
        m_long = m_dir.filePath(QStringLiteral("long.mp3"));
        AudioSpec spec;
        spec.seconds = 245; // 4:05, as in the report
        spec.channels = 1;
        spec.bitrateKbps = 32;
        QVERIFY(writeMp3(m_long, spec));
    }

    // Clicking the groove at half its length asks for half the song (QSlider stepped by a page: 0:38).
    void aClickOnTheGrooveSeeksThere()
    {
        Playlist playlist;
        playlist.setEntries({entry()});
        Player player(playlist);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        bar.resize(1000, 70);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        player.cue(0, 0);
        SeekSlider* seek = bar.seekSlider();
        QCOMPARE(seek->maximum(), 245000);
        QSignalSpy requested(seek, &SeekSlider::seekRequested);
        QTest::mouseClick(seek, Qt::LeftButton, {}, QPoint(seek->width() / 2, seek->height() / 2));
        QCOMPARE(requested.count(), 1);
        const int asked = requested.at(0).at(0).toInt();
        QVERIFY2(std::abs(asked - 122500) < 245000 / 20, qPrintable(QString::number(asked)));
        QCOMPARE(player.position(), qint64(asked));

        // The wheel seeks too, as in other players: one notch up goes forward.
        const QPointF middle(seek->width() / 2.0, seek->height() / 2.0);
        QWheelEvent notch(middle, seek->mapToGlobal(middle), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(seek, &notch);
        QCOMPARE(requested.count(), 2);
        QVERIFY2(requested.at(1).at(0).toInt() > asked, qPrintable(requested.at(1).at(0).toString()));
        QCOMPARE(player.position(), qint64(requested.at(1).at(0).toInt()));

        // The volume too: a click a third of the way along sets about a third, not a step down from 100.
        QSlider* volume = bar.volumeSlider();
        QTest::mouseClick(volume, Qt::LeftButton, {}, QPoint(volume->width() / 3, volume->height() / 2));
        QVERIFY2(std::abs(volume->value() - 33) <= 8, qPrintable(QString::number(volume->value())));
        QVERIFY(std::abs(player.volume() - volume->value() / 100.0) < 0.01);
    }

    // After a restart the track is cued paused at its position: the handle stands there, not at 0:00.
    void aCuedPositionShowsOnTheSlider()
    {
        Playlist playlist;
        playlist.setEntries({entry()});
        Player player(playlist);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        player.cue(0, 73000);
        QCOMPARE(bar.seekSlider()->value(), 73000);
        QCOMPARE(bar.elapsedLabel()->text(), QStringLiteral("1:13"));
    }

    void modeButtonsFollowThePlayerBothWays()
    {
        Playlist playlist;
        Player player(playlist);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        bar.shuffleButton()->click();
        QVERIFY(player.shuffle());
        player.setShuffle(false);
        QVERIFY(!bar.shuffleButton()->isChecked());
        // Shuffle, repeat and repeat-one look different, with or without an icon theme: clearly, not by a
        // "1" too small to read at the bar's size.
        const auto look = [](QToolButton* b) { return b->icon().pixmap(22).toImage(); };
        bar.repeatButton()->click();
        QCOMPARE(player.repeat(), PlayOrder::Repeat::All);
        const QImage repeatAll = look(bar.repeatButton());
        QVERIFY(repeatAll != look(bar.shuffleButton()));
        bar.repeatButton()->click();
        QCOMPARE(player.repeat(), PlayOrder::Repeat::One);
        const double apart = inkDifference(look(bar.repeatButton()), repeatAll);
        QVERIFY2(apart >= 0.08, qPrintable(QString::number(apart)));
        QVERIFY(bar.repeatButton()->isChecked());
        bar.repeatButton()->click();
        QCOMPARE(player.repeat(), PlayOrder::Repeat::Off);
        QVERIFY(!bar.repeatButton()->isChecked());
        bar.muteButton()->click();
        QVERIFY(player.isMuted());
        player.setMuted(false);
        QVERIFY(!bar.muteButton()->isChecked());
        bar.stopButton()->click();
        QVERIFY(!player.isPlaying());
        QVERIFY(!bar.stopButton()->isChecked()); // a click stops; it asks for no later stop
    }

    // Stop After This Song shows as a pressed-in Stop button for as long as it holds, with its tooltip saying
    // so: the status bar said it only for a few seconds. A click on Stop still stops at once.
    void theStopButtonShowsAStopAfterThisSong()
    {
        Playlist playlist;
        playlist.setEntries({entry(), entry()});
        Player player(playlist);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        player.cue(0, 0);
        QVERIFY(!bar.stopButton()->isChecked());
        player.setStopAfterCurrent(true);
        QVERIFY(bar.stopButton()->isChecked());
        QCOMPARE(bar.stopButton()->toolTip(), QStringLiteral("Stop (playback stops after this song)"));
        bar.stopButton()->click();
        QVERIFY(bar.stopButton()->isChecked()); // still asked of this song
        player.cue(1, 0);                       // another song drops it
        QVERIFY(!bar.stopButton()->isChecked());
        QCOMPARE(bar.stopButton()->toolTip(), QStringLiteral("Stop"));
    }

    // A player already set (a session restored before the window is built) shows as it is.
    void aBarMadeLaterShowsThePlayersModes()
    {
        Playlist playlist;
        Player player(playlist);
        player.setShuffle(true);
        player.setRepeat(PlayOrder::Repeat::All);
        player.setMuted(true);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        QVERIFY(bar.shuffleButton()->isChecked());
        QVERIFY(bar.repeatButton()->isChecked());
        QVERIFY(bar.muteButton()->isChecked());
        bar.shuffleButton()->click();
        QVERIFY(!player.shuffle());
    }

    // At the last song, with nothing queued and no repeat, Next has nowhere to go and looks it.
    void nextIsGreyedAtTheEndOfTheList()
    {
        Playlist playlist;
        playlist.setEntries({entry(), entry()});
        Player player(playlist);
        CoverProvider covers;
        PlayerBar bar(player, covers);
        QVERIFY(bar.nextButton()->isEnabled());
        player.cue(1, 0);
        QVERIFY(!bar.nextButton()->isEnabled());
        player.setRepeat(PlayOrder::Repeat::All);
        QVERIFY(bar.nextButton()->isEnabled());
        player.setRepeat(PlayOrder::Repeat::Off);
        QVERIFY(!bar.nextButton()->isEnabled());
        player.enqueue({entry()});
        QVERIFY(bar.nextButton()->isEnabled());
        player.queue().setEntries({});
        QVERIFY(!bar.nextButton()->isEnabled());
        playlist.insert(2, {entry()});
        QVERIFY(bar.nextButton()->isEnabled());
        playlist.setEntries({});
        QVERIFY(!bar.nextButton()->isEnabled());
    }

    void longTextEndsInAnEllipsisWithTheWholeAsTooltip()
    {
        ElidedLabel label;
        label.resize(80, 20);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.setFullText(QStringLiteral("A Very Long Title That Cannot Possibly Fit In Eighty Pixels"));
        QVERIFY(label.text().endsWith(QChar(0x2026)));
        QCOMPARE(label.toolTip(), label.fullText());
        label.resize(2000, 20);
        QCOMPARE(label.text(), label.fullText());
        QVERIFY(label.toolTip().isEmpty());
    }

    // A cover.jpg put beside a track while the app runs shows once "no cover" is looked at again.
    void aCoverAddedLaterShowsUp()
    {
        CoverProvider covers;
        covers.setRecheckInterval(50);
        Track track;
        track.id = 42;
        track.path = toFilePath(m_long);
        QVERIFY(covers.cover(track, 32).isNull());
        covers.waitForLoads();
        QTest::qWait(10);
        QVERIFY(covers.cover(track, 32).isNull()); // none yet, and not asked again so soon
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("cover.jpg"))));
        QTest::qWait(80);
        QSignalSpy ready(&covers, &CoverProvider::coverReady);
        (void)covers.cover(track, 32);
        QVERIFY(ready.wait(5000));
        QVERIFY(!covers.cover(track, 32).isNull());
    }
};

QTEST_MAIN(TestPlayerBar)
#include "tst_playerbar.moc"
