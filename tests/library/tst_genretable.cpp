#include "core/library/GenreTable.h"

#include <QTest>

#include <taglib/id3v1genres.h>

using namespace soundalike;

class TestGenreTable : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("genre");
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("kind");
        const int style = int(GenreInfo::Kind::Style), use = int(GenreInfo::Kind::Use),
                  junk = int(GenreInfo::Kind::Junk);
        QTest::newRow("family itself") << "Metal"
                                       << "Metal"
                                       << "Metal" << style;
        QTest::newRow("case and blanks") << "  heavy METAL "
                                         << "Heavy Metal"
                                         << "Metal" << style;
        QTest::newRow("sub-genre") << "Thrash Metal"
                                   << "Thrash Metal"
                                   << "Metal" << style;
        QTest::newRow("trailing words") << "Melodic Swedish Death Metal"
                                        << "Death Metal"
                                        << "Metal" << style;
        QTest::newRow("hyphen") << "Hip-Hop"
                                << "Hip Hop"
                                << "Hip Hop" << style;
        QTest::newRow("joined") << "HipHop"
                                << "Hip Hop"
                                << "Hip Hop" << style;
        QTest::newRow("synonym") << "Rap"
                                 << "Hip Hop"
                                 << "Hip Hop" << style;
        QTest::newRow("and forms") << "Drum'n'Bass"
                                   << "Drum and Bass"
                                   << "Electronic" << style;
        QTest::newRow("ampersand") << "drum & bass"
                                   << "Drum and Bass"
                                   << "Electronic" << style;
        QTest::newRow("abbreviation") << "dnb"
                                      << "Drum and Bass"
                                      << "Electronic" << style;
        QTest::newRow("EDM") << "EDM"
                             << "Electronic"
                             << "Electronic" << style;
        QTest::newRow("techno") << "Techno"
                                << "Techno"
                                << "Electronic" << style;
        QTest::newRow("swing") << "Swing"
                               << "Swing"
                               << "Jazz" << style;
        QTest::newRow("accents") << "Clássica"
                                 << "Classical"
                                 << "Classical" << style;
        QTest::newRow("french") << "Classique"
                                << "Classical"
                                << "Classical" << style;
        QTest::newRow("id3v1 code") << "17"
                                    << "Rock"
                                    << "Rock" << style;
        QTest::newRow("id3v1 code in brackets") << "(9)"
                                                << "Metal"
                                                << "Metal" << style;
        QTest::newRow("id3v2.3 refinement") << "(138)Black Metal"
                                            << "Black Metal"
                                            << "Metal" << style;
        QTest::newRow("name starting with digits") << "2 Tone"
                                                   << "Ska"
                                                   << "Reggae" << style;
        QTest::newRow("id3v1 other") << "(12)"
                                     << ""
                                     << "" << junk;
        QTest::newRow("id3v1 none") << "255"
                                    << ""
                                    << "" << junk;
        QTest::newRow("other") << "Other"
                               << ""
                               << "" << junk;
        QTest::newRow("unknown") << "unknown"
                                 << ""
                                 << "" << junk;
        QTest::newRow("misc") << "Misc."
                              << ""
                              << "" << junk;
        QTest::newRow("genre") << "Genre"
                               << ""
                               << "" << junk;
        QTest::newRow("empty") << ""
                               << ""
                               << "" << junk;
        QTest::newRow("punctuation") << "-- ?"
                                     << ""
                                     << "" << junk;
        QTest::newRow("web address") << "www.some-shop.com"
                                     << ""
                                     << "" << junk;
        QTest::newRow("music alone is junk") << "Music"
                                             << ""
                                             << "" << junk;
        QTest::newRow("but not as a last word") << "Christian Music"
                                                << "Christian Music"
                                                << "Christian Music" << style;
        QTest::newRow("soundtrack") << "Soundtrack"
                                    << "Soundtrack"
                                    << "Soundtrack" << use;
        QTest::newRow("game") << "Game"
                              << "Soundtrack"
                              << "Soundtrack" << use;
        QTest::newRow("video game music") << "Video Game Music"
                                          << "Soundtrack"
                                          << "Soundtrack" << use;
        QTest::newRow("christmas") << "Christmas"
                                   << "Holiday"
                                   << "Holiday" << use;
        QTest::newRow("unknown kept") << "Zeuhl  Fusion Thing"
                                      << "Zeuhl Fusion Thing"
                                      << "Zeuhl Fusion Thing" << style;
        // Russian tags name the same families.
        QTest::newRow("russian rock") << "Русский рок"
                                      << "Rock"
                                      << "Rock" << style;
        QTest::newRow("russian folk") << "Фолк"
                                      << "Folk & World"
                                      << "Folk & World" << style;
        QTest::newRow("russian hip hop") << "Хип-хоп"
                                         << "Hip Hop"
                                         << "Hip Hop" << style;
        QTest::newRow("russian pop") << "ЭСТРАДА"
                                     << "Pop"
                                     << "Pop" << style;
        QTest::newRow("russian chanson") << "Шансон"
                                         << "Chanson"
                                         << "Folk & World" << style;
        QTest::newRow("russian unknown") << "Другое"
                                         << ""
                                         << "" << junk;
        QTest::newRow("cyrillic kept") << "Авторская песня"
                                       << "Авторская песня"
                                       << "Авторская песня" << style;
    }

    void lookup()
    {
        QFETCH(QString, tag);
        QFETCH(QString, genre);
        QFETCH(QString, family);
        QFETCH(int, kind);
        const GenreInfo info = GenreTable::builtIn().lookup(tag);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(info.genre, genre);
        QCOMPARE(info.family, family);
    }

    void subGenreIsBelowItsFamily()
    {
        QVERIFY(GenreTable::builtIn().lookup(QStringLiteral("Techno")).isSubGenre());
        QVERIFY(!GenreTable::builtIn().lookup(QStringLiteral("Electronica")).isSubGenre());
        QVERIFY(!GenreTable::builtIn().lookup(QStringLiteral("Soundtrack")).isSubGenre());
    }

    // One rule for every `--genre`: whole words, a family, or a spelling of one genre.
    void genreFilterTakesInItsFamilyAndSpellings()
    {
        const GenreTable& table = GenreTable::builtIn();
        QVERIFY(table.takesIn(QStringLiteral("metal"), QStringLiteral("Heavy Metal")));
        QVERIFY(table.takesIn(QStringLiteral("Metal"), QStringLiteral("thrash")));
        QVERIFY(table.takesIn(QStringLiteral("folk"), QStringLiteral("Фолк")));
        QVERIFY(table.takesIn(QStringLiteral("electronic"), QStringLiteral("Techno")));
        QVERIFY(table.takesIn(QStringLiteral("Indie Rock"), QStringLiteral("indie")));
        QVERIFY(!table.takesIn(QStringLiteral("metal"), QStringLiteral("Jazz")));
        QVERIFY(!table.takesIn(QStringLiteral("Techno"), QStringLiteral("House")));
        QVERIFY(!table.takesIn(QStringLiteral("other"), QStringLiteral("Unknown")));
    }

    // Every genre of the ID3v1 list with Winamp's extensions (as TagLib has it) resolves to a row of the
    // table, not to "unknown": the list is the table's first source.
    void everyId3v1GenreIsKnown()
    {
        const TagLib::StringList names = TagLib::ID3v1::genreList();
        QVERIFY(names.size() >= 148);
        QStringList unknown;
        for (const auto& name : names) {
            const QString text = QString::fromStdWString(name.toWString());
            if (!GenreTable::builtIn().lookup(text).known)
                unknown << text;
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(", "))));
    }

    void keyIgnoresFormOnly()
    {
        QCOMPARE(GenreTable::key(QStringLiteral("Rock 'n' Roll")),
                 GenreTable::key(QStringLiteral("rock&roll")));
        QCOMPARE(GenreTable::key(QStringLiteral("R&B")), QStringLiteral("randb"));
        QCOMPARE(GenreTable::key(QStringLiteral("Électro-Pop")), QStringLiteral("electropop"));
    }

    void malformedTablesAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GenreTable(QStringLiteral("style\tRock\n")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GenreTable(QStringLiteral("loud\tRock\tRock\t\n")));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            GenreTable(QStringLiteral("style\tRock\tRock\tpunk\nstyle\tPunk\tPunk\t\n")));
        const GenreTable small(QStringLiteral("# comment\nstyle\tRock\tRock\trock music\n"));
        QCOMPARE(small.lookup(QStringLiteral("Rock Music")).family, QStringLiteral("Rock"));
        QCOMPARE(small.families(), QStringList{QStringLiteral("Rock")});
    }
};

QTEST_GUILESS_MAIN(TestGenreTable)
#include "tst_genretable.moc"
