#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/TimeScale.h"
#include "ui/LyricsView.h"

#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const QByteArray kLrc =
    "[ti:Sung]\n[00:00.30]One\n[00:01.20]Two\n[00:02.40]Three\n[00:12.00]Four\n[00:16.00]\n";

} // namespace

// The Lyrics tab as a listener uses it, on a real player playing real mp3 files: the line sung stands out and
// moves on with the song, a click on a line goes there, and a song without lyrics says where they would be.
class TestLyricsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Playlist m_playlist;

    PlaylistEntry song(const QString& name, const QString& title)
    {
        PlaylistEntry entry;
        entry.track.path = toFilePath(m_dir.filePath(name));
        entry.track.title = title;
        entry.track.artist = QStringLiteral("Band");
        entry.track.durationMs = 20000;
        return entry;
    }

    static bool isEmphasised(QListWidget* lines, int row)
    {
        QListWidgetItem* item = lines->item(row);
        return item && item->font().bold();
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        AudioSpec spec;
        spec.seconds = 20;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("sung.mp3")), spec));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("sung.lrc")), kLrc));
        Tags plain;
        plain.lyrics = QStringLiteral("Words without times\nSecond line");
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("plain.mp3")), spec, plain));
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("instrumental.mp3")), spec));
        m_playlist.setEntries({song(QStringLiteral("sung.mp3"), QStringLiteral("Sung")),
                               song(QStringLiteral("plain.mp3"), QStringLiteral("Plain")),
                               song(QStringLiteral("instrumental.mp3"), QStringLiteral("Instrumental"))});
    }

    void followsTheSongAndSeeksOnAClick()
    {
        Player player(m_playlist);
        LyricsView view(player);
        view.resize(400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* placeholder = view.findChild<QLabel*>(QStringLiteral("lyricsPlaceholder"));
        auto* lines = view.findChild<QListWidget*>(QStringLiteral("lyricsLines"));
        QVERIFY(placeholder && lines);
        QTRY_VERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), LyricsView::tr("The words of the song playing show here."));

        player.playRow(0);
        QTRY_COMPARE(lines->count(), 5);
        QVERIFY(lines->isVisible());
        QVERIFY(!placeholder->isVisible());
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("lyricsTitle"))->text(),
                 QStringLiteral("Sung — Band"));
        // The lines come one after another as the song plays, each standing out alone.
        QTRY_VERIFY_WITH_TIMEOUT(view.currentLine() == 1, scaledMs(10000));
        QVERIFY(isEmphasised(lines, 1));
        QVERIFY(!isEmphasised(lines, 0));
        QTRY_VERIFY_WITH_TIMEOUT(view.currentLine() == 2, scaledMs(10000));
        QVERIFY(!isEmphasised(lines, 1));
        QVERIFY(player.position() < 12000);

        // A click on "Four" goes to 0:12, where it is sung.
        const QRect four = lines->visualItemRect(lines->item(3));
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, four.center());
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 12000, scaledMs(10000));
        QTRY_COMPARE(view.currentLine(), 3);
        QVERIFY(isEmphasised(lines, 3));
        QVERIFY(player.isPlaying());
    }

    // Plain lyrics show whole with no line standing out, and a click on one does not move the song.
    void showsPlainLyricsAsText()
    {
        Player player(m_playlist);
        LyricsView view(player);
        view.resize(400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* lines = view.findChild<QListWidget*>(QStringLiteral("lyricsLines"));
        player.playRow(1);
        QTRY_COMPARE(lines->count(), 2);
        QCOMPARE(lines->item(0)->text(), QStringLiteral("Words without times"));
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 500, scaledMs(10000));
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {},
                          lines->visualItemRect(lines->item(1)).center());
        QTest::qWait(300);
        QVERIFY(player.position() < 5000);
        QCOMPARE(view.currentLine(), -1);
        QVERIFY(!isEmphasised(lines, 0) && !isEmphasised(lines, 1));
    }

    // A hidden tab opens no file; shown, it reads the song playing then. The last song's lines go as soon as
    // the song changes, before its own are read.
    void aHiddenTabReadsWhenShown()
    {
        Player player(m_playlist);
        LyricsView view(player);
        view.resize(400, 500);
        auto* lines = view.findChild<QListWidget*>(QStringLiteral("lyricsLines"));
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0, scaledMs(10000));
        view.waitForRead();
        QCoreApplication::processEvents();
        QVERIFY(view.lyrics().isEmpty());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(lines->count(), 5);
        view.hide();
        player.playRow(1);
        QCOMPARE(lines->count(), 0);
        QVERIFY(view.lyrics().isEmpty());
        view.show();
        QTRY_COMPARE(lines->count(), 2);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("lyricsTitle"))->text(),
                 QStringLiteral("Plain — Band"));
    }

    // A song without lyrics says so and where they would be found; the last song's lines do not stay, even
    // when the songs change faster than the files are read.
    void saysWhenASongHasNone()
    {
        Player player(m_playlist);
        LyricsView view(player);
        view.resize(400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* placeholder = view.findChild<QLabel*>(QStringLiteral("lyricsPlaceholder"));
        auto* lines = view.findChild<QListWidget*>(QStringLiteral("lyricsLines"));
        player.playRow(0);
        player.playRow(1);
        player.playRow(2);
        QSignalSpy shown(&view, &LyricsView::lyricsShown);
        QTRY_VERIFY(!shown.isEmpty());
        view.waitForRead();
        QTest::qWait(50);
        QVERIFY(placeholder->isVisible());
        QVERIFY(!lines->isVisible());
        QVERIFY(view.lyrics().isEmpty());
        QVERIFY(placeholder->text().startsWith(QStringLiteral("No lyrics for “Instrumental”.")));
        QVERIFY(placeholder->text().contains(QStringLiteral(".lrc")));

        // A .lrc saved meanwhile is read when the tab is shown again.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("instrumental.lrc")), "[00:00.10]Added later"));
        view.hide();
        view.show();
        QTRY_COMPARE(lines->count(), 1);
        QCOMPARE(lines->item(0)->text(), QStringLiteral("Added later"));
        QFile::remove(m_dir.filePath(QStringLiteral("instrumental.lrc")));
    }
};

QTEST_MAIN(TestLyricsView)
#include "tst_lyricsview.moc"
