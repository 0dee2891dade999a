#include "core/embedding/Evaluator.h"

#include <QTest>

using namespace soundalike;

namespace {

// Four tracks on a quarter circle, nearest to track 0 first. Track 1 shares track 0's album (a compilation)
// but not its artist; track 3 shares its style from another artist and album.
FeatureMatrix quarterCircle()
{
    FeatureMatrix vectors(4, 2);
    const float rows[4][2] = {{1.0f, 0.0f}, {0.99f, 0.1f}, {0.9f, 0.4f}, {0.6f, 0.8f}};
    for (int r = 0; r < 4; ++r) {
        vectors.row(r)[0] = rows[r][0];
        vectors.row(r)[1] = rows[r][1];
    }
    return vectors;
}

EvaluationLabels truth(std::vector<int> albums)
{
    EvaluationLabels labels;
    labels.labels = {{0}, {0}, {1}, {0}};
    labels.groups = {0, 1, 2, 3};
    labels.albums = std::move(albums);
    labels.labelCount = 2;
    return labels;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void albumFilterLeavesOutTheQueryAlbum()
    {
        const EvaluationResult r = Evaluator::evaluate(quarterCircle(), truth({7, 7, 8, 9}), {0}, 1);
        // Every other track is another artist's: 2 of the 3 share the style.
        QCOMPARE(r.pAt10Filtered, 2.0 / 3.0);
        QCOMPARE(r.pAt10FilteredChance, 2.0 / 3.0);
        // Without track 1 (same album), one of the two left shares it.
        QCOMPARE(r.pAt10AlbumFiltered, 0.5);
        QCOMPARE(r.pAt10AlbumFilteredChance, 0.5);
    }

    void unknownAlbumsFilterNothing()
    {
        const EvaluationResult unknownQuery =
            Evaluator::evaluate(quarterCircle(), truth({-1, -1, 8, 9}), {0}, 1);
        QCOMPARE(unknownQuery.pAt10AlbumFiltered, unknownQuery.pAt10);
        const EvaluationResult none = Evaluator::evaluate(quarterCircle(), truth({}), {0}, 1);
        QCOMPARE(none.pAt10AlbumFiltered, none.pAt10);
        QCOMPARE(none.pAt10AlbumFilteredChance, none.pAt10Chance);
    }
};

QTEST_APPLESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
