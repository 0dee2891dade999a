#include "core/library/LibraryScanner.h"
#include "core/service/LibraryQueries.h"
#include "core/service/PlaylistFiles.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// File > Export and File > Import: the app's playlist written as M3U8 and read back.
class TestPlaylistFiles : public QObject
{
    Q_OBJECT

private slots:
    void exportThenImportGivesTheSameTracks()
    {
        QTemporaryDir dir;
        std::vector<Track> tracks;
        for (const QString& name :
             {QStringLiteral("music/Ünïcode song.mp3"), QStringLiteral("music/b c.mp3")}) {
            QVERIFY(writeMp3(dir.filePath(name)));
            Track track;
            track.path = toFilePath(dir.filePath(name));
            track.title = QStringLiteral("Title");
            track.artist = QStringLiteral("Artist");
            track.durationMs = 1000;
            tracks.push_back(track);
        }
        const QString m3u = dir.filePath(QStringLiteral("mix.m3u8"));
        PlaylistFiles::write(toFilePath(m3u), tracks, M3uPathStyle::Auto);
        QFile written(m3u);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.startsWith("#EXTM3U"));
        QVERIFY(text.contains("#EXTINF:1,Artist - Title"));
        QVERIFY(text.contains("\nmusic/b c.mp3"));

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("music/b c.mp3"))));
        PlaylistFiles files(dir.filePath(QStringLiteral("library.db")));
        const PlaylistFiles::Read read = files.read(toFilePath(m3u));
        QCOMPARE(read.paths(),
                 std::vector<FilePath>{toFilePath(dir.filePath(QStringLiteral("music/Ünïcode song.mp3")))});
        QCOMPARE(read.problems().size(), 1);
        QVERIFY(!read.entries.front().track); // not in the library
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 (void)files.read(toFilePath(dir.filePath(QStringLiteral("none.m3u")))));
    }

    // A song the library saw move since the playlist was written is found by its #EXTINF artist, title and
    // length, in its place in the list; a name alone, another length or another artist are not enough.
    void aMovedSongIsFoundByWhatExtinfSays()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("music"));
        AudioSpec spec;
        spec.seconds = 3;
        for (const QString& title : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
            QVERIFY(writeMp3(music + QLatin1Char('/') + title + QStringLiteral(".mp3"), spec,
                             songTags(title, QStringLiteral("Band"))));
        const QString db = dir.filePath(QStringLiteral("library.db"));
        (void)LibraryScanner(db).scan({music});
        std::vector<Track> tracks = LibraryQueries(db).tracks({});
        std::sort(tracks.begin(), tracks.end(),
                  [](const Track& a, const Track& b) { return a.title.size() < b.title.size(); });
        QCOMPARE(tracks.size(), std::size_t(3)); // One, Two, Three
        const QString m3u = dir.filePath(QStringLiteral("mix.m3u8"));
        PlaylistFiles::write(toFilePath(m3u), tracks, M3uPathStyle::Absolute);

        QVERIFY(QDir(music).mkdir(QStringLiteral("moved")));
        QVERIFY(QFile::rename(music + QStringLiteral("/Two.mp3"), music + QStringLiteral("/moved/2.mp3")));
        (void)LibraryScanner(db).scan({music});
        QFile more(m3u);
        QVERIFY(more.open(QIODevice::Append));
        more.write("#EXTINF:60,Band - One\n/gone/one-longer.mp3\n"
                   "#EXTINF:3,Someone else - One\n/gone/one-other.mp3\n"
                   "#EXTINF:3,One\n/gone/one-no-artist.mp3\n");
        more.close();

        const PlaylistFiles::Read read = PlaylistFiles(db).read(toFilePath(m3u));
        QStringList found;
        for (const PlaylistFiles::Entry& e : read.entries)
            found << (e.track ? e.track->title : QStringLiteral("?"));
        QCOMPARE(found, (QStringList{"One", "Two", "Three"}));
        QCOMPARE(read.entries[1].track->path, toFilePath(music + QStringLiteral("/moved/2.mp3")));
        QCOMPARE(read.problems().size(), 3);
        for (const QString& problem : read.problems())
            QVERIFY2(problem.contains(QLatin1String("/gone/")), qPrintable(problem));
        // The one the library knows by name says its length kept it out, not its path.
        QVERIFY2(read.problems().front().contains(QStringLiteral(
                     "the library's “One” is 0:03 long, the playlist's 1:00: another recording")),
                 qPrintable(read.problems().front()));
        QVERIFY2(read.problems()[1].contains(QLatin1String("no such file")), qPrintable(read.problems()[1]));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFiles)
#include "tst_playlistfiles.moc"
