#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace soundalike;

// The fingerprints table: items kept bit for bit, groups joined and merged, groups of one or of unavailable
// tracks not listed, and a track's fingerprint gone when its file changes.
class TestFingerprintStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::int64_t m_folder = 0;

    std::int64_t addTrack(const std::string& name)
    {
        TrackInfo info;
        info.path = "/music/" + name;
        return TrackStore(*m_db).insert(info, m_folder);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("f%1.db").arg(++m_opened)));
        m_folder = FolderStore(*m_db).ensure("/music");
    }

    void cleanup() { m_db.reset(); }

    void itemsRoundTripBitForBit()
    {
        const std::int64_t id = addTrack("a.mp3");
        const AudioFingerprint print{{0u, 1u, 0x80000000u, 0xdeadbeefu, 0xffffffffu}, 12.345};
        FingerprintStore(*m_db).put(id, print, {0xdeadbeefu});
        const auto back = FingerprintStore(*m_db).get(id);
        QVERIFY(back);
        QVERIFY(back->items == print.items);
        QCOMPARE(back->startSeconds, 12.345);
        QVERIFY(!FingerprintStore(*m_db).get(id + 1));
    }

    void joinMergesGroupsAndListsOnlyAvailableCopies()
    {
        FingerprintStore store(*m_db);
        std::vector<std::int64_t> ids;
        for (const char* name : {"a", "b", "c", "d", "e"}) {
            ids.push_back(addTrack(name));
            store.put(ids.back(), {{1u, 2u}, 0}, {});
        }
        QVERIFY(store.groups().empty());
        store.join(ids[0], ids[1]);
        store.join(ids[3], ids[2]);
        QCOMPARE(store.groups(),
                 (std::vector<std::vector<std::int64_t>>{{ids[0], ids[1]}, {ids[2], ids[3]}}));
        store.join(ids[3], ids[1]); // one recording after all: the two groups become one
        QCOMPARE(store.groups(), (std::vector<std::vector<std::int64_t>>{{ids[0], ids[1], ids[2], ids[3]}}));
        TrackStore(*m_db).setAvailable(ids[1], false);
        QCOMPARE(store.groups(), (std::vector<std::vector<std::int64_t>>{{ids[0], ids[2], ids[3]}}));
    }

    void candidatesSkipKeysThatTooManyTracksHave()
    {
        FingerprintStore store(*m_db);
        std::vector<std::int64_t> ids;
        for (int i = 0; i < 4; ++i) {
            ids.push_back(addTrack(std::to_string(i)));
            // Key 7 is everyone's (silence); key 100 + i is each track's own, and track 1 also has 100.
            store.put(ids.back(), {{7u}, 0},
                      i == 1 ? std::vector<std::uint32_t>{7u, 100u, 101u}
                             : std::vector<std::uint32_t>{7u, 100u + std::uint32_t(i)});
        }
        QCOMPARE(store.candidates(ids[0], {7u, 100u}, 2), (std::vector<std::int64_t>{ids[1]}));
        QCOMPARE(store.candidates(ids[0], {7u}, 4), (std::vector<std::int64_t>{ids[1], ids[2], ids[3]}));
        QCOMPARE(store.ungrouped().size(), std::size_t(4));
        store.markGrouped(ids[0]);
        QCOMPARE(store.ungrouped(), (std::vector<std::int64_t>{ids[1], ids[2], ids[3]}));
    }

    void aChangedFileLosesItsFingerprint()
    {
        const std::int64_t id = addTrack("a.mp3");
        FingerprintStore(*m_db).put(id, {{1u, 2u, 3u}, 0}, {1u, 2u});
        DescriptorStore(*m_db).forget(id);
        QVERIFY(!FingerprintStore(*m_db).get(id));
        QVERIFY(FingerprintStore(*m_db).candidates(0, {1u, 2u}, 10).empty());
    }

private:
    int m_opened = 0;
};

QTEST_GUILESS_MAIN(TestFingerprintStore)
#include "tst_fingerprintstore.moc"
