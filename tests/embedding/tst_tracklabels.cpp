#include "core/embedding/TrackLabels.h"

#include <QTest>

using namespace soundalike;

// The label rules that do not need a library: a tag that most of the library carries is no label.
class TestTrackLabels : public QObject
{
    Q_OBJECT

private slots:
    void labelsOnMostOfTheLibraryAreDropped()
    {
        TrackLabels labels;
        labels.names = {QStringLiteral("Humble Bundle"), QStringLiteral("Metal"), QStringLiteral("Jazz")};
        labels.genreNames = {QStringLiteral("Thrash Metal")};
        // Ten tracks: the shop's tag on eight, Metal on four (two of them Thrash Metal), Jazz on two.
        labels.labels = {{0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 2}, {0, 2}, {0}, {0}, {}, {}};
        labels.genres = {0, 0, -1, -1, -1, -1, -1, -1, -1, -1};
        labels.groups.assign(10, -1);
        labels.dropCommonLabels(TrackLabels::kMaxLabelShare);
        const std::vector<std::vector<int>> expected = {{1}, {1}, {1}, {1}, {2}, {2}, {}, {}, {}, {}};
        QCOMPARE(labels.labels, expected);
        QCOMPARE(labels.genres[0], 0);
        QCOMPARE(int(labels.labelledTracks().size()), 6);
        // Half the library is not "most of it": Metal on five of ten stays.
        labels.labels[6] = {1};
        labels.dropCommonLabels(TrackLabels::kMaxLabelShare);
        QCOMPARE(labels.labels[6], std::vector<int>{1});
        QCOMPARE(labels.primaryLabels()[6], 1);
    }
};

QTEST_GUILESS_MAIN(TestTrackLabels)
#include "tst_tracklabels.moc"
