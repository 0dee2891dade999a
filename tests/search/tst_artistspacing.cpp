#include "core/search/ArtistSpacing.h"

#include <QTest>

#include <numeric>

using namespace soundalike;

namespace {

std::vector<std::size_t> identity(std::size_t n)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

} // namespace

// Songs by one artist kept apart when the playlist's order is rearranged (Smooth flow plays the songs that
// fit first): a listener heard three songs by one artist in a row at the end of the fitting part, reported
// as "artist gap relaxed from 5 to none", where a gap of 3 was possible.
class TestArtistSpacing : public QObject
{
    Q_OBJECT

private slots:
    void anArtistHoldingManyFittingSongsIsSpreadOverThePart()
    {
        // Eleven songs that fit, in the smooth order: artist 9 holds four, the last three of them together.
        const std::vector<int> artists{1, 2, 3, 9, 4, 5, 6, 7, 9, 9, 9, 20, 21, 22};
        const std::vector<char> fits{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0};
        QCOMPARE(ArtistSpacing::smallestGap(identity(artists.size()), artists), 1);
        const std::vector<std::size_t> order =
            ArtistSpacing::keepGap(identity(artists.size()), artists, fits, 5);
        QCOMPARE(order.size(), artists.size());
        // 4 songs in 11 places: 3 apart at most, and that is what is kept.
        QCOMPARE(ArtistSpacing::smallestGap(order, artists), 3);
        // The fitting songs stay before the others, each part in its own order as far as the gap allows.
        for (std::size_t place = 0; place < order.size(); ++place)
            QCOMPARE(int(fits[order[place]]), place < 11 ? 1 : 0);
        QCOMPARE(order.front(), std::size_t(0));
        QCOMPARE(std::vector<std::size_t>(order.end() - 3, order.end()),
                 (std::vector<std::size_t>{11, 12, 13}));
    }

    void anOrderThatKeepsTheGapIsLeftAsItIs()
    {
        const std::vector<int> artists{1, 2, 3, 1, 2, 3, 1};
        const std::vector<char> fits(artists.size(), 1);
        QCOMPARE(ArtistSpacing::keepGap(identity(7), artists, fits, 3), identity(7));
        QCOMPARE(ArtistSpacing::keepGap(identity(7), artists, fits, 1), identity(7));
    }

    void twoArtistsAlternateWhenNothingElseCan()
    {
        const std::vector<int> artists{1, 1, 1, 2, 2, 2};
        const std::vector<char> fits(artists.size(), 1);
        const std::vector<std::size_t> order = ArtistSpacing::keepGap(identity(6), artists, fits, 5);
        QCOMPARE(ArtistSpacing::smallestGap(order, artists), 2);
    }

    void theWidestPossibleGap()
    {
        QCOMPARE(ArtistSpacing::widestPossible({4, 1, 1, 1, 1, 1, 1, 1}, 11, 5), 3);
        QCOMPARE(ArtistSpacing::widestPossible({5, 5}, 10, 5), 2);
        QCOMPARE(ArtistSpacing::widestPossible({1, 1, 1}, 3, 5), 5); // nobody twice: the gap holds
        QCOMPARE(ArtistSpacing::widestPossible({3}, 3, 5), 1);       // one artist only
        QCOMPARE(ArtistSpacing::widestPossible({}, 0, 4), 4);
    }
};

QTEST_GUILESS_MAIN(TestArtistSpacing)
#include "tst_artistspacing.moc"
