#include "core/playback/Listen.h"
#include "core/service/radio/ListenVerdict.h"
#include "core/service/radio/RadioTaste.h"

#include <QTest>

using namespace soundalike;

namespace {

Listen listen(Listen::End end, qint64 heardMs, qint64 durationMs = 200000)
{
    Listen l;
    l.track.id = 7;
    l.heardMs = heardMs;
    l.durationMs = durationMs;
    l.end = end;
    return l;
}

using Ids = std::vector<std::int64_t>;

} // namespace

// What one listen means, and how the radio's picture of the listener moves with listening.
class TestRadioTaste : public QObject
{
    Q_OBJECT

private slots:
    void aSkipInTheFirstThirtySecondsIsLessLikeThisAndAPlayThroughMoreLikeThis()
    {
        QVERIFY(ListenVerdict::of(listen(Listen::End::Skipped, 5000)).skippedEarly);
        QVERIFY(ListenVerdict::of(listen(Listen::End::Skipped, 29000)).skippedEarly);
        QVERIFY(!ListenVerdict::of(listen(Listen::End::Skipped, 31000)).skippedEarly);
        QVERIFY(!ListenVerdict::of(listen(Listen::End::Skipped, 31000)).played);
        QVERIFY(ListenVerdict::of(listen(Listen::End::Finished, 199000)).played);
        // Most of the way through counts as a play, even when the listener moved on before the end.
        QVERIFY(ListenVerdict::of(listen(Listen::End::Skipped, 150000)).played);
        // A short song heard to its middle was heard, not turned down.
        QVERIFY(!ListenVerdict::of(listen(Listen::End::Skipped, 12000, 20000)).skippedEarly);
        // A new playlist replacing the song says nothing about it.
        const ListenVerdict replaced = ListenVerdict::of(listen(Listen::End::Replaced, 3000));
        QVERIFY(!replaced.played && !replaced.skippedEarly);
        // Nor does the listener playing another song at once (Play Now).
        const ListenVerdict interrupted = ListenVerdict::of(listen(Listen::End::Interrupted, 3000));
        QVERIFY(!interrupted.played && !interrupted.skippedEarly);
    }

    void seedsAreTheFirstAnchorsAndLikedSongsJoinThem()
    {
        RadioTaste taste;
        taste.reset({1, 2});
        QCOMPARE(taste.anchors(), (Ids{2, 1})); // equal weights: the latest first
        taste.like(10, 1, false);
        // Seed 1 brought a song that was played through: it weighs more than seed 2 now.
        QCOMPARE(taste.anchors().front(), std::int64_t(1));
        QCOMPARE(taste.weight(10), 1.0);
        taste.like(11, 2, true);
        QCOMPARE(taste.weight(11), 2.0); // "More like this" counts twice
        QCOMPARE(taste.anchors().front(), std::int64_t(11));
    }

    void aSeedWhoseSongIsSkippedDropsOutAndTheSkipIsAvoided()
    {
        RadioTaste taste;
        taste.reset({1, 2});
        taste.dislike(20, 2);
        QCOMPARE(taste.anchors(), (Ids{1}));
        QCOMPARE(taste.avoided(), (Ids{20}));
        QCOMPARE(taste.liked(), (Ids{1}));
        // Liking a skipped song later takes it off the avoided list.
        taste.like(20, 1, true);
        QVERIFY(taste.avoided().empty());
    }

    void aLoneSeedStaysLikedWhenItsFirstSongIsSkipped()
    {
        // One seed, its first song skipped at once: the seed still defines what is wanted (the radio in the
        // window went silent here: nothing liked, so every candidate leaned to the skipped song).
        RadioTaste taste;
        taste.reset({1});
        taste.dislike(20, 1);
        QCOMPARE(taste.liked(), (Ids{1}));
        QCOMPARE(taste.avoided(), (Ids{20}));
        taste.dislike(21, 1);
        QCOMPARE(taste.liked(), (Ids{1}));
        // Two seeds both disliked: the less disliked one is what is wanted.
        taste.reset({1, 2});
        taste.dislike(20, 1);
        taste.dislike(21, 1);
        taste.dislike(22, 2);
        QCOMPARE(taste.liked(), (Ids{2}));
    }

    void theLeastDislikedAnchorStaysWhenAllAreDisliked()
    {
        RadioTaste taste;
        taste.reset({1, 2});
        taste.dislike(20, 1);
        taste.dislike(21, 1);
        taste.dislike(22, 2);
        QCOMPARE(taste.anchors(), (Ids{2}));
    }

    void atMostSoManyAnchorsAndAvoidedSongs()
    {
        RadioTaste taste;
        taste.reset({1});
        for (int i = 0; i < 60; ++i) {
            taste.like(100 + i, 0, false);
            taste.dislike(500 + i, 0);
        }
        QCOMPARE(int(taste.anchors().size()), RadioTaste::kMaxAnchors);
        QCOMPARE(taste.anchors().front(), std::int64_t(159)); // the most recent of equals
        QCOMPARE(int(taste.avoided().size()), RadioTaste::kMaxAvoided);
        QCOMPARE(int(taste.liked().size()), RadioTaste::kMaxLiked + 1); // and the seed
        QCOMPARE(taste.avoided().back(), std::int64_t(559));
    }

    void aCandidateMustBeNearerWhatWasLikedThanWhatWasSkipped()
    {
        QVERIFY(RadioTaste::wants({0.9f}, {0.5f}));
        QVERIFY(!RadioTaste::wants({0.6f}, {0.8f}));
        QVERIFY(!RadioTaste::wants({0.7f}, {0.7f}));
        QVERIFY(RadioTaste::wants({0.1f}, {}));  // nothing skipped yet
        QVERIFY(!RadioTaste::wants({}, {0.1f})); // nothing liked is left
        // Compared with as many of each as there are of the fewer: one close liked song does not outweigh
        // three close skipped ones.
        QVERIFY(!RadioTaste::wants({0.95f, 0.2f, 0.1f, 0.1f}, {0.9f, 0.9f, 0.9f}));
        QVERIFY(RadioTaste::wants({0.95f, 0.2f}, {0.9f, 0.1f, 0.1f}));
    }
};

QTEST_GUILESS_MAIN(TestRadioTaste)
#include "tst_radiotaste.moc"
