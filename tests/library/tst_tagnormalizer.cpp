#include "core/library/TagNormalizer.h"

#include <QTest>

using namespace soundalike;

class TestTagNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void splitGenres_data()
    {
        QTest::addColumn<QStringList>("raw");
        QTest::addColumn<QStringList>("genres");
        QTest::newRow("single") << QStringList{"Rock"} << QStringList{"Rock"};
        QTest::newRow("semicolon") << QStringList{"Rock; Pop"} << QStringList{"Rock", "Pop"};
        QTest::newRow("slash") << QStringList{"Rock/Pop"} << QStringList{"Rock", "Pop"};
        QTest::newRow("comma and pipe")
            << QStringList{"Jazz, Soul | Funk"} << QStringList{"Jazz", "Soul", "Funk"};
        QTest::newRow("multi-value") << QStringList{"Rock", " Pop "} << QStringList{"Rock", "Pop"};
        QTest::newRow("duplicates folded") << QStringList{"Rock", "ROCK; rock"} << QStringList{"Rock"};
        QTest::newRow("empty parts") << QStringList{";; /", ""} << QStringList{};
        QTest::newRow("control chars") << QStringList{QString::fromUtf8("Ro\x01"
                                                                        "ck\x00",
                                                                        7)}
                                       << QStringList{"Rock"};
        // A broken UTF-16 frame: lone surrogates do not stop the split and become U+FFFD.
        QTest::newRow("lone surrogates")
            << QStringList{QStringLiteral("Rock/Pop") + QChar(0xD800) + QStringLiteral(";") + QChar(0xDC00) +
                           QStringLiteral("Jazz")}
            << QStringList{QStringLiteral("Rock"), QStringLiteral("Pop\uFFFD"), QStringLiteral("\uFFFDJazz")};
        QTest::newRow("unicode kept")
            << QStringList{"Русский рок; J-Pop"} << QStringList{"Русский рок", "J-Pop"};
    }

    void splitGenres()
    {
        QFETCH(QStringList, raw);
        QFETCH(QStringList, genres);
        QCOMPARE(TagNormalizer::splitGenres(raw), genres);
    }

    void joinArtists_data()
    {
        QTest::addColumn<QStringList>("raw");
        QTest::addColumn<QString>("artist");
        QTest::newRow("single") << QStringList{"Alpha"} << QStringLiteral("Alpha");
        QTest::newRow("several values") << QStringList{"Alpha", " Beta "} << QStringLiteral("Alpha, Beta");
        // One value is one credit, whatever it holds.
        QTest::newRow("one value never split")
            << QStringList{"AC/DC; Simon & Garfunkel"} << QStringLiteral("AC/DC; Simon & Garfunkel");
        QTest::newRow("repeats folded")
            << QStringList{"Alpha", "ALPHA", "Beta"} << QStringLiteral("Alpha, Beta");
        QTest::newRow("empty values") << QStringList{"", "  ", "Gamma"} << QStringLiteral("Gamma");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("unicode kept") << QStringList{"Кино", "Земфира"} << QStringLiteral("Кино, Земфира");
    }

    void joinArtists()
    {
        QFETCH(QStringList, raw);
        QFETCH(QString, artist);
        QCOMPARE(TagNormalizer::joinArtists(raw), artist);
    }

    void longArtistListsAreCut()
    {
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many << QStringLiteral("Artist number %1").arg(i);
        QCOMPARE(TagNormalizer::joinArtists(many).size(), TagNormalizer::kMaxTextLength);
    }

    void parseYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::newRow("plain") << "1999" << 1999;
        QTest::newRow("iso date") << "2001-05-03" << 2001;
        QTest::newRow("text") << "May 1987" << 1987;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("zero") << "0000" << 0;
        QTest::newRow("five digits") << "19999" << 0;
        QTest::newRow("garbage") << "abc" << 0;
        QTest::newRow("second plausible") << "0000 / 1975" << 1975;
    }

    void parseYear()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QCOMPARE(TagNormalizer::parseYear(text), year);
    }

    void parseNumberPair_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("total");
        QTest::newRow("plain") << "3" << 3 << 0;
        QTest::newRow("pair") << "3/12" << 3 << 12;
        QTest::newRow("spaces and zeros") << " 03 / 12 " << 3 << 12;
        QTest::newRow("negative") << "-1" << 0 << 0;
        QTest::newRow("garbage") << "A/B" << 0 << 0;
        QTest::newRow("too many slashes") << "1/2/3" << 1 << 0;
        QTest::newRow("empty") << "" << 0 << 0;
        QTest::newRow("huge") << "99999999999" << 0 << 0;
    }

    void parseNumberPair()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(int, total);
        const auto pair = TagNormalizer::parseNumberPair(text);
        QCOMPARE(pair.number, number);
        QCOMPARE(pair.total, total);
    }

    void cleanTextDropsControlsAndIsCut()
    {
        QCOMPARE(TagNormalizer::cleanText(QStringLiteral("  a\x01"
                                                         "b\tc\n ")),
                 QStringLiteral("ab\tc"));
        const QString huge(10 * 1024 * 1024, QLatin1Char('t'));
        QCOMPARE(TagNormalizer::cleanText(huge).size(), TagNormalizer::kMaxTextLength);
        // A character outside the BMP that would straddle the limit is left out whole.
        const QString emoji =
            QString(TagNormalizer::kMaxTextLength - 1, QLatin1Char('x')) + QStringLiteral("\U0001F3B5");
        const QString cut = TagNormalizer::cleanText(emoji);
        QCOMPARE(cut, QString(TagNormalizer::kMaxTextLength - 1, QLatin1Char('x')));
    }

    // Found by fuzz_tags: the cut left a blank at the end, so cleaning the clean text changed it.
    void cleanTextIsTrimmedAfterTheCut()
    {
        const QString x(TagNormalizer::kMaxTextLength - 1, QLatin1Char('x'));
        QCOMPARE(TagNormalizer::cleanText(x + QStringLiteral(" yz")), x);
        const QString blanks(3 * TagNormalizer::kMaxTextLength, QLatin1Char(' '));
        QCOMPARE(TagNormalizer::cleanText(QStringLiteral("\x01") + blanks + QStringLiteral("Title")),
                 QStringLiteral("Title"));
    }

    void cleanTextReplacesLoneSurrogates()
    {
        const QChar high(0xD83C);
        const QChar low(0xDFB5);
        QCOMPARE(TagNormalizer::cleanText(QString(high) + QStringLiteral("a") + low),
                 QStringLiteral("\uFFFDa\uFFFD"));
        // Removing a control character between the halves of a pair joins them (found by fuzz_tags).
        QCOMPARE(TagNormalizer::cleanText(QString(high) + QChar(0) + low), QStringLiteral("\U0001F3B5"));
        const QString clean = TagNormalizer::cleanText(QString(low) + high);
        QCOMPARE(clean, QStringLiteral("\uFFFD\uFFFD"));
        QVERIFY(clean.isValidUtf16());
    }

    void titleFromPath()
    {
        QCOMPARE(TagNormalizer::titleFromPath("/music/a/01 - Song.mp3"), QStringLiteral("01 - Song"));
        QCOMPARE(TagNormalizer::titleFromPath("/music/.hidden.mp3"), QStringLiteral(".hidden"));
        QCOMPARE(TagNormalizer::titleFromPath("noext"), QStringLiteral("noext"));
        QVERIFY(!TagNormalizer::titleFromPath("/music/\xff\xfe.mp3").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagNormalizer)
#include "tst_tagnormalizer.moc"
