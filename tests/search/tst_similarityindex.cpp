#include "core/search/IndexFile.h"
#include "core/search/SimilarityIndex.h"
#include "core/search/StoredIndex.h"
#include "tests/support/NeighbourRecall.h"
#include "tests/support/SyntheticLibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

SyntheticOptions small(std::size_t tracks, std::uint64_t seed = 1)
{
    SyntheticOptions o;
    o.tracks = tracks;
    o.dimension = 32;
    o.seed = seed;
    return o;
}

IndexPolicy approximateAbove(std::size_t limit)
{
    IndexPolicy policy;
    policy.exactLimit = limit;
    return policy;
}

std::vector<float> rowsOf(const VectorTable& table, std::size_t from, std::size_t count)
{
    std::vector<float> out;
    for (std::size_t row = from; row < from + count; ++row)
        out.insert(out.end(), table.vector(row).begin(), table.vector(row).end());
    return out;
}

double recallAt(const SimilarityIndex& approximate, const SimilarityIndex& exact, const VectorTable& table,
                int k)
{
    const auto queries = rowsOf(table, 0, 100);
    const auto truth = exact.search(queries, k);
    // Over k per query, not over what the exact search returned: a short exact result counts as misses.
    return double(NeighbourRecall::of(truth, approximate.search(queries, k)).found) /
           double(truth.size() * std::size_t(k));
}

// A copy of `table` with other ids: a changed track set over the same vectors.
VectorTable withVectors(const VectorTable& from, std::size_t rows, std::int64_t idOffset = 0)
{
    VectorTable table(from.sourceKey(), from.dimensionNames());
    for (std::size_t row = 0; row < rows; ++row)
        table.add(from.id(row) + idOffset, from.vector(row));
    return table;
}

} // namespace

class TestSimilarityIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void exactFindsEachTrackFirstByItsId()
    {
        const SyntheticLibrary library(small(500));
        const auto index = SimilarityIndex::build(library.vectors());
        QCOMPARE(index.kind(), SimilarityIndex::Kind::Exact);
        QCOMPARE(index.size(), std::size_t(500));
        const auto found = index.search(rowsOf(library.vectors(), 10, 5), 20);
        QCOMPARE(found.size(), std::size_t(5));
        for (std::size_t q = 0; q < found.size(); ++q) {
            QCOMPARE(found[q].size(), std::size_t(20));
            QCOMPARE(found[q][0].id, library.vectors().id(10 + q));
            QVERIFY(std::abs(found[q][0].similarity - 1.0f) < 1e-4f);
            for (std::size_t j = 1; j < found[q].size(); ++j)
                QVERIFY(found[q][j - 1].similarity >= found[q][j].similarity);
        }
        QCOMPARE(index.search(rowsOf(library.vectors(), 0, 1), 5000)[0].size(), std::size_t(500));
    }

    void approximateIndexIsCalibratedToItsRecall()
    {
        const SyntheticLibrary library(small(6000));
        const auto exact = SimilarityIndex::build(library.vectors());
        const auto approximate = SimilarityIndex::build(library.vectors(), approximateAbove(1000));
        QCOMPARE(approximate.kind(), SimilarityIndex::Kind::Approximate);
        QVERIFY(approximate.lists() > 1);
        QVERIFY(approximate.probes() >= 1 && approximate.probes() <= approximate.lists());
        const double recall = recallAt(approximate, exact, library.vectors(), 50);
        QVERIFY2(recall >= 0.93, qPrintable(QString::number(recall)));
    }

    void addAndRemoveByTrackId()
    {
        const SyntheticLibrary library(small(3000));
        for (const auto& policy : {IndexPolicy{}, approximateAbove(1000)}) {
            const VectorTable firstPart = withVectors(library.vectors(), 2000);
            auto index = SimilarityIndex::build(firstPart, policy);
            const std::vector<std::int64_t> gone{5, 6, 7};
            QCOMPARE(index.remove(gone), std::size_t(3));
            QCOMPARE(index.size(), std::size_t(1997));
            const auto found = index.search(rowsOf(library.vectors(), 4, 3), 50);
            for (const Neighbor& n : found[0])
                QVERIFY(n.id < 5 || n.id > 7);

            std::vector<std::int64_t> ids;
            for (std::size_t row = 2000; row < 3000; ++row)
                ids.push_back(library.vectors().id(row));
            index.add(ids, rowsOf(library.vectors(), 2000, 1000).data());
            QCOMPARE(index.size(), std::size_t(2997));
            QCOMPARE(index.search(rowsOf(library.vectors(), 2500, 1), 1)[0][0].id,
                     library.vectors().id(2500));
        }
    }

    void storedIndexIsBuiltThenLoaded()
    {
        const SyntheticLibrary library(small(800));
        const QString file = path("stored.index");
        IndexStatus status;
        const auto built = StoredIndex::open(file, library.vectors(), {}, &status);
        QCOMPARE(status.action, IndexStatus::Action::Built);
        QVERIFY(status.warning.isEmpty());
        QVERIFY(QFile::exists(file));

        const auto loaded = StoredIndex::open(file, library.vectors(), {}, &status);
        QCOMPARE(status.action, IndexStatus::Action::Loaded);
        const auto queries = rowsOf(library.vectors(), 0, 3);
        const auto a = built.search(queries, 10);
        const auto b = loaded.search(queries, 10);
        for (std::size_t q = 0; q < a.size(); ++q) {
            for (std::size_t j = 0; j < a[q].size(); ++j)
                QCOMPARE(a[q][j].id, b[q][j].id);
        }
    }

    void newAndChangedTracksUpdateInPlace()
    {
        const SyntheticLibrary library(small(1200));
        const QString file = path("incremental.index");
        for (const auto& policy : {IndexPolicy{}, approximateAbove(500)}) {
            QFile::remove(file);
            IndexStatus status;
            StoredIndex::open(file, withVectors(library.vectors(), 1000), policy, &status);
            QCOMPARE(status.action, IndexStatus::Action::Built);

            // 100 new tracks, and the vectors of two known tracks changed.
            VectorTable grown = withVectors(library.vectors(), 1100);
            grown.add(1, library.vectors().vector(1099));
            grown.add(2, library.vectors().vector(1098));
            const auto index = StoredIndex::open(file, grown, policy, &status);
            QCOMPARE(status.action, IndexStatus::Action::Updated);
            QCOMPARE(status.added, std::size_t(102));
            QCOMPARE(status.removed, std::size_t(2));
            QCOMPARE(index.size(), std::size_t(1100));
            QCOMPARE(index.search(rowsOf(library.vectors(), 1050, 1), 1)[0][0].id, std::int64_t(1051));

            // Saved: the next open finds nothing to do. Then tracks removed from the library go.
            StoredIndex::open(file, grown, policy, &status);
            QCOMPARE(status.action, IndexStatus::Action::Loaded);
            const VectorTable shrunk = withVectors(library.vectors(), 1000);
            QCOMPARE(StoredIndex::open(file, shrunk, policy, &status).size(), std::size_t(1000));
            QCOMPARE(status.action, IndexStatus::Action::Updated);
            QCOMPARE(status.removed, std::size_t(102));
        }
    }

    void staleIndexIsRebuilt()
    {
        const SyntheticLibrary library(small(1000));
        const QString file = path("stale.index");
        IndexStatus status;
        StoredIndex::open(file, library.vectors(), {}, &status);

        VectorTable other(QStringLiteral("another model"), library.vectors().dimensionNames());
        for (std::size_t row = 0; row < library.vectors().size(); ++row)
            other.add(library.vectors().id(row), library.vectors().vector(row));
        StoredIndex::open(file, other, {}, &status);
        QCOMPARE(status.action, IndexStatus::Action::Built);
        QVERIFY(status.reason.contains(QLatin1String("other vectors")));

        // Crossing the size limit calls for the other kind of index.
        const auto approximate = StoredIndex::open(file, other, approximateAbove(500), &status);
        QCOMPARE(status.action, IndexStatus::Action::Built);
        QCOMPARE(approximate.kind(), SimilarityIndex::Kind::Approximate);
        const auto reloaded = StoredIndex::open(file, other, approximateAbove(500), &status);
        QCOMPARE(status.action, IndexStatus::Action::Loaded);
        QCOMPARE(reloaded.probes(), approximate.probes());

        // An approximate index trained on far fewer tracks than the library now has is retrained.
        const SyntheticLibrary bigger(small(2500));
        VectorTable grown(QStringLiteral("another model"), library.vectors().dimensionNames());
        for (std::size_t row = 0; row < bigger.vectors().size(); ++row)
            grown.add(bigger.vectors().id(row), bigger.vectors().vector(row));
        StoredIndex::open(file, grown, approximateAbove(500), &status);
        QCOMPARE(status.action, IndexStatus::Action::Built);
    }

    void damagedFilesAreRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped byte") << "flip";
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("empty") << "empty";
    }

    void damagedFilesAreRebuilt()
    {
        QFETCH(QString, damage);
        const SyntheticLibrary library(small(700));
        const QString file = path("damaged.index");
        QFile::remove(file);
        StoredIndex::open(file, library.vectors());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        if (damage == QLatin1String("flip"))
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        else if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() * 2 / 3);
        else if (damage == QLatin1String("garbage"))
            bytes = QByteArray(4096, '\x7f');
        else
            bytes.clear();
        f.resize(0);
        f.seek(0);
        f.write(bytes);
        f.close();

        IndexStatus status;
        const auto index = StoredIndex::open(file, library.vectors(), {}, &status);
        QCOMPARE(status.action, IndexStatus::Action::Built);
        QVERIFY(!status.reason.isEmpty());
        QCOMPARE(index.size(), std::size_t(700));
        StoredIndex::open(file, library.vectors(), {}, &status);
        QCOMPARE(status.action, IndexStatus::Action::Loaded);
    }

    void unwritableFolderStillGivesAnIndex()
    {
        const SyntheticLibrary library(small(300));
        IndexStatus status;
        const auto index = StoredIndex::open(path("no/such/folder/x.index"), library.vectors(), {}, &status);
        QCOMPARE(index.size(), std::size_t(300));
        QVERIFY(!status.warning.isEmpty());
    }

    void indexFileNameFollowsTheDatabase()
    {
        QCOMPARE(StoredIndex::pathFor(QStringLiteral("/data/library.db"), QStringLiteral("tags")),
                 QStringLiteral("/data/library.db.tags.index"));
    }
};

QTEST_GUILESS_MAIN(TestSimilarityIndex)
#include "tst_similarityindex.moc"
