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

// The tab on a player of its own, with the widgets a test looks at.
struct LyricsTab
{
    explicit LyricsTab(Playlist& playlist) : player(playlist), view(player)
    {
        view.resize(400, 500);
        lines = view.findChild<QListWidget*>(QStringLiteral("lyricsLines"));
        placeholder = view.findChild<QLabel*>(QStringLiteral("lyricsPlaceholder"));
    }

    bool show()
    {
        view.show();
        return QTest::qWaitForWindowExposed(&view) && lines && placeholder;
    }

    Player player;
    LyricsView view;
    QListWidget* lines = nullptr;
    QLabel* placeholder = nullptr;
};

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
        LyricsTab tab(m_playlist);
        QVERIFY(tab.show());
        QTRY_VERIFY(tab.placeholder->isVisible());
        QCOMPARE(tab.placeholder->text(), LyricsView::tr("The words of the song playing show here."));

        tab.player.playRow(0);
        QTRY_COMPARE(tab.lines->count(), 5);
        QVERIFY(tab.lines->isVisible());
        QVERIFY(!tab.placeholder->isVisible());
        QCOMPARE(tab.view.findChild<QLabel*>(QStringLiteral("lyricsTitle"))->text(),
                 QStringLiteral("Sung — Band"));
        // The lines come one after another as the song plays, each standing out alone.
        QTRY_VERIFY_WITH_TIMEOUT(tab.view.currentLine() == 1, scaledMs(10000));
        QVERIFY(isEmphasised(tab.lines, 1));
        QVERIFY(!isEmphasised(tab.lines, 0));
        QTRY_VERIFY_WITH_TIMEOUT(tab.view.currentLine() == 2, scaledMs(10000));
        QVERIFY(!isEmphasised(tab.lines, 1));
        QVERIFY(tab.player.position() < 12000);

        // A click on "Four" goes to 0:12, where it is sung.
        const QRect four = tab.lines->visualItemRect(tab.lines->item(3));
        QTest::mouseClick(tab.lines->viewport(), Qt::LeftButton, {}, four.center());
        QTRY_VERIFY_WITH_TIMEOUT(tab.player.position() >= 12000, scaledMs(10000));
        QTRY_COMPARE(tab.view.currentLine(), 3);
        QVERIFY(isEmphasised(tab.lines, 3));
        QVERIFY(tab.player.isPlaying());
    }

    // Plain lyrics show whole with no line standing out, and a click on one does not move the song.
    void showsPlainLyricsAsText()
    {
        LyricsTab tab(m_playlist);
        QVERIFY(tab.show());
        tab.player.playRow(1);
        QTRY_COMPARE(tab.lines->count(), 2);
        QCOMPARE(tab.lines->item(0)->text(), QStringLiteral("Words without times"));
        QTRY_VERIFY_WITH_TIMEOUT(tab.player.position() > 500, scaledMs(10000));
        QTest::mouseClick(tab.lines->viewport(), Qt::LeftButton, {},
                          tab.lines->visualItemRect(tab.lines->item(1)).center());
        QTest::qWait(300);
        QVERIFY(tab.player.position() < 5000);
        QCOMPARE(tab.view.currentLine(), -1);
        QVERIFY(!isEmphasised(tab.lines, 0) && !isEmphasised(tab.lines, 1));
    }

    // A hidden tab opens no file; shown, it reads the song playing then. The last song's lines go as soon
    // as the song changes, before its own are read.
    void aHiddenTabReadsWhenShown()
    {
        LyricsTab tab(m_playlist);
        tab.player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(tab.player.position() > 0, scaledMs(10000));
        tab.view.waitForRead();
        QCoreApplication::processEvents();
        QVERIFY(tab.view.lyrics().isEmpty());
        tab.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab.view));
        QTRY_COMPARE(tab.lines->count(), 5);
        tab.view.hide();
        tab.player.playRow(1);
        QCOMPARE(tab.lines->count(), 0);
        QVERIFY(tab.view.lyrics().isEmpty());
        tab.view.show();
        QTRY_COMPARE(tab.lines->count(), 2);
        QCOMPARE(tab.view.findChild<QLabel*>(QStringLiteral("lyricsTitle"))->text(),
                 QStringLiteral("Plain — Band"));
    }

    // A song without lyrics says so and where they would be found; the last song's lines do not stay,
    // even when the songs change faster than the files are read.
    void saysWhenASongHasNone()
    {
        LyricsTab tab(m_playlist);
        QVERIFY(tab.show());
        tab.player.playRow(0);
        tab.player.playRow(1);
        tab.player.playRow(2);
        QSignalSpy shown(&tab.view, &LyricsView::lyricsShown);
        QTRY_VERIFY(!shown.isEmpty());
        tab.view.waitForRead();
        QTest::qWait(50);
        QVERIFY(tab.placeholder->isVisible());
        QVERIFY(!tab.lines->isVisible());
        QVERIFY(tab.view.lyrics().isEmpty());
        QVERIFY(tab.placeholder->text().startsWith(QStringLiteral("No lyrics for “Instrumental”.")));
        QVERIFY(tab.placeholder->text().contains(QStringLiteral(".lrc")));

        // A .lrc saved meanwhile is read when the tab is shown again.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("instrumental.lrc")), "[00:00.10]Added later"));
        tab.view.hide();
        tab.view.show();
        QTRY_COMPARE(tab.lines->count(), 1);
        QCOMPARE(tab.lines->item(0)->text(), QStringLiteral("Added later"));
        QFile::remove(m_dir.filePath(QStringLiteral("instrumental.lrc")));
    }
};

QTEST_MAIN(TestLyricsView)
#include "tst_lyricsview.moc"
