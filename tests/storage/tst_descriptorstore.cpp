#include "core/storage/Database.h"
#include "core/storage/DescriptorCodec.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/LoudnessStore.h"
#include "core/storage/Schema.h"
#include "core/storage/Statement.h"
#include "core/storage/TrackStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

#include <sqlite3.h>

using namespace soundalike;

namespace {

constexpr int kVersion = 3;
constexpr int kDimensions = 119;

AudioDescriptor makeDescriptor(int seed, int segments)
{
    AudioDescriptor d;
    d.version = kVersion;
    for (int i = 0; i < kDimensions; ++i)
        d.summary.push_back(float(seed) * 1000.0f + float(i) * 0.123456f - 40.0f);
    for (int s = 0; s < segments; ++s)
        for (int i = 0; i < kDimensions; ++i)
            d.segments.push_back(float(std::sin(seed + s * 0.7 + i)) * float(i + 1));
    return d;
}

TrackInfo makeInfo(const std::string& path)
{
    TrackInfo info;
    info.path = path;
    info.stamp = {1000, 42};
    info.title = QStringLiteral("Title");
    info.artist = QStringLiteral("Artist");
    return info;
}

} // namespace

class TestDescriptorStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::int64_t m_folder = 0;

    std::int64_t addTrack(const std::string& name)
    {
        return TrackStore(*m_db).insert(makeInfo("/music/" + name), m_folder);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("d.db")));
        m_folder = FolderStore(*m_db).ensure("/music");
    }

    void cleanup()
    {
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("d.db") + QLatin1String(suffix)));
    }

    void halfFloatsRoundTrip()
    {
        for (const float v : {0.0f, 1.0f, -1.0f, 0.5f, 65504.0f, -65504.0f, 6.1035156e-5f, 5.9604645e-8f})
            QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(v)), v);
        // Nearest half, within half a unit in the last place (2^-11 relative).
        for (float v = -3000.0f; v < 3000.0f; v += 0.377f) {
            const float back = DescriptorCodec::fromHalf(DescriptorCodec::toHalf(v));
            QVERIFY2(std::abs(back - v) <= std::abs(v) * 0.00049f + 3e-8f, qPrintable(QString::number(v)));
        }
        QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(1e9f)), 65504.0f);
        QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(-std::numeric_limits<float>::infinity())),
                 -65504.0f);
        QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(std::numeric_limits<float>::quiet_NaN())),
                 0.0f);
        // Ties go to even: 2049 lies halfway between the halves 2048 and 2050.
        QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(2049.0f)), 2048.0f);
        QCOMPARE(DescriptorCodec::fromHalf(DescriptorCodec::toHalf(2051.0f)), 2052.0f);
    }

    void storesAndReadsBack()
    {
        const auto id = addTrack("a.mp3");
        const AudioDescriptor d = makeDescriptor(1, 12);
        DescriptorStore store(*m_db);
        store.put(id, d);
        const auto back = store.get(id, kVersion);
        QVERIFY(back);
        QCOMPARE(back->version, kVersion);
        QVERIFY(back->summary == d.summary); // float32: exact
        QCOMPARE(back->segmentCount(), 12);
        for (std::size_t i = 0; i < d.segments.size(); ++i)
            QVERIFY(std::abs(back->segments[i] - d.segments[i]) <=
                    std::abs(d.segments[i]) * 0.00049f + 1e-7f);
        QVERIFY(!store.get(id, kVersion + 1));
        QCOMPARE(store.count(kVersion), 1);

        // Under the budget: summary + 12 segments of 119 dimensions.
        auto size = m_db->prepare("SELECT length(summary) + length(segments) FROM descriptors");
        size.step();
        QCOMPARE(size.integer(0), kDimensions * 4 + 12 * kDimensions * 2);
        QVERIFY(size.integer(0) <= 8192);
    }

    void pendingSkipsAnalysedFailedAndUnavailable()
    {
        DescriptorStore store(*m_db);
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 6; ++i)
            ids.push_back(addTrack("t" + std::to_string(i) + ".mp3"));
        store.put(ids[1], makeDescriptor(1, 1));
        store.putFailure(ids[2], kVersion, Reason::verbatim(QStringLiteral("broken")));
        TrackStore(*m_db).setAvailable(ids[3], false);
        store.putFailure(ids[4], kVersion - 1,
                         Reason::verbatim(QStringLiteral("broken under the old version")));

        QCOMPARE(store.countPending(kVersion), 3);
        std::vector<std::int64_t> seen;
        std::int64_t after = 0;
        for (auto batch = store.pending(kVersion, after, 2); !batch.empty();
             batch = store.pending(kVersion, after, 2)) {
            QVERIFY(batch.size() <= 2);
            for (const PendingTrack& t : batch) {
                seen.push_back(t.id);
                QCOMPARE(t.stamp, (FileStamp{1000, 42}));
                after = t.id;
            }
        }
        QCOMPARE(seen, (std::vector<std::int64_t>{ids[0], ids[4], ids[5]}));
        QCOMPARE(store.failureCount(kVersion), 1);

        // A descriptor clears the failure; forget() clears both, so the track is pending again.
        store.put(ids[2], makeDescriptor(2, 1));
        QCOMPARE(store.failureCount(kVersion), 0);
        store.forget(ids[2]);
        store.forget(ids[1]);
        QCOMPARE(store.countPending(kVersion), 5);
    }

    void writesForRemovedTracksAreSkipped()
    {
        const auto id = addTrack("gone.mp3");
        TrackStore(*m_db).remove(id);
        DescriptorStore store(*m_db);
        store.put(id, makeDescriptor(1, 1));
        store.putFailure(id, kVersion, Reason::verbatim(QStringLiteral("x")));
        QCOMPARE(store.count(kVersion), 0);
        QCOMPARE(store.failureCount(kVersion), 0);
    }

    void removingATrackRemovesItsDescriptor()
    {
        const auto id = addTrack("a.mp3");
        DescriptorStore store(*m_db);
        store.put(id, makeDescriptor(1, 2));
        store.putFailure(id, kVersion + 1, Reason::verbatim(QStringLiteral("x")));
        TrackStore(*m_db).remove(id);
        QCOMPARE(store.count(kVersion), 0);
        QCOMPARE(store.failureCount(kVersion + 1), 0);
    }

    // The whole-track loudness waits for a track's analysis, is not asked for twice (not even when nothing
    // usable came of it), and goes with the rest of what was measured when the file changes or goes.
    void wholeTrackLoudnessFollowsTheAnalysedTracks()
    {
        const auto analysed = addTrack("analysed.mp3");
        const auto waiting = addTrack("waiting.mp3");
        const auto silent = addTrack("silent.mp3");
        DescriptorStore descriptors(*m_db);
        descriptors.put(analysed, makeDescriptor(1, 1));
        descriptors.put(silent, makeDescriptor(2, 1));
        LoudnessStore loudness(*m_db);
        QCOMPARE(loudness.countPending(kVersion), 2);
        const auto pending = loudness.pending(kVersion, 0, 10);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending[0].id, analysed);
        QCOMPARE(pending[1].id, silent);
        loudness.put(analysed, -11.5);
        loudness.put(silent, std::nullopt);
        loudness.put(waiting + 1000, -3.0); // no such track: not stored
        QCOMPARE(loudness.countPending(kVersion), 0);
        const auto all = loudness.all();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].first, analysed);
        QCOMPARE(all[0].second, -11.5f);

        descriptors.forget(analysed); // the file changed: measured again after its analysis
        descriptors.put(analysed, makeDescriptor(3, 1));
        QCOMPARE(loudness.countPending(kVersion), 1);
        QVERIFY(loudness.all().empty());
        loudness.put(analysed, -9.0);
        TrackStore(*m_db).remove(analysed);
        QVERIFY(loudness.all().empty());
    }

    void bulkReadersReturnEveryTrackOfAVersion()
    {
        DescriptorStore store(*m_db);
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 50; ++i) {
            ids.push_back(addTrack("b" + std::to_string(i) + ".mp3"));
            store.put(ids.back(), makeDescriptor(i, i % 13));
        }
        AudioDescriptor other = makeDescriptor(99, 1);
        other.version = kVersion + 1;
        store.put(ids[0], other);
        // A damaged row is skipped, not fatal.
        m_db->prepare("UPDATE descriptors SET summary = x'0102' WHERE track_id = ? AND version = ?")
            .bind(1, ids[7])
            .bind(2, kVersion)
            .run();

        const DescriptorMatrix matrix = store.summaries(kVersion);
        QCOMPARE(matrix.dimensions, kDimensions);
        QCOMPARE(matrix.trackIds.size(), std::size_t(49));
        QCOMPARE(matrix.values.size(), std::size_t(49 * kDimensions));
        for (std::size_t r = 0; r < matrix.trackIds.size(); ++r) {
            const int seed = int(std::find(ids.begin(), ids.end(), matrix.trackIds[r]) - ids.begin());
            QVERIFY(std::equal(matrix.row(r).begin(), matrix.row(r).end(),
                               makeDescriptor(seed, 0).summary.begin()));
        }

        int visited = 0;
        std::int64_t previous = 0;
        store.forEach(kVersion, [&](std::int64_t id, const AudioDescriptor& d) {
            QVERIFY(id > previous);
            previous = id;
            const int seed = int(std::find(ids.begin(), ids.end(), id) - ids.begin());
            QCOMPARE(d.segmentCount(), seed % 13);
            QCOMPARE(d.dimensions(), kDimensions);
            ++visited;
        });
        QCOMPARE(visited, 49);
    }

    void upgradesAVersion1Database()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, Schema::migrations()[0], nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 1", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        Database upgraded(path);
        QCOMPARE(upgraded.schemaVersion(), Schema::latestVersion());
        QVERIFY(Schema::latestVersion() >= 2);
        QCOMPARE(DescriptorStore(upgraded).failureCount(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestDescriptorStore)
#include "tst_descriptorstore.moc"
