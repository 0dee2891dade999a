#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "tests/support/AudioFixture.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/support/PlaylistEntries.h"
#include "ui/MainWindow.h"
#include "ui/SeedList.h"
#include "ui/SeedModel.h"
#include "ui/desktop/LaunchActions.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

#include <memory>

using namespace soundalike;
using namespace soundalike::test;

// "Open with Soundalike" and `soundalike FILE...` carried out in a real window over a real library: mp3s
// play and become seeds, folders add their mp3s, an M3U becomes the playlist, files outside the library are
// played too, and what cannot be opened is one status-bar message.
class TestOpenWith : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scannedDb;
    int m_case = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LaunchActions> m_actions;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    QStringList playlistTitles() const { return titlesOf(m_window->playlist().entries()); }

    QStringList seedTitles() const
    {
        QStringList titles;
        for (const Track& track : m_window->seedList()->model().seeds())
            titles << track.title;
        return titles;
    }

    QString message() const { return m_window->statusBar()->toolTip(); }

    void open(const QStringList& arguments)
    {
        m_actions->carryOut(LaunchRequest::open(arguments, path(QStringLiteral("Elsewhere"))));
    }

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        AudioSpec spec;
        spec.seconds = 3;
        const auto song = [&](const QString& file, const QString& title) {
            spec.frequency += 40;
            return writeMp3(path(file), spec, songTags(title, QStringLiteral("Artist")));
        };
        QVERIFY(song(QStringLiteral("Music/in library.mp3"), QStringLiteral("In Library")));
        QVERIFY(song(QStringLiteral("Music/second.mp3"), QStringLiteral("Second In Library")));
        QVERIFY(song(QStringLiteral("Elsewhere/outside \"100%\".mp3"), QStringLiteral("Outside")));
        QVERIFY(song(QStringLiteral("Elsewhere/Album/01.mp3"), QStringLiteral("Album One")));
        QVERIFY(song(QStringLiteral("Elsewhere/Album/02.mp3"), QStringLiteral("Album Two")));
        spec.frequency += 40;
        QVERIFY(writeAudio(path(QStringLiteral("Elsewhere/Formats/ripped.flac")), Encoding::Flac, spec,
                           songTags(QStringLiteral("Ripped"), QStringLiteral("Artist"))));
        spec.frequency += 40;
        // Opus in an .ogg file, as some players save it.
        QVERIFY(writeAudio(path(QStringLiteral("Elsewhere/Formats/game.ogg")), Encoding::Opus, spec,
                           songTags(QStringLiteral("Game"), QStringLiteral("Artist"))));
        QVERIFY(writeFile(path(QStringLiteral("Elsewhere/notes.txt")), "not music"));
        QVERIFY(writeFile(path(QStringLiteral("Elsewhere/list.m3u8")),
                          "#EXTM3U\n../Music/second.mp3\noutside \"100%\".mp3\ngone.mp3\n"));
        QVERIFY(writeFile(path(QStringLiteral("Elsewhere/other.m3u")), "Album/01.mp3\n"));
        m_scannedDb = path(QStringLiteral("scanned.db"));
        LibraryScanner(m_scannedDb).scan({path(QStringLiteral("Music"))});
    }

    void init()
    {
        const QString folder = path(QStringLiteral("case%1").arg(++m_case));
        QDir().mkpath(folder);
        QVERIFY(QFile::copy(m_scannedDb, folder + QStringLiteral("/library.db")));
        {
            // No rescan, hence no background analysis, to wait for.
            Settings settings(folder + QStringLiteral("/settings.conf"));
            settings.setRescanOnStart(false);
            settings.sync();
        }
        m_window = std::make_unique<MainWindow>(folder + QStringLiteral("/library.db"),
                                                folder + QStringLiteral("/settings.conf"));
        m_actions = std::make_unique<LaunchActions>(*m_window);
        m_window->show();
    }

    void cleanup()
    {
        m_actions.reset();
        m_window.reset();
    }

    void mp3sPlayAndBecomeSeeds()
    {
        // At once, before the library has opened: the request waits for it (and for the restored session,
        // which would otherwise replace what it opens).
        QVERIFY(!m_window->library().isOpen());
        open({QStringLiteral("../Music/in library.mp3"), QStringLiteral("outside \"100%\".mp3"),
              QStringLiteral("gone.mp3"), QStringLiteral("notes.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"In Library", "Outside"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QCOMPARE(m_window->player().source(),
                 QUrl::fromLocalFile(path(QStringLiteral("Music/in library.mp3"))));
        // Seeds count once analysed, as dropped ones do, so a playlist grows from their sound.
        QTRY_COMPARE_WITH_TIMEOUT(seedTitles(), (QStringList{"In Library", "Outside"}), 20000);
        {
            Database check(m_window->library().databasePath());
            for (const Track& seed : m_window->seedList()->model().seeds())
                QVERIFY2(DescriptorStore(check).get(seed.id, 1), qPrintable(seed.title));
        }
        // Both problems in one message.
        QVERIFY2(message().contains(QLatin1String("gone.mp3")) &&
                     message().contains(QLatin1String("notes.txt")),
                 qPrintable(message()));
        // The file from outside the library joined it, folderless, as a dropped file does.
        QTRY_VERIFY(m_window->library().catalog()->size() == 3);
        QCOMPARE(m_window->library().folders(), QStringList{path(QStringLiteral("Music"))});
    }

    // A name that is not UTF-8 ("Café ÿþ.mp3" written in Latin-1, as old Windows disks hold them) is opened,
    // joins the library under its own bytes, and plays.
    void aFileNamedInLatin1PlaysAndBecomesASeed()
    {
        const FilePath latin1 = toFilePath(path(QStringLiteral("Elsewhere"))) + "/Caf\xe9 \xff\xfe.mp3";
        QVERIFY(
            QFile::copy(path(QStringLiteral("Elsewhere/Album/01.mp3")), path(QStringLiteral("latin1.tmp"))));
        QVERIFY(::rename(toFilePath(path(QStringLiteral("latin1.tmp"))).c_str(), latin1.c_str()) == 0);
        LaunchRequest request;
        request.paths = {latin1};
        m_actions->carryOut(request);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->playlist().size(), 1, 10000);
        QCOMPARE(m_window->playlist().at(0).track.path, latin1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().position() > 300, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->seedList()->seedIds().size(), std::size_t(1), 20000);
        QCOMPARE(m_window->seedList()->model().seeds().front().path, latin1);
        ::unlink(latin1.c_str());
    }

    // File ▸ Open Files… offers every supported format and does what Open with does: FLAC and Opus-in-Ogg
    // files play and become seeds.
    void otherFormatsOpenFromTheFileMenu()
    {
        QTRY_VERIFY(m_window->library().isOpen());
        QStringList filters;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            filters = dialog->nameFilters();
            dialog->setDirectory(path(QStringLiteral("Elsewhere/Formats")));
            dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))
                ->setText(QStringLiteral("\"ripped.flac\" \"game.ogg\""));
            QTimer::singleShot(300, dialog,
                               [dialog] { static_cast<QDialog*>(dialog)->done(QDialog::Accepted); });
        });
        answer.start(50);
        QAction* openFiles = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Open Files…"))
                openFiles = action;
        }
        QVERIFY(openFiles);
        QCOMPARE(openFiles->shortcut(), QKeySequence(QKeySequence::Open));
        openFiles->trigger();
        for (const char* pattern :
             {"*.mp3", "*.flac", "*.ogg", "*.opus", "*.m4a", "*.wav", "*.aiff", "*.m3u"})
            QVERIFY2(filters.value(0).contains(QLatin1String(pattern)), qPrintable(filters.value(0)));
        QCOMPARE(filters.value(3), QStringLiteral("All files (*)"));
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"Ripped", "Game"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(seedTitles(), (QStringList{"Ripped", "Game"}), 20000);
    }

    void foldersAddTheirMp3sButNotAsSeeds()
    {
        open({QStringLiteral("Album")});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"Album One", "Album Two"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QVERIFY(seedTitles().isEmpty());
    }

    void anM3uBecomesThePlaylist()
    {
        open({QStringLiteral("file://") + path(QStringLiteral("Elsewhere/list.m3u8"))});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"Second In Library", "Outside"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QCOMPARE(m_window->playlist().current(), 0);
        QVERIFY(seedTitles().isEmpty());
        QVERIFY2(message().contains(QLatin1String("gone.mp3")), qPrintable(message()));
    }

    void oneM3uAtATime()
    {
        open({QStringLiteral("list.m3u8"), QStringLiteral("other.m3u")});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"Second In Library", "Outside"}), 10000);
        open({QStringLiteral("Album/02.mp3"), QStringLiteral("other.m3u")});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), QStringList{"Album Two"}, 10000);
        QVERIFY2(message().contains(QLatin1String("other.m3u")), qPrintable(message()));
    }

    void remoteUrlsAreRefusedWithAMessage()
    {
        QTRY_VERIFY(m_window->library().isOpen());
        open({QStringLiteral("https://example.org/song.mp3")});
        QVERIFY2(message().contains(QLatin1String("https://example.org/song.mp3")), qPrintable(message()));
        QVERIFY(m_window->playlist().isEmpty());
    }

    void commandsDriveThePlayer()
    {
        open({QStringLiteral("Album")});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 10000);
        LaunchRequest command;
        command.command = LaunchRequest::Command::PlayPause;
        m_actions->carryOut(command);
        QTRY_VERIFY(m_window->player().playbackState() == QMediaPlayer::PausedState);
        command.command = LaunchRequest::Command::Next;
        m_actions->carryOut(command);
        QTRY_COMPARE(m_window->playlist().current(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        command.command = LaunchRequest::Command::Previous;
        m_actions->carryOut(command);
        QTRY_COMPARE(m_window->playlist().current(), 0);
    }
};

QTEST_MAIN(TestOpenWith)
#include "tst_openwith.moc"
