#include "core/playlists/M3uParser.h"

#include <QTest>

using namespace soundalike;

Q_DECLARE_METATYPE(M3uLocation::Kind)

// The pure half of M3U reading: bytes in, items out, no file system.
class TestM3uParser : public QObject
{
    Q_OBJECT

private slots:
    void extendedPlaylist()
    {
        const M3uDocument doc = M3uParser::parse("#EXTM3U\n"
                                                 "#EXTINF:215,Alpha Band - Sunrise\n"
                                                 "a.mp3\n"
                                                 "#EXTINF:-1,Just A Title\n"
                                                 "/music/b.mp3\n");
        QVERIFY(doc.hasHeader);
        QCOMPARE(doc.items.size(), 2u);
        QCOMPARE(doc.items[0].line, 3);
        QCOMPARE(doc.items[0].durationSeconds, 215);
        QCOMPARE(doc.items[0].artist, QStringLiteral("Alpha Band"));
        QCOMPARE(doc.items[0].title, QStringLiteral("Sunrise"));
        QCOMPARE(doc.items[0].location.path(), FilePath("a.mp3"));
        QCOMPARE(doc.items[1].line, 5);
        QCOMPARE(doc.items[1].durationSeconds, -1);
        QVERIFY(doc.items[1].artist.isEmpty());
        QCOMPARE(doc.items[1].title, QStringLiteral("Just A Title"));
        QCOMPARE(doc.items[1].location.path(), FilePath("/music/b.mp3"));
    }

    void crlfBomNoHeaderBlankLinesAndComments()
    {
        const M3uDocument doc = M3uParser::parse("\xEF\xBB\xBF"
                                                 "# my mix\r\n"
                                                 "\r\n"
                                                 "   \r\n"
                                                 "#EXTALB:Some Album\r\n"
                                                 "first.mp3\r\n"
                                                 "#PLAYLIST:x\r\n"
                                                 "second.mp3");
        QVERIFY(!doc.hasHeader);
        QCOMPARE(doc.items.size(), 2u);
        QCOMPARE(doc.items[0].location.path(), FilePath("first.mp3"));
        QCOMPARE(doc.items[0].line, 5);
        QCOMPARE(doc.items[1].location.path(), FilePath("second.mp3"));
        QCOMPARE(doc.items[1].line, 7);
    }

    void bomBeforeHeader()
    {
        const M3uDocument doc = M3uParser::parse("\xEF\xBB\xBF#EXTM3U\r\nx.mp3\r\n");
        QVERIFY(doc.hasHeader);
        QCOMPARE(doc.items.size(), 1u);
        QCOMPARE(doc.items[0].location.path(), FilePath("x.mp3"));
    }

    void oldMacLineEnds()
    {
        const M3uDocument doc = M3uParser::parse("#EXTM3U\ra.mp3\rb.mp3\r");
        QCOMPARE(doc.items.size(), 2u);
        QCOMPARE(doc.items[1].line, 3);
        QCOMPARE(doc.items[1].location.path(), FilePath("b.mp3"));
    }

    void extInfVariants_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("title");
        QTest::newRow("no title") << QByteArray("#EXTINF:123") << 123 << QString() << QString();
        QTest::newRow("empty title") << QByteArray("#EXTINF:123,") << 123 << QString() << QString();
        QTest::newRow("fraction") << QByteArray("#EXTINF:12.6,T") << 13 << QString() << QStringLiteral("T");
        QTest::newRow("garbage duration")
            << QByteArray("#EXTINF:abc,A - T") << -1 << QStringLiteral("A") << QStringLiteral("T");
        QTest::newRow("comma in title")
            << QByteArray("#EXTINF:5,Crosby, Stills - Helplessly, Hoping") << 5
            << QStringLiteral("Crosby, Stills") << QStringLiteral("Helplessly, Hoping");
        QTest::newRow("attributes") << QByteArray("#EXTINF:-1 tvg-name=\"a,b\" logo=\"x\",Band - Song") << -1
                                    << QStringLiteral("Band") << QStringLiteral("Song");
        QTest::newRow("utf-8") << QByteArray("#EXTINF:1,Кино - Группа крови") << 1 << QStringLiteral("Кино")
                               << QStringLiteral("Группа крови");
        QTest::newRow("latin-1") << QByteArray("#EXTINF:1,Beyonc\xe9 - D\xe9j\xe0 Vu") << 1
                                 << QStringLiteral("Beyoncé") << QStringLiteral("Déjà Vu");
        QTest::newRow("huge duration")
            << QByteArray("#EXTINF:1e300,x") << -1 << QString() << QStringLiteral("x");
    }

    void extInfVariants()
    {
        QFETCH(QByteArray, line);
        const M3uDocument doc = M3uParser::parse(line + "\nsong.mp3\n");
        QCOMPARE(doc.items.size(), 1u);
        QTEST(doc.items[0].durationSeconds, "seconds");
        QTEST(doc.items[0].artist, "artist");
        QTEST(doc.items[0].title, "title");
    }

    void extInfAppliesToTheNextEntryOnly()
    {
        const M3uDocument doc = M3uParser::parse("#EXTINF:10,A - B\none.mp3\ntwo.mp3\n");
        QCOMPARE(doc.items[0].durationSeconds, 10);
        QCOMPARE(doc.items[1].durationSeconds, -1);
        QVERIFY(doc.items[1].title.isEmpty());
    }

    void locations_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<M3uLocation::Kind>("kind");
        QTest::addColumn<QByteArray>("path");
        using K = M3uLocation::Kind;
        QTest::newRow("relative") << QByteArray("a b/c.mp3") << K::Path << QByteArray("a b/c.mp3");
        QTest::newRow("absolute") << QByteArray("/m/c.mp3") << K::Path << QByteArray("/m/c.mp3");
        QTest::newRow("file url") << QByteArray("file:///m/a%20b/%D0%9A.mp3") << K::Path
                                  << QByteArray("/m/a b/\xD0\x9A.mp3");
        QTest::newRow("file url non-utf8")
            << QByteArray("file:///m/%E9t%E9.mp3") << K::Path << QByteArray("/m/\xe9t\xe9.mp3");
        QTest::newRow("FILE url localhost")
            << QByteArray("FILE://localhost/m/x.mp3") << K::Path << QByteArray("/m/x.mp3");
        QTest::newRow("kde file url") << QByteArray("file:/m/x.mp3") << K::Path << QByteArray("/m/x.mp3");
        QTest::newRow("windows drive") << QByteArray("C:\\Music\\x.mp3") << K::WindowsDrive << QByteArray();
        QTest::newRow("windows drive slash")
            << QByteArray("d:/Music/x.mp3") << K::WindowsDrive << QByteArray();
        QTest::newRow("windows file url")
            << QByteArray("file:///C:/Music/x.mp3") << K::WindowsDrive << QByteArray();
        QTest::newRow("unc") << QByteArray("\\\\server\\share\\x.mp3") << K::WindowsNetwork << QByteArray();
        QTest::newRow("file url other host")
            << QByteArray("file://nas/music/x.mp3") << K::WindowsNetwork << QByteArray();
        QTest::newRow("http") << QByteArray("http://radio.example/stream") << K::RemoteUrl << QByteArray();
        QTest::newRow("windows relative")
            << QByteArray("Music\\x.mp3") << K::Path << QByteArray("Music\\x.mp3");
        QTest::newRow("colon in name") << QByteArray("C:x.mp3") << K::Path << QByteArray("C:x.mp3");
    }

    void locations()
    {
        QFETCH(QByteArray, text);
        QFETCH(M3uLocation::Kind, kind);
        QFETCH(QByteArray, path);
        const M3uLocation location = M3uLocation::parse(text);
        QCOMPARE(location.kind(), kind);
        QCOMPARE(QByteArray::fromStdString(location.path()), path);
        if (kind != M3uLocation::Kind::Path)
            QVERIFY(!location.reason().isEmpty());
    }

    void candidatesTryEverySpelling()
    {
        const M3uLocation windows = M3uLocation::parse("Music\\x.mp3 ");
        const std::vector<FilePath> paths = windows.candidates("/pl", false);
        QCOMPARE(paths.size(), 3u);
        QCOMPARE(paths[0], FilePath("/pl/Music\\x.mp3 "));
        QCOMPARE(paths[1], FilePath("/pl/Music\\x.mp3"));
        QCOMPARE(paths[2], FilePath("/pl/Music/x.mp3"));

        const M3uLocation latin1 = M3uLocation::parse("/m/\xe9t\xe9.mp3");
        const std::vector<FilePath> both = latin1.candidates("/pl", true);
        QCOMPARE(both.size(), 3u);
        QCOMPARE(both[1], FilePath("/m/\xc3\xa9t\xc3\xa9.mp3")); // "été", read as Latin-1
        QCOMPARE(both[2], FilePath("/m/\xd0\xb9t\xd0\xb9.mp3")); // "йtй", read as windows-1251
    }

    // A playlist from an old Windows player is in its code page: a Russian one's titles are windows-1251,
    // told from a Western one's by its words.
    void titlesInAWindowsCodePage()
    {
        // "#EXTINF:215,Кино - Группа крови" in windows-1251.
        const M3uDocument russian = M3uParser::parse(
            "#EXTM3U\r\n#EXTINF:215,\xca\xe8\xed\xee - \xc3\xf0\xf3\xef\xef\xe0 \xea\xf0\xee\xe2\xe8\r\n"
            "D:\\\xcc\xf3\xe7\xfb\xea\xe0\\song.mp3\r\n");
        QVERIFY(!russian.isUtf8);
        QCOMPARE(russian.codePage, LegacyText::CodePage::Cyrillic);
        QCOMPARE(russian.items.size(), 1u);
        QCOMPARE(russian.items[0].artist, QStringLiteral("Кино"));
        QCOMPARE(russian.items[0].title, QStringLiteral("Группа крови"));
        QCOMPARE(LegacyText::decode("\xab\xb9 5\xbb \x98", LegacyText::CodePage::Cyrillic),
                 QStringLiteral("«№ 5» \uFFFD"));

        const M3uDocument western =
            M3uParser::parse("#EXTINF:200,Mot\xf6rhead - Ace of Spades\nMot\xf6rhead/Ace.mp3\n"
                             "#EXTINF:200,Beyonc\xe9 - Halo\nhalo.mp3\n");
        QCOMPARE(western.codePage, LegacyText::CodePage::Western);
        QCOMPARE(western.items[0].artist, QStringLiteral("Motörhead"));
        QCOMPARE(western.items[1].artist, QStringLiteral("Beyoncé"));
    }

    // Anything at all parses without a crash; every item keeps its line.
    void arbitraryBytes()
    {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += char((i * 7919 + i / 13) % 256);
        const M3uDocument doc = M3uParser::parse(bytes);
        for (const M3uItem& item : doc.items)
            QVERIFY(item.line > 0);
        QVERIFY(M3uParser::parse({}).items.empty());
        QVERIFY(M3uParser::parse("#EXTINF:").items.empty());
    }
};

QTEST_GUILESS_MAIN(TestM3uParser)
#include "tst_m3uparser.moc"
