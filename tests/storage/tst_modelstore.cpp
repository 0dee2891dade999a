#include "core/storage/Database.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;

class TestModelStore : public QObject
{
    Q_OBJECT

private slots:
    void newestModelOfTheInputVersionIsCurrent()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("l.db")));
        ModelStore models(db);
        QVERIFY(!models.current(1));
        const auto first = models.add(
            {0, 0, QStringLiteral("/m/1.pt"), {{QStringLiteral("loss"), QStringLiteral("triplet")}}, 1, {}});
        const auto second = models.add({0, 0, QStringLiteral("/m/2.pt"), {}, 1, {}});
        models.add({0, 0, QStringLiteral("/m/3.pt"), {}, 2, {}});
        QCOMPARE(models.current(1)->id, second);
        models.setMetrics(first, {{QStringLiteral("p_at_10"), 0.5}});
        QCOMPARE(models.all().front().metrics.value(QStringLiteral("p_at_10")).toDouble(), 0.5);
        QCOMPARE(models.all().front().options.value(QStringLiteral("loss")).toString(),
                 QStringLiteral("triplet"));
        models.remove(second);
        QCOMPARE(models.current(1)->id, first);
    }

    void embeddingsRoundTripAndCascade()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("l.db")));
        db.exec("INSERT INTO tracks(id, path, size, mtime_ns, title, artist, added_at, updated_at) VALUES "
                "(1, '/a.mp3', 1, 1, 'a', 'x', 1, 1), (2, '/b.mp3', 1, 1, 'b', 'x', 1, 1)");
        db.exec("INSERT INTO descriptors(track_id, version, summary, computed_at) VALUES (1, 3, x'00', 1), "
                "(2, 3, x'00', 1)");
        const auto model = ModelStore(db).add({0, 0, QStringLiteral("/m.pt"), {}, 3, {}});
        EmbeddingStore embeddings(db);
        const float v[3] = {0.25f, -1.0f, 3.5f};
        embeddings.put(1, model, v, 3);
        QCOMPARE(embeddings.count(model), 1);
        QCOMPARE(embeddings.missing(model, 3), std::vector<std::int64_t>{2});
        std::vector<float> read;
        embeddings.forEach(model, [&](std::int64_t id, const float* vector, int dim) {
            QCOMPARE(id, std::int64_t(1));
            read.assign(vector, vector + dim);
        });
        QCOMPARE(read, (std::vector<float>{0.25f, -1.0f, 3.5f}));
        ModelStore(db).remove(model);
        QCOMPARE(embeddings.count(model), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
