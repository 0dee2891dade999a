#include "core/analysis/DescriptorLayout.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/playlists/PickExplanation.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <random>

using namespace soundalike;

namespace {

using L = DescriptorLayout;

constexpr int kPerStyle = 12;

// A descriptor where only what a style is about varies: metal is bright, noisy and fast, jazz dark, clean and
// slow. Everything else is the same for every track, so it adds nothing to any similarity.
AudioDescriptor descriptor(bool metal, std::mt19937& random)
{
    std::uniform_real_distribution<float> wobble(0.8f, 1.2f);
    AudioDescriptor d;
    d.version = L::kVersion;
    d.summary.assign(std::size_t(L::dimensions()), 1.0f);
    for (int measure : {L::Centroid, L::Bandwidth, L::Rolloff, L::Flatness, L::ZeroCrossings})
        d.summary[std::size_t(L::Spectral + 2 * measure)] = (metal ? 3.0f : 1.0f) * wobble(random);
    d.summary[std::size_t(L::Tempo + L::TempoBpm)] = metal ? 139.0f + float(random() % 3) : 90.0f;
    d.segments = d.summary;
    return d;
}

// Metal and jazz tracks with tags and stored descriptors; every artist unknown when `knownArtists` is false.
QString makeLibrary(const QString& path, bool knownArtists)
{
    Database db(path);
    const std::int64_t folder = FolderStore(db).ensure("/nowhere/music");
    Transaction transaction(db);
    TrackStore tracks(db);
    DescriptorStore descriptors(db);
    std::mt19937 random(7);
    for (int i = 0; i < 2 * kPerStyle; ++i) {
        const bool metal = i < kPerStyle;
        TrackInfo t;
        t.path = "/nowhere/music/" + std::to_string(i) + ".mp3";
        t.stamp = {1000 + i, 1};
        t.title =
            QStringLiteral("%1 %2").arg(metal ? QStringLiteral("Riff") : QStringLiteral("Swing")).arg(i);
        t.artist = knownArtists ? QStringLiteral("Band %1").arg(i % 6) : unknownArtist();
        t.genres = {metal ? QStringLiteral("metal") : QStringLiteral("jazz")};
        t.year = metal ? 1995 + i % 4 : 1958;
        t.durationMs = 200000;
        descriptors.put(tracks.insert(t, folder), descriptor(metal, random));
    }
    transaction.commit();
    return path;
}

PlaylistResult metalPlaylist(const QString& db)
{
    PlaylistRequest request;
    request.seeds = {1}; // "Riff 0", the first track
    request.count = 8;
    request.artistGap = 0;
    return PlaylistBuilder::build(db, request);
}

// The tracks of `entries` that are metal, as their seed is.
std::vector<PlaylistEntry> metalPicks(const std::vector<PlaylistEntry>& entries)
{
    std::vector<PlaylistEntry> metal;
    for (const PlaylistEntry& e : entries) {
        if (e.track.genres.contains(QStringLiteral("metal")))
            metal.push_back(e);
    }
    return metal;
}

} // namespace

// The why-sentences of real playlists (a real database, descriptors standardised and searched by the
// generator): what they name, in which order, and in which language.
class TestPickExplanation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void namesTheSharedGenreFirstThenWhatItSoundsLike()
    {
        const QString db = makeLibrary(m_dir.filePath(QStringLiteral("known.db")), true);
        const PlaylistResult result = metalPlaylist(db);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const std::vector<PlaylistEntry> metal = metalPicks(result.entries);
        QVERIFY(metal.size() >= 6);
        for (const PlaylistEntry& e : metal) {
            QCOMPARE(e.seedId, std::int64_t(1));
            QVERIFY2(e.why.startsWith(QStringLiteral("Like “Riff 0”: same genre (metal), ")),
                     qPrintable(e.why));
            QVERIFY2(e.why.contains(QStringLiteral("same decade (1990s)")), qPrintable(e.why));
            QVERIFY2(e.why.contains(QStringLiteral("similarly bright and distorted")), qPrintable(e.why));
            QVERIFY2(e.why.contains(QStringLiteral("close tempo (~140 BPM)")), qPrintable(e.why));
            if (e.track.artist == QStringLiteral("Band 0"))
                QVERIFY2(e.why.contains(QStringLiteral("same artist (Band 0)")), qPrintable(e.why));
            else
                QVERIFY2(!e.why.contains(QStringLiteral("same artist")), qPrintable(e.why));
        }
    }

    void neverNamesARawDescriptorNorAnUnknownArtist()
    {
        const QString db = makeLibrary(m_dir.filePath(QStringLiteral("untagged.db")), false);
        const PlaylistResult result = metalPlaylist(db);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.entries.empty());
        for (const PlaylistEntry& e : result.entries) {
            QVERIFY2(e.why.startsWith(QStringLiteral("Like “Riff 0”: ")), qPrintable(e.why));
            QVERIFY2(!e.why.contains(unknownArtist(), Qt::CaseInsensitive), qPrintable(e.why));
            QVERIFY2(!e.why.contains(QStringLiteral("same artist")), qPrintable(e.why));
            for (const std::string& name : L::names())
                QVERIFY2(!e.why.contains(QString::fromStdString(name)), qPrintable(e.why));
        }
    }

    void speaksRussianWithTheRussianTranslatorAndExplainsAgainInIt()
    {
        const QString db = makeLibrary(m_dir.filePath(QStringLiteral("russian.db")), true);
        const PlaylistResult english = metalPlaylist(db);
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/soundalike_ru")));
        QVERIFY(QCoreApplication::installTranslator(&russian));
        const PlaylistResult result = metalPlaylist(db);
        const std::vector<PlaylistEntry> again = PickExplanation::again(db, english.entries);
        QCoreApplication::removeTranslator(&russian);

        const std::vector<PlaylistEntry> metal = metalPicks(result.entries);
        QVERIFY(!metal.empty());
        for (const PlaylistEntry& e : metal) {
            QVERIFY2(e.why.startsWith(QStringLiteral("Как «Riff 0»: тот же жанр (metal), ")),
                     qPrintable(e.why));
            QVERIFY2(e.why.contains(QStringLiteral("похожие яркость и искажение")), qPrintable(e.why));
            QVERIFY2(e.why.contains(QStringLiteral("близкий темп (~140 уд./мин)")), qPrintable(e.why));
        }
        // A playlist made in English, explained again: the same sentences, now in Russian.
        QCOMPARE(again.size(), english.entries.size());
        for (std::size_t i = 0; i < again.size(); ++i) {
            QVERIFY2(again[i].why.startsWith(QStringLiteral("Как «Riff 0»: ")), qPrintable(again[i].why));
            QCOMPARE(again[i].track.id, english.entries[i].track.id);
        }
        QCOMPARE(again.front().why, result.entries.front().why);
    }
};

QTEST_GUILESS_MAIN(TestPickExplanation)
#include "tst_pickexplanation.moc"
