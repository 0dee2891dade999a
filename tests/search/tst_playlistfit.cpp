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
    // are half alike, and a few, on one of 14 axes more, closer; noisy enough to stay below the cluster) but
    // nothing with the cluster: the library's own fit line falls between the two.
    std::vector<std::int64_t> build(PlaylistFixture& library)
    {
        std::vector<std::int64_t> cluster;
        for (int i = 0; i < kCluster; ++i)
            cluster.push_back(library.add({QStringLiteral("Near %1").arg(i)}, library.near(0, 0.05)));
        for (int i = 0; i < kFar; ++i)
            library.add({QStringLiteral("Far %1").arg(i)}, library.between(1 + i % 14, 15, 0.785, 0.3));
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

    // A song exactly on the fit line fits, and its Match says so to every reader of it (the playlist's header
    // count, the order, the 70 %): it once reached them as 0.69999999, a float short of the line.
    void aSongOnTheFitLineReadsAsFitting()
    {
        PlaylistFixture library;
        // Eight songs whose every pair has one similarity (0.36), the library's highest: the fit line sits
        // exactly there. Ten others are opposite or orthogonal to everything.
        std::vector<std::int64_t> alike;
        for (int i = 0; i < 8; ++i) {
            std::vector<float> v(PlaylistFixture::kDimension, 0.0f);
            v[0] = 0.6f;
            v[std::size_t(1 + i)] = 0.8f;
            alike.push_back(library.add({QStringLiteral("Alike %1").arg(i)}, v));
        }
        for (int i = 0; i < 10; ++i) {
            std::vector<float> v(PlaylistFixture::kDimension, 0.0f);
            v[std::size_t(11 + i / 2)] = i % 2 ? -1.0f : 1.0f;
            library.add({QStringLiteral("Other %1").arg(i)}, v);
        }
        const GeneratedPlaylist playlist = library.make(request({alike[0], alike[1], alike[2]}, 10));
        QCOMPARE(playlist.fitting, 5);
        for (const SuggestedTrack& e : playlist.entries) {
            PlaylistEntry shown;
            shown.match = e.match;
            QCOMPARE(fitsWell(shown), e.fits);
            if (e.fits)
                QCOMPARE(matchPercent(e.match), 70);
        }
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
