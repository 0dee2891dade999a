// A library analysed by an older version: after an upgrade that changed the descriptors it is analysed again
// in the background, and meanwhile playlists keep the similarity the previous version gave (its model, else
// its descriptors); the first model of the new version waits until the new analysis covers the library.
#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/TrainingPolicy.h"
#include "core/search/AudioVectorSources.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/ModelStore.h"
#include "core/storage/TrackStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

namespace {

constexpr int kTracks = 80; // half of them are more than TrainingPolicy::kMinTracks
// The upgrade is simulated: the library holds the current layout's descriptors and model, and the version
// after it (a hypothetical longer layout) is the one the analysis now computes.
constexpr int kOldVersion = DescriptorLayout::kVersion;
constexpr int kNewVersion = kOldVersion + 1;
const int kOldDimensions = DescriptorLayout::dimensions();
const int kNewDimensions = kOldDimensions + 8;

AudioDescriptor descriptor(int version, int dimensions, int seed)
{
    AudioDescriptor d;
    d.version = version;
    for (int c = 0; c < dimensions; ++c)
        d.summary.push_back(float((seed * 7 + c * 3) % 11));
    d.segments = d.summary;
    return d;
}

} // namespace

class TestDescriptorUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<Track> m_tracks;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("library.db")); }

private slots:
    // The state an upgrade finds: every track analysed and embedded by the previous version's model.
    void initTestCase()
    {
        Database db(databasePath());
        const std::int64_t folder = FolderStore(db).ensure("/music");
        for (int i = 0; i < kTracks; ++i) {
            TrackInfo info;
            info.path = "/music/" + std::to_string(i) + ".mp3";
            info.title = QStringLiteral("Song %1").arg(i);
            info.durationMs = 180000;
            const std::int64_t id = TrackStore(db).insert(info, folder);
            DescriptorStore(db).put(id, descriptor(kOldVersion, kOldDimensions, i));
        }
        m_tracks = TrackStore(db).find({});
        const QString file = m_dir.filePath(QStringLiteral("old.model"));
        QFile model(file);
        QVERIFY(model.open(QIODevice::WriteOnly) && model.write("model") == 5);
        ModelRecord record{0, 0, file, {}, kOldVersion, {}};
        record.id = ModelStore(db).add(record);
        ModelStore(db).setFile(record.id, file);
        for (const Track& t : m_tracks) {
            const float v[3] = {1.0f, float(t.id), 0.5f};
            EmbeddingStore(db).put(t.id, record.id, v, 3);
        }
    }

    void previousModelServesUntilTheLibraryIsAnalysedAgain()
    {
        Database db(databasePath());
        VectorSourceChoice choice = chooseVectorSource(db, m_tracks, {}, kNewVersion);
        QCOMPARE(choice.source->name(), QStringLiteral("embedding"));
        QCOMPARE(choice.descriptorVersion, kOldVersion);
        QCOMPARE(int(choice.table.size()), kTracks);
        QVERIFY(choice.note.contains(QStringLiteral("analysed again")));
        QVERIFY(!TrainingPolicy::check(db, kNewVersion).due);

        // Half the library analysed again: still the previous model, and no new model yet.
        for (int i = 0; i < kTracks / 2; ++i)
            DescriptorStore(db).put(m_tracks[std::size_t(i)].id, descriptor(kNewVersion, kNewDimensions, i));
        QCOMPARE(chooseVectorSource(db, m_tracks, {}, kNewVersion).descriptorVersion, kOldVersion);
        QVERIFY(!TrainingPolicy::check(db, kNewVersion).due);

        // All of it: the new descriptors serve, and the first model of the new version is due.
        for (int i = kTracks / 2; i < kTracks; ++i)
            DescriptorStore(db).put(m_tracks[std::size_t(i)].id, descriptor(kNewVersion, kNewDimensions, i));
        choice = chooseVectorSource(db, m_tracks, {}, kNewVersion);
        QCOMPARE(choice.source->name(), QStringLiteral("descriptors"));
        QCOMPARE(choice.descriptorVersion, kNewVersion);
        QCOMPARE(choice.table.dimension(), kNewDimensions);
        QVERIFY(TrainingPolicy::check(db, kNewVersion).due);
    }

    void previousDescriptorsServeWithoutAModel()
    {
        Database db(databasePath());
        for (const ModelRecord& model : ModelStore(db).all())
            ModelStore(db).remove(model.id);
        db.exec(("DELETE FROM descriptors WHERE version = " + std::to_string(kNewVersion)).c_str());
        const VectorSourceChoice choice = chooseVectorSource(db, m_tracks, {}, kNewVersion);
        QCOMPARE(choice.source->name(), QStringLiteral("descriptors"));
        QCOMPARE(choice.descriptorVersion, kOldVersion);
        QCOMPARE(choice.table.dimension(), kOldDimensions);
        QCOMPARE(choice.table.dimensionNames().front(), QStringLiteral("mfcc_mean_00"));
        // A seed the analysis has not reached: tags serve, and the note names the seed, not the library.
        db.exec(("DELETE FROM descriptors WHERE track_id = " + std::to_string(m_tracks[3].id)).c_str());
        const VectorSourceChoice unanalysed = chooseVectorSource(db, m_tracks, {m_tracks[3].id}, kOldVersion);
        QCOMPARE(unanalysed.source->name(), QStringLiteral("tags"));
        QVERIFY2(unanalysed.note.startsWith(QStringLiteral("“%1” is not analysed").arg(m_tracks[3].title)),
                 qPrintable(unanalysed.note));
        // Without an older model to keep, the first new model need not wait for the whole library.
        for (int i = 0; i < kTracks / 2; ++i)
            DescriptorStore(db).put(m_tracks[std::size_t(i)].id, descriptor(kNewVersion, kNewDimensions, i));
        QVERIFY(TrainingPolicy::check(db, kNewVersion).due);
    }
};

QTEST_GUILESS_MAIN(TestDescriptorUpgrade)
#include "tst_descriptorupgrade.moc"
