#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/Evaluator.h"
#include "core/embedding/ModelFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace soundalike;

namespace {

// Classes that differ in a few informative dimensions, drowned in loud nuisance dimensions: raw neighbours
// are poor, a learned metric that ignores the nuisance is good.
TrainingData syntheticClasses(int classes, int perClass, int dims, unsigned seed)
{
    constexpr int informative = 6;
    std::mt19937 centres(99); // the same class centres for every call, so train and test sets agree
    std::normal_distribution<float> unit(0.0f, 1.0f);
    std::vector<std::vector<float>> centre(static_cast<std::size_t>(classes),
                                           std::vector<float>(informative));
    for (auto& c : centre)
        for (float& v : c)
            v = 2.0f * unit(centres);
    std::mt19937 rng(seed);
    TrainingData data;
    data.inputs = FeatureMatrix(classes * perClass, dims);
    for (int c = 0; c < classes; ++c) {
        for (int i = 0; i < perClass; ++i) {
            float* v = data.inputs.row(c * perClass + i);
            for (int d = 0; d < dims; ++d)
                v[d] = d < informative ? centre[std::size_t(c)][std::size_t(d)] + 0.7f * unit(rng)
                                       : 4.0f * unit(rng);
            data.labels.push_back(c);
        }
    }
    return data;
}

// Self-supervision's data: tracks of several segments each, the class of a segment its track. A track is a
// point in a few informative dimensions (timbre texture, which DescriptorViews leave alone) that its segments
// scatter around; every other dimension is noise that changes from segment to segment. Rows are as wide as
// real descriptors, so the views apply.
TrainingData syntheticTracks(int tracks, int segments, unsigned seed)
{
    constexpr int informative = 8;
    constexpr int first = DescriptorLayout::MfccStd;
    const int dims = DescriptorLayout::dimensions();
    std::mt19937 rng(seed);
    std::normal_distribution<float> unit(0.0f, 1.0f);
    TrainingData data;
    data.inputs = FeatureMatrix(tracks * segments, dims);
    for (int t = 0; t < tracks; ++t) {
        std::vector<float> centre(informative);
        for (float& v : centre)
            v = 2.0f * unit(rng);
        for (int s = 0; s < segments; ++s) {
            float* v = data.inputs.row(t * segments + s);
            for (int d = 0; d < dims; ++d)
                v[d] = d >= first && d < first + informative
                           ? centre[std::size_t(d - first)] + 0.3f * unit(rng)
                           : 2.0f * unit(rng);
            data.labels.push_back(t);
        }
    }
    data.rowsPerEpoch = tracks;
    data.views = DescriptorViews::forDescriptors();
    return data;
}

double precision(const FeatureMatrix& vectors, const std::vector<int>& labels)
{
    std::vector<int> queries(labels.size());
    std::iota(queries.begin(), queries.end(), 0);
    return Evaluator::precisionAtK(vectors, labels, queries, 10);
}

TrainOptions quickOptions(MetricLoss loss)
{
    TrainOptions options;
    options.loss = loss;
    options.epochs = 15;
    options.dim = 16;
    options.seed = 7;
    options.threads = 1;
    return options;
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmbeddingBackend> m_backend;
    std::atomic_bool m_cancel = false;

private slots:
    void initTestCase()
    {
        QString error;
        m_backend = EmbeddingModule::load(&error);
        QVERIFY2(m_backend, qPrintable(error));
    }

    void learnsToSeparateClasses_data()
    {
        QTest::addColumn<int>("loss");
        QTest::newRow("triplet") << int(MetricLoss::Triplet);
        QTest::newRow("arcface") << int(MetricLoss::ArcFace);
    }

    void learnsToSeparateClasses()
    {
        QFETCH(int, loss);
        const TrainingData train = syntheticClasses(8, 60, 40, 1);
        const TrainingData test = syntheticClasses(8, 30, 40, 2);
        int epochs = 0;
        const auto model = m_backend->train(
            train, quickOptions(MetricLoss(loss)), [&](const EpochReport& r) { epochs = r.epoch; }, m_cancel);
        QVERIFY(model);
        QCOMPARE(epochs, 15);
        const double raw = precision(test.inputs, test.labels);
        const double learned = precision(model->embed(test.inputs), test.labels);
        const double chance = 29.0 / 239.0;
        qInfo("P@10 on unseen rows: raw %.3f, learned %.3f, chance %.3f", raw, learned, chance);
        QVERIFY(learned > 0.8);
        QVERIFY(learned > raw + 0.2);
    }

    void infoNceLearnsToTellTracksApart()
    {
        const TrainingData data = syntheticTracks(60, 8, 11);
        TrainOptions options = quickOptions(MetricLoss::InfoNce);
        options.epochs = 40;
        std::vector<EpochReport> reports;
        const auto model = m_backend->train(
            data, options, [&](const EpochReport& r) { reports.push_back(r); }, m_cancel);
        QVERIFY(model);
        QCOMPARE(int(reports.size()), 40);
        const double raw = precision(data.inputs, data.labels);
        const double learned = precision(model->embed(data.inputs), data.labels);
        qInfo("InfoNCE loss %.3f -> %.3f; segment P@10 by track: raw %.3f, learned %.3f (at most 0.7, chance "
              "0.015), held-out %.3f",
              reports.front().loss, reports.back().loss, raw, learned, reports.back().validation);
        QVERIFY(reports.back().loss < 0.9 * reports.front().loss);
        QVERIFY(learned > raw + 0.2);
        for (float v : model->embed(data.inputs).values)
            QVERIFY(std::isfinite(v));
    }

    // Tracks in albums of four, whose tracks lie near each other: with the album as `related`, album-mates
    // are not pushed apart, so they end up closer than when every other track is a negative.
    void relatedRowsAreNoNegatives()
    {
        constexpr int kAlbum = 4, kTracks = 48, kSegments = 6;
        TrainingData data = syntheticTracks(kTracks, kSegments, 21);
        std::mt19937 rng(5);
        std::normal_distribution<float> unit(0.0f, 1.0f);
        for (int album = 0; album < kTracks / kAlbum; ++album) {
            // The album's tracks share half of their informative dimensions with its first track.
            const float* anchor = data.inputs.row(album * kAlbum * kSegments);
            for (int r = album * kAlbum * kSegments; r < (album + 1) * kAlbum * kSegments; ++r)
                for (int d = DescriptorLayout::MfccStd; d < DescriptorLayout::MfccStd + 4; ++d)
                    data.inputs.row(r)[d] = anchor[d] + 0.3f * unit(rng);
        }
        for (int r = 0; r < data.inputs.rows; ++r)
            data.related.push_back(r / (kAlbum * kSegments));
        TrainOptions options = quickOptions(MetricLoss::InfoNce);
        options.epochs = 30;
        const auto albumCloseness = [&](const TrainingData& d) {
            const FeatureMatrix e = m_backend->train(d, options, {}, m_cancel)->embed(d.inputs);
            double same = 0, other = 0;
            int sameCount = 0, otherCount = 0;
            for (int a = 0; a < e.rows; a += kSegments) {
                for (int b = 0; b < e.rows; b += kSegments) {
                    if (a / kSegments == b / kSegments)
                        continue;
                    double dot = 0;
                    for (int c = 0; c < e.cols; ++c)
                        dot += double(e.row(a)[c]) * e.row(b)[c];
                    const bool mates = a / (kAlbum * kSegments) == b / (kAlbum * kSegments);
                    (mates ? same : other) += dot;
                    ++(mates ? sameCount : otherCount);
                }
            }
            return same / sameCount - other / otherCount;
        };
        const double withAlbums = albumCloseness(data);
        TrainingData plain = data;
        plain.related.clear();
        const double without = albumCloseness(plain);
        qInfo("album-mates' cosine minus others': %.3f with albums related, %.3f without", withAlbums,
              without);
        QVERIFY(withAlbums > without + 0.1);

        plain.related.assign(3, 0); // not one id per row
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_backend->train(plain, options, {}, m_cancel));
    }

    void infoNceNeedsTwoTracksWithTwoRows()
    {
        TrainingData data = syntheticTracks(8, 1, 12); // one segment per track: no pair to learn from
        data.labels.assign(data.labels.size(), -1);
        data.labels[0] = data.labels[1] = 0;
        data.labels[2] = data.labels[3] = data.labels[4] = data.labels[5] = 1;
        data.labels[6] = data.labels[7] = 2;
        QVERIFY(m_backend->train(data, quickOptions(MetricLoss::InfoNce), {}, m_cancel));
        data.labels.assign(data.labels.size(), 0);
        data.labels[7] = 1;
        try {
            m_backend->train(data, quickOptions(MetricLoss::InfoNce), {}, m_cancel);
            QFAIL("InfoNCE trained with a single class of two rows or more");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("too few tracks")), e.what());
        }
    }

    void sameSeedSameModel()
    {
        const TrainingData data = syntheticClasses(5, 30, 20, 3);
        const auto a = m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel);
        const auto b = m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel);
        QCOMPARE(a->embed(data.inputs).values, b->embed(data.inputs).values);
        // Views are drawn from the seeded generator too.
        const TrainingData tracks = syntheticTracks(20, 4, 13);
        const auto c = m_backend->train(tracks, quickOptions(MetricLoss::InfoNce), {}, m_cancel);
        const auto d = m_backend->train(tracks, quickOptions(MetricLoss::InfoNce), {}, m_cancel);
        QCOMPARE(c->embed(tracks.inputs).values, d->embed(tracks.inputs).values);
    }

    void saveAndLoadGiveIdenticalEmbeddings()
    {
        QTemporaryDir dir;
        const TrainingData data = syntheticClasses(4, 20, 12, 4);
        const auto model = m_backend->train(data, quickOptions(MetricLoss::ArcFace), {}, m_cancel);
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        model->save(path);
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QString error;
        const auto loaded = m_backend->load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->embed(data.inputs).values, model->embed(data.inputs).values);
        QCOMPARE(loaded->options(), model->options());
    }

    void corruptOrMissingModelIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!m_backend->load(dir.filePath(QStringLiteral("missing.pt")), &error));
        QVERIFY(error.contains(QLatin1String("no such file")));
        const QString junk = dir.filePath(QStringLiteral("junk.pt"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'j'));
        file.close();
        QVERIFY(!m_backend->load(junk, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    // Found by fuzz_model: one damaged byte in the archive's pickle made libtorch allocate gigabytes and take
    // seconds before it failed. The file's checksum now stops it before libtorch reads a byte.
    void damagedModelIsRejectedBeforeLibtorchReadsIt()
    {
        QTemporaryDir dir;
        const TrainingData data = syntheticClasses(4, 20, 12, 4);
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel)->save(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype middle = bytes.size() / 2;
        bytes[middle] = char(bytes[middle] ^ 0x63);
        QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        file.close();
        QString error;
        QVERIFY(!m_backend->load(path, &error));
        QVERIFY2(error.contains(QLatin1String("checksum mismatch")), qPrintable(error));
    }

    // An intact file (correct checksum) whose options disagree with its tensors: the network built from the
    // options took the stored tensors as they were, and embed() wrote past the end of its output (ASan).
    void modelWhoseTensorsDoNotFitItsOptionsIsRejected()
    {
        QTemporaryDir dir;
        const TrainingData data = syntheticClasses(4, 20, 12, 4);
        const QString path = dir.filePath(QStringLiteral("model.pt"));
        m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel)->save(path);
        QString error;
        std::optional<QByteArray> archive = ModelFile::read(path, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(archive->count("\"dim\":16"), 1);
        archive->replace("\"dim\":16", "\"dim\":15");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ModelFile::seal(*archive)) > 0);
        file.close();
        QVERIFY(!m_backend->load(path, &error));
        QVERIFY2(error.contains(QLatin1String("do not match its options")), qPrintable(error));
    }

    void tooFewTracksIsAClearMessage_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("5") << 5;
    }

    void tooFewTracksIsAClearMessage()
    {
        QFETCH(int, rows);
        TrainingData data;
        data.inputs = FeatureMatrix(rows, 6);
        for (int i = 0; i < rows; ++i)
            data.labels.push_back(i % 2);
        try {
            m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel);
            QFAIL("trained on too few tracks");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("too few tracks")), e.what());
        }
    }

    void constantAndNonFiniteInputsGiveFiniteEmbeddings()
    {
        TrainingData data = syntheticClasses(3, 10, 8, 5);
        for (int r = 0; r < data.inputs.rows; ++r) {
            data.inputs.row(r)[0] = 0.0f; // a silent track's all-zero column
            data.inputs.row(r)[1] = r == 3 ? NAN : 1.0f;
        }
        const auto model = m_backend->train(data, quickOptions(MetricLoss::Triplet), {}, m_cancel);
        FeatureMatrix silent(2, 8);
        silent.row(1)[2] = INFINITY;
        for (float v : model->embed(silent).values)
            QVERIFY(std::isfinite(v));
        for (float v : model->embed(data.inputs).values)
            QVERIFY(std::isfinite(v));
    }

    // Semi-supervised: the family of a track shows in dimensions that vary from segment to segment, which
    // InfoNCE (two segments of one track are alike) weighs little; with the tags of half the tracks the
    // model groups the other half by family better than either loss alone.
    void tagsOfSomeTracksTeachTheirFamilyToAll()
    {
        constexpr int tracks = 90, segments = 6, families = 3;
        TrainingData data = syntheticTracks(tracks, segments, 21);
        const int first = DescriptorLayout::MfccStd + 8; // beyond the track-identity dimensions
        std::mt19937 rng(5);
        std::normal_distribution<float> unit(0.0f, 1.0f);
        std::vector<int> familyOfRow, unlabelledRows;
        for (int t = 0; t < tracks; ++t) {
            const int family = t % families;
            for (int s = 0; s < segments; ++s) {
                const int row = t * segments + s;
                for (int d = 0; d < 6; ++d)
                    data.inputs.row(row)[first + d] = (d / 2 == family ? 1.5f : 0.0f) + unit(rng);
                familyOfRow.push_back(family);
                data.familyLabels.push_back(t < tracks / 2 ? family : -1);
                if (t >= tracks / 2)
                    unlabelledRows.push_back(row);
            }
        }
        const auto familyPrecision = [&](const EmbeddingModel& model) {
            return Evaluator::precisionAtK(model.embed(data.inputs), familyOfRow, unlabelledRows, 10);
        };
        TrainOptions options = quickOptions(MetricLoss::InfoNce);
        options.epochs = 30;
        const auto selfOnly = m_backend->train(data, options, {}, m_cancel);
        options.tagWeight = 0.3;
        const auto semi = m_backend->train(data, options, {}, m_cancel);
        TrainingData arc = data;
        arc.labels = arc.familyLabels;
        arc.familyLabels.clear();
        arc.views = {};
        options.tagWeight = 0;
        options.loss = MetricLoss::ArcFace;
        const auto pure = m_backend->train(arc, options, {}, m_cancel);
        const double before = familyPrecision(*selfOnly), after = familyPrecision(*semi),
                     tagsOnly = familyPrecision(*pure);
        qInfo("family P@10 of untagged tracks: InfoNCE alone %.3f, ArcFace on the tagged tracks alone %.3f, "
              "both %.3f (chance 0.33)",
              before, tagsOnly, after);
        // ArcFace alone learns the tagged tracks by heart (their identity dimensions tell their family).
        QVERIFY(after > before + 0.05);
        QVERIFY(after > tagsOnly + 0.1);
        QCOMPARE(semi->options()[QStringLiteral("tag_families")].toInt(), families);
        QCOMPARE(selfOnly->options()[QStringLiteral("tag_weight")].toDouble(), 0.0);
    }

    void cancelStopsTraining()
    {
        std::atomic_bool cancel = true;
        QVERIFY(
            !m_backend->train(syntheticClasses(3, 10, 8, 6), quickOptions(MetricLoss::Triplet), {}, cancel));
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
