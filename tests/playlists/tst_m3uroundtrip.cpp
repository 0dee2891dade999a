#include "core/common/DurationText.h"
#include "core/common/RawFile.h"
#include "core/common/RawPath.h"
#include "core/playlists/M3uParser.h"
#include "core/playlists/M3uReader.h"
#include "core/playlists/M3uWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace soundalike;

// Writing real playlists beside real files and reading them back, including files other players wrote.
class TestM3uRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FilePath m_root;
    FilePath m_music;
    std::vector<PlaylistFileEntry> m_entries;
    std::vector<FilePath> m_rawNames; // QTemporaryDir cannot remove names that are not UTF-8

    FilePath music(const FilePath& name) const { return m_music + "/" + name; }

    void touch(const FilePath& path)
    {
        QDir().mkpath(displayPath(RawPath::parentFolder(path)));
        RawFile::writeAtomically(path, "not really audio; the playlist code only needs the file to exist");
    }

    PlaylistFileEntry add(const FilePath& name, int seconds, const QString& artist, const QString& title)
    {
        const PlaylistFileEntry entry{music(name), seconds, artist, title, 0};
        touch(entry.path);
        return entry;
    }

    static QList<QByteArray> lines(const FilePath& playlist)
    {
        return RawFile::read(playlist, 1 << 20).split('\n');
    }

    void verifySameTracks(const M3uReadResult& read, const std::vector<PlaylistFileEntry>& expected)
    {
        QVERIFY2(read.missing.empty(), read.missing.empty() ? "" : qPrintable(read.missing.front().reason));
        QCOMPARE(read.entries.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(read.entries[i].path, expected[i].path);
            QCOMPARE(read.entries[i].durationSeconds, expected[i].durationSeconds);
            QCOMPARE(read.entries[i].artist, expected[i].artist);
            QCOMPARE(read.entries[i].title, expected[i].title);
            QCOMPARE(read.entries[i].line, int(i) * 2 + 3);
        }
    }

private slots:
    // A song of 3:20.6 is 3:21 in the window, on the command line and in #EXTINF (201); while it plays, its
    // position reaches 3:21 only at its end.
    void lengthsReadAlikeEverywhere()
    {
        TrackInfo track;
        track.path = "/music/a.mp3";
        track.durationMs = 200600;
        QCOMPARE(PlaylistFileEntry::fromTrack(track).durationSeconds, 201);
        QCOMPARE(durationText(200600), QStringLiteral("3:21"));
        QCOMPARE(positionText(200600), QStringLiteral("3:20"));
        QCOMPARE(durationText(3725400), QStringLiteral("1:02:05"));
        QCOMPARE(durationText(-5), QStringLiteral("0:00"));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = toFilePath(m_dir.path());
        m_music = m_root + "/My Music";
        m_entries = {
            add("a.mp3", 215, QStringLiteral("Alpha Band"), QStringLiteral("Sunrise")),
            add("sub dir/b c.mp3", 61, QStringLiteral("Beta"), QStringLiteral("Two  words")),
            add("Кино/Группа крови.mp3", 283, QStringLiteral("Кино"), QStringLiteral("Группа крови")),
            add("latin1-\xe9t\xe9-\xff.mp3", -1, QStringLiteral("Raw"), QStringLiteral("Bytes")),
            add("#hash.mp3", 1, QString(), QStringLiteral("Looks like a comment")),
            add(" leading blank.mp3", 2, QStringLiteral("Blank"), QStringLiteral("Lead")),
            add("C:\\not-windows.mp3", 3, QStringLiteral("Back"), QStringLiteral("Slash")),
            // Found by fuzz_m3u: readers trim a leading form feed or vertical tab as well as a blank.
            add("\f#form feed.mp3", 4, QStringLiteral("Form"), QStringLiteral("Feed")),
        };
        m_rawNames.push_back(m_entries[3].path);
    }

    void cleanupTestCase()
    {
        for (const FilePath& path : m_rawNames)
            ::unlink(path.c_str());
    }

    void relativeInsideTheMusicFolder()
    {
        const FilePath playlist = music("mix.m3u8");
        M3uWriter().write(playlist, m_entries);
        const QList<QByteArray> text = lines(playlist);
        QCOMPARE(text[0], QByteArray("#EXTM3U"));
        QCOMPARE(text[1], QByteArray("#EXTINF:215,Alpha Band - Sunrise"));
        QCOMPARE(text[2], QByteArray("a.mp3"));
        QCOMPARE(text[4], QByteArray("sub dir/b c.mp3"));
        QCOMPARE(text[5], QByteArray("#EXTINF:283,Кино - Группа крови"));
        QCOMPARE(text[6], QByteArray("Кино/Группа крови.mp3"));
        QCOMPARE(text[8], QByteArray("latin1-\xe9t\xe9-\xff.mp3"));
        QCOMPARE(text[10], QByteArray("./#hash.mp3"));
        QCOMPARE(text[12], QByteArray("./ leading blank.mp3"));
        QCOMPARE(text[14], QByteArray("./C:\\not-windows.mp3"));
        QCOMPARE(text[16], QByteArray("./\f#form feed.mp3"));
        verifySameTracks(M3uReader::read(playlist), m_entries);
    }

    void forcedAbsolute()
    {
        const FilePath playlist = music("abs.m3u");
        M3uWriter(M3uPathStyle::Absolute).write(playlist, m_entries);
        const QList<QByteArray> text = lines(playlist);
        QCOMPARE(text[2], QByteArray::fromStdString(music("a.mp3")));
        QCOMPARE(text[8], QByteArray::fromStdString(m_entries[3].path));
        verifySameTracks(M3uReader::read(playlist), m_entries);
    }

    void playlistOutsideTheMusicFolderIsAbsoluteByDefault()
    {
        const FilePath playlist = m_root + "/playlists/road trip.m3u8";
        QVERIFY(QDir().mkpath(displayPath(RawPath::parentFolder(playlist))));
        M3uWriter().write(playlist, m_entries);
        QCOMPARE(lines(playlist)[2], QByteArray::fromStdString(music("a.mp3")));
        verifySameTracks(M3uReader::read(playlist), m_entries);
    }

    void forcedRelativeClimbsOut()
    {
        const FilePath playlist = m_root + "/playlists/deep/rel.m3u8";
        QVERIFY(QDir().mkpath(displayPath(RawPath::parentFolder(playlist))));
        M3uWriter(M3uPathStyle::Relative).write(playlist, m_entries);
        const QList<QByteArray> text = lines(playlist);
        QCOMPARE(text[2], QByteArray("../../My Music/a.mp3"));
        QCOMPARE(text[10], QByteArray("../../My Music/#hash.mp3"));
        verifySameTracks(M3uReader::read(playlist), m_entries);

        // The same playlist read through a relative path from another current folder.
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(displayPath(m_root + "/playlists")));
        verifySameTracks(M3uReader::read("deep/rel.m3u8"), m_entries);
        QVERIFY(QDir::setCurrent(previous));
    }

    void relativeTrackPathsAreTakenAgainstTheCurrentFolder()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(displayPath(m_music)));
        const std::vector<PlaylistFileEntry> relative{{"sub dir/../a.mp3", 5, {}, QStringLiteral("A"), 0}};
        const QByteArray bytes = M3uWriter(M3uPathStyle::Absolute).render("x.m3u", relative);
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(bytes, "#EXTM3U\n#EXTINF:5,A\n" + QByteArray::fromStdString(music("a.mp3")) + "\n");
    }

    void titlesAreOneLineAndNamesWithLineBreaksAreFileUrls()
    {
        const FilePath broken = music("broken\r\nname 100%\xff.mp3");
        const std::vector<PlaylistFileEntry> entries{
            {music("a.mp3"), 1, QStringLiteral("Multi\nLine"), QStringLiteral("Tab\there"), 0},
            {broken, 1, {}, {}, 0},
            {music("sub dir/b c.mp3"), -7, {}, {}, 0},
        };
        const QByteArray bytes = M3uWriter().render(music("x.m3u8"), entries);
        const QList<QByteArray> text = bytes.split('\n');
        QCOMPARE(text.size(), 8);
        QCOMPARE(text[1], "#EXTINF:1,Multi Line - Tab here");
        QCOMPARE(text[2], "a.mp3");
        QCOMPARE(text[4], "file://" + QByteArray::fromStdString(m_root) +
                              "/My%20Music/broken%0D%0Aname%20100%25%FF.mp3");
        QCOMPARE(text[5], "#EXTINF:-1,b c");
        QCOMPARE(text[6], "sub dir/b c.mp3");
        const M3uDocument read = M3uParser::parse(bytes);
        QCOMPARE(read.items.size(), 3u);
        QCOMPARE(read.items[1].location.candidates(m_music, false).front(), broken);
    }

    // Found by fuzz_m3u: as a URL, a folder named "C:" looked like a Windows drive when read back.
    void aFileUrlForAFolderNamedLikeADriveIsNotWindows()
    {
        const FilePath path = "/C:/line\nbreak.mp3";
        const QByteArray bytes =
            M3uWriter(M3uPathStyle::Absolute).render(music("x.m3u"), {{path, 1, {}, {}, 0}});
        QCOMPARE(bytes.split('\n').at(2), "file:///C%3A/line%0Abreak.mp3");
        const M3uDocument read = M3uParser::parse(bytes);
        QCOMPARE(read.items.size(), 1u);
        QCOMPARE(read.items[0].location.kind(), M3uLocation::Kind::Path);
        QCOMPARE(read.items[0].location.candidates(m_music, false).front(), path);
        QCOMPARE(M3uParser::parse("file:///C:/Music/x.mp3\n").items[0].location.kind(),
                 M3uLocation::Kind::WindowsDrive);
    }

    void writesAtomicallyAndKeepsPermissions()
    {
        const FilePath playlist = music("perm.m3u");
        M3uWriter().write(playlist, m_entries);
        QCOMPARE(::chmod(playlist.c_str(), 0640), 0);
        M3uWriter().write(playlist, {m_entries[0]});
        struct stat st = {};
        QCOMPARE(::stat(playlist.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        QCOMPARE(M3uReader::read(playlist).entries.size(), 1u);
        const QStringList leftovers =
            QDir(displayPath(m_music)).entryList({QStringLiteral("perm.m3u.tmp-*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(' ')));

        try {
            M3uWriter().write(m_root + "/no such folder/x.m3u", m_entries);
            QFAIL("writing into a missing folder must throw");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QByteArray(e.what()).contains("no such folder/x.m3u"), e.what());
        }
    }

    void foreignPlaylistsResolve()
    {
        const QByteArray url = "file://" + QByteArray::fromStdString(m_music).toPercentEncoding("/") +
                               "/%D0%9A%D0%B8%D0%BD%D0%BE/" +
                               QByteArray("Группа крови.mp3").toPercentEncoding();
        const QByteArray windows = "\xEF\xBB\xBF"
                                   "# written by a Windows player\r\n"
                                   "\r\n"
                                   "#EXTINF:61\r\n"
                                   "sub dir\\b c.mp3\r\n"
                                   "C:\\Music\\elsewhere.mp3\r\n"
                                   "#EXTINF:283,Кино - Группа крови\r\n" +
                                   url + "\r\n" + "file:///C:/Music/y.mp3\r\n" +
                                   "http://radio.example/stream\r\n"
                                   "   a.mp3   \r\n"
                                   "missing.mp3\r\n"
                                   "sub dir\r\n";
        const FilePath playlist = music("foreign.m3u");
        RawFile::writeAtomically(playlist, windows);
        const M3uReadResult read = M3uReader::read(playlist);
        QCOMPARE(read.entries.size(), 3u);
        QCOMPARE(read.entries[0].path, music("sub dir/b c.mp3"));
        QCOMPARE(read.entries[0].durationSeconds, 61);
        QVERIFY(read.entries[0].title.isEmpty());
        QCOMPARE(read.entries[0].line, 4);
        QCOMPARE(read.entries[1].path, music("Кино/Группа крови.mp3"));
        QCOMPARE(read.entries[1].artist, QStringLiteral("Кино"));
        QCOMPARE(read.entries[2].path, music("a.mp3"));
        QCOMPARE(read.entries[2].line, 10);

        QCOMPARE(read.missing.size(), 5u);
        const std::vector<std::pair<int, const char*>> expected{
            {5, "Windows drive"}, {8, "Windows drive"}, {9, "URL"}, {11, "no such file"}, {12, "not a file"}};
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(read.missing[i].line, expected[i].first);
            QVERIFY2(read.missing[i].reason.contains(QLatin1String(expected[i].second)),
                     qPrintable(read.missing[i].reason));
        }
        QCOMPARE(read.missing[0].location, QStringLiteral("C:\\Music\\elsewhere.mp3"));
    }

    void latin1PlaylistFindsUtf8Names()
    {
        touch(music("Beyoncé.mp3"));
        const FilePath playlist = music("old.m3u");
        RawFile::writeAtomically(playlist, "#EXTM3U\n#EXTINF:5,Beyonc\xe9 - Halo\nBeyonc\xe9.mp3\n");
        const M3uReadResult read = M3uReader::read(playlist);
        QCOMPARE(read.entries.size(), 1u);
        QCOMPARE(read.entries[0].path, music("Beyoncé.mp3"));
        QCOMPARE(read.entries[0].artist, QStringLiteral("Beyoncé"));
    }

    void aRussianWindowsPlaylistFindsUtf8Names()
    {
        touch(music("Кино - Группа крови.mp3"));
        const FilePath playlist = music("winamp.m3u");
        // "Кино - Группа крови" in windows-1251, on the #EXTINF line and in the file name.
        const QByteArray name = "\xca\xe8\xed\xee - \xc3\xf0\xf3\xef\xef\xe0 \xea\xf0\xee\xe2\xe8";
        RawFile::writeAtomically(playlist, "#EXTM3U\r\n#EXTINF:215," + name + "\r\n" + name + ".mp3\r\n");
        const M3uReadResult read = M3uReader::read(playlist);
        QCOMPARE(read.entries.size(), 1u);
        QCOMPARE(read.entries[0].path, music("Кино - Группа крови.mp3"));
        QCOMPARE(read.entries[0].title, QStringLiteral("Группа крови"));
        // One that is not there is named as the list's own player showed it.
        RawFile::writeAtomically(playlist, "#EXTM3U\r\n" + name + " (live).mp3\r\n");
        const M3uReadResult gone = M3uReader::read(playlist);
        QCOMPARE(gone.missing.size(), 1u);
        QCOMPARE(gone.missing[0].location, QStringLiteral("Кино - Группа крови (live).mp3"));
    }

    void unreadablePlaylistsThrow()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, M3uReader::read(m_root + "/nope.m3u"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, M3uReader::read(m_music));
    }

    // An mp3 renamed .m3u is refused as a whole, not read as thousands of junk lines of missing files.
    void binaryFilesAreNotPlaylists()
    {
        const FilePath fake = music("song.m3u");
        RawFile::writeAtomically(fake, QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00\nLAME3.100\n", 21) +
                                           QByteArray(4000, '\xff'));
        try {
            (void)M3uReader::read(fake);
            QFAIL("a binary file was read as a playlist");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("is not a playlist")), e.what());
        }
        const FilePath wide = music("wide.m3u");
        RawFile::writeAtomically(wide, QByteArray("\xFF\xFE#\0E\0X\0T\0", 10));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, M3uReader::read(wide));
        try {
            (void)M3uReader::read(wide);
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("UTF-16")), e.what());
        }
        const FilePath empty = music("empty.m3u");
        RawFile::writeAtomically(empty, QByteArray());
        const M3uReadResult read = M3uReader::read(empty);
        QVERIFY(read.entries.empty());
        QVERIFY(read.missing.empty());
    }
};

QTEST_GUILESS_MAIN(TestM3uRoundTrip)
#include "tst_m3uroundtrip.moc"
