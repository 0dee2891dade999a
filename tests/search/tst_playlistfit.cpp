#include "tests/search/PlaylistFixture.h"

#include <QTest>

#include <algorithm>

using namespace soundalike;
using namespace soundalike::test;

// When the library holds fewer tracks like the seeds than were asked for: the ones that fit come first, the
// rest after them, the playlist says how many fit, and Match tells the two apart.
class TestPlaylistFit : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCluster = 11; // 3 seeds and 8 tracks like them
    static constexpr int kFar = 70;

    // A cluster on axis 0, and far tracks that share axis 15 among themselves (so most of the library's pairs
    // are half alike) but nothing with the cluster: the library's own fit line falls between the two.
    std::vector<std::int64_t> build(PlaylistFixture& library)
    {
        std::vector<std::int64_t> cluster;
        for (int i = 0; i < kCluster; ++i)
            cluster.push_back(library.add({QStringLiteral("Near %1").arg(i)}, library.near(0, 0.05)));
        for (int i = 0; i < kFar; ++i)
            library.add({QStringLiteral("Far %1").arg(i)}, library.between(1 + i % 14, 15, 0.785, 0.05));
        return cluster;
    }

private slots:
    void fittingTracksComeFirstInSmoothFlow()
    {
        PlaylistFixture library;
        const std::vector<std::int64_t> cluster = build(library);
        GenerationRequest asked = request({cluster[0], cluster[1], cluster[2]}, 30);
        asked.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist playlist = library.make(asked);
        QCOMPARE(int(playlist.entries.size()), 30);
        QCOMPARE(playlist.fitting, kCluster - 3);
        for (int i = 0; i < 30; ++i) {
            const SuggestedTrack& e = playlist.entries[std::size_t(i)];
            const bool near = std::find(cluster.begin(), cluster.end(), e.trackId) != cluster.end();
            QVERIFY2(e.fits == (i < kCluster - 3), qPrintable(QStringLiteral("place %1").arg(i)));
            QCOMPARE(near, e.fits);
        }
        QVERIFY(playlist.notes.contains(
            QStringLiteral("Only 8 of 30 songs fit these seeds well; the rest follow after them")));
    }

    void matchIsHighOnlyForFittingTracks()
    {
        PlaylistFixture library;
        const std::vector<std::int64_t> cluster = build(library);
        const GeneratedPlaylist playlist = library.make(request({cluster[0], cluster[1], cluster[2]}, 30));
        int full = 0;
        for (const SuggestedTrack& e : playlist.entries) {
            QVERIFY(e.match >= 0 && e.match <= 1);
            if (e.fits)
                QVERIFY2(e.match >= 0.7, qPrintable(QString::number(e.match)));
            else
                QVERIFY2(e.match < 0.4, qPrintable(QString::number(e.match)));
            full += qRound(e.match * 100) == 100;
        }
        QVERIFY(full < int(playlist.entries.size()) / 2);
    }

    void aPlaylistThatFitsWholeSaysNothing()
    {
        PlaylistFixture library;
        const std::vector<std::int64_t> cluster = build(library);
        const GeneratedPlaylist playlist = library.make(request({cluster[0], cluster[1], cluster[2]}, 5));
        QCOMPARE(playlist.fitting, 5);
        QVERIFY(std::all_of(playlist.entries.begin(), playlist.entries.end(),
                            [](const SuggestedTrack& e) { return e.fits; }));
        for (const QString& note : playlist.notes)
            QVERIFY(!note.contains(QStringLiteral("fit these seeds")));
    }

    // Every seed asked for, so nothing left is like them; and more songs asked for than the library holds.
    void aPlaylistWithoutFittingSongsSaysSoPlainly()
    {
        PlaylistFixture library;
        const std::vector<std::int64_t> cluster = build(library);
        GenerationRequest asked = request(cluster, 100);
        asked.order = PlaylistOrder::Smooth;
        const GeneratedPlaylist playlist = library.make(asked);
        QCOMPARE(int(playlist.entries.size()), kFar);
        QCOMPARE(playlist.fitting, 0);
        QCOMPARE(
            playlist.notes,
            QStringList({QStringLiteral("Only %1 of 100 songs: no more songs in the library fit the request")
                             .arg(kFar),
                         QStringLiteral("None of the %1 songs fits these seeds well").arg(kFar)}));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFit)
#include "tst_playlistfit.moc"
