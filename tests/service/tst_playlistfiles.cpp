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
        std::vector<PlaylistEntry> entries;
        for (const QString& name :
             {QStringLiteral("music/Ünïcode song.mp3"), QStringLiteral("music/b c.mp3")}) {
            QVERIFY(writeMp3(dir.filePath(name)));
            PlaylistEntry entry;
            entry.track.path = toFilePath(dir.filePath(name));
            entry.track.title = QStringLiteral("Title");
            entry.track.artist = QStringLiteral("Artist");
            entry.track.durationMs = 1000;
            entries.push_back(entry);
        }
        const QString m3u = dir.filePath(QStringLiteral("mix.m3u8"));
        QCOMPARE(PlaylistFiles::save(m3u, entries, PlaylistFiles::Paths::Relative), QString());
        QFile written(m3u);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.startsWith("#EXTM3U"));
        QVERIFY(text.contains("#EXTINF:1,Artist - Title"));
        QVERIFY(text.contains("\nmusic/b c.mp3"));

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("music/b c.mp3"))));
        const PlaylistFiles::Loaded loaded = PlaylistFiles::load(m3u);
        QVERIFY(loaded.error.isEmpty());
        QCOMPARE(loaded.trackPaths, QStringList{dir.filePath(QStringLiteral("music/Ünïcode song.mp3"))});
        QCOMPARE(loaded.problems.size(), 1);
        QVERIFY(!PlaylistFiles::load(dir.filePath(QStringLiteral("none.m3u"))).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFiles)
#include "tst_playlistfiles.moc"
