#include "core/service/PlaylistFiles.h"
#include "tests/support/Mp3Fixture.h"

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
};

QTEST_GUILESS_MAIN(TestPlaylistFiles)
#include "tst_playlistfiles.moc"
