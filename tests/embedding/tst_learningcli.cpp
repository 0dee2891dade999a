#include "core/storage/Database.h"
#include "core/storage/ModelStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// train, models and eval end to end on a real library: mp3s made here, scanned, analysed, learned from.
// Four "genres" that differ in sound, three artists each, so the artist filter has something to filter.
class TestLearningCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QStringList m_db;

    static AudioSpec soundOf(int genre, int i)
    {
        AudioSpec spec;
        spec.seconds = 22;
        spec.seed = unsigned(100 * genre + i);
        switch (genre) {
        case 0:
            spec.wave = AudioSpec::Wave::Sine;
            spec.frequency = 100 + 5 * i;
            break;
        case 1:
            spec.wave = AudioSpec::Wave::Noise;
            spec.amplitude = 0.15 + 0.02 * i;
            break;
        case 2:
            spec.wave = AudioSpec::Wave::Clicks;
            spec.bpm = 90 + 5 * i;
            break;
        default:
            spec.wave = AudioSpec::Wave::Music;
            spec.bpm = 100 + 3 * i;
            break;
        }
        return spec;
    }

    void addTrack(int genre, int i)
    {
        static const QStringList genres{"Drone", "Static", "Beat", "Song"};
        Tags tags;
        tags.genres = {genres[genre]};
        tags.artist = QStringLiteral("%1 Artist %2").arg(genres[genre]).arg(i % 3);
        tags.title = QStringLiteral("%1 %2").arg(genres[genre]).arg(i);
        tags.album = tags.artist + QStringLiteral(" Album");
        QVERIFY(writeMp3(m_music + QStringLiteral("/%1/%2.mp3").arg(genres[genre]).arg(i), soundOf(genre, i),
                         tags));
    }

    ProcessResult cli(const QStringList& args)
    {
        return runCli(args + m_db + QStringList{QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        m_music = m_dir.filePath(QStringLiteral("music"));
        m_db = {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("library.db"))};
        for (int genre = 0; genre < 4; ++genre)
            for (int i = 0; i < 12; ++i)
                addTrack(genre, i);
        const auto scan = cli({QStringLiteral("scan"), m_music, QStringLiteral("--analyze")});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(scan.json()[QStringLiteral("analysis")].toObject()[QStringLiteral("analysed")].toInt(), 48);
    }

    void tooFewTracksIsAClearError()
    {
        // A library that exists (a scan of an empty folder made it) but holds nothing to learn from.
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const QString db = m_dir.filePath(QStringLiteral("empty.db"));
        QCOMPARE(runCli({QStringLiteral("scan"), empty, QStringLiteral("--db"), db}).exitCode, 0);
        const auto result = runCli({QStringLiteral("train"), QStringLiteral("--db"), db});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("too few tracks"), result.err.constData());
    }

    void similarUsesDescriptorsBeforeAnyModel()
    {
        const auto result =
            cli({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("5")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject index = result.json()[QStringLiteral("index")].toObject();
        QVERIFY(index[QStringLiteral("source")].toString().startsWith(QLatin1String("descriptors-v")));
        QCOMPARE(result.json()[QStringLiteral("count")].toInt(), 5);
    }

    void trainRegistersAModelAndEmbedsEveryTrack()
    {
        const auto result = cli({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("15"),
                                 QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        // Tags and sound together; "Song" is a junk genre, so its 12 tracks carry no label.
        QCOMPARE(json[QStringLiteral("signal")].toString(), QStringLiteral("semi-supervised"));
        QCOMPARE(json[QStringLiteral("tracks")].toInt(), 48);
        QCOMPARE(json[QStringLiteral("labelled_tracks")].toInt(), 36);
        QVERIFY(json[QStringLiteral("options")].toObject()[QStringLiteral("tag_weight")].toDouble() > 0);
        QCOMPARE(json[QStringLiteral("epochs")].toArray().size(), 15);
        QVERIFY(QFile::exists(json[QStringLiteral("file")].toString()));

        const auto models = cli({QStringLiteral("models")}).json();
        QCOMPARE(models[QStringLiteral("count")].toInt(), 1);
        const auto similar =
            cli({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("5")});
        const QJsonObject index = similar.json()[QStringLiteral("index")].toObject();
        QCOMPARE(index[QStringLiteral("source")].toString(), QStringLiteral("embedding-model1"));
        // Picks from a learned embedding are explained in descriptor terms, not "embedding 7".
        const QJsonArray entries = similar.json()[QStringLiteral("entries")].toArray();
        QVERIFY(!entries.isEmpty());
        QVERIFY(!QJsonDocument(entries).toJson().contains("embedding "));
        QVERIFY(models[QStringLiteral("models")]
                    .toArray()[0]
                    .toObject()[QStringLiteral("file_present")]
                    .toBool());
    }

    // Two libraries in one folder share its models folder; each keeps its own model files.
    void twoLibrariesInOneFolderKeepTheirOwnModels()
    {
        const QString mine = cli({QStringLiteral("models")})
                                 .json()[QStringLiteral("models")]
                                 .toArray()[0]
                                 .toObject()[QStringLiteral("file")]
                                 .toString();
        const auto bytes = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = bytes(mine);
        QVERIFY(!before.isEmpty());
        // A second library of the same tracks, with no model yet: its first model gets the same id.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("library.db")), other));
        {
            Database db(other);
            for (const ModelRecord& model : ModelStore(db).all())
                ModelStore(db).remove(model.id);
        }
        const auto trained = runCli({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("2"),
                                     QStringLiteral("--dim"), QStringLiteral("16"), QStringLiteral("--db"),
                                     other, QStringLiteral("--json")});
        QCOMPARE(trained.exitCode, 0);
        QCOMPARE(trained.json()[QStringLiteral("model")].toInt(), 1);
        QVERIFY(trained.json()[QStringLiteral("file")].toString() != mine);
        QCOMPARE(bytes(mine), before);
    }

    void evalReportsEveryFigureWithChance()
    {
        const QJsonObject json = cli({QStringLiteral("eval")}).json();
        for (const char* key :
             {"tracks", "labels", "p_at_10", "p_at_10_chance", "p_at_10_filtered", "p_at_10_filtered_chance",
              "p_at_10_album_filtered", "p_at_10_album_filtered_chance", "knn5_accuracy", "hub_share",
              "seed_metric_euclidean", "seed_metric_cosine", "model"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        // By genre family: Drone (Ambient, an Electronic genre), Static (its own), Beat (Rock); Song is junk.
        QCOMPARE(json[QStringLiteral("tracks")].toInt(), 36);
        QCOMPARE(json[QStringLiteral("labels")].toInt(), 3);
        QVERIFY(json[QStringLiteral("p_at_10_filtered")].toDouble() >
                json[QStringLiteral("p_at_10_filtered_chance")].toDouble() + 0.3);
        QCOMPARE(json[QStringLiteral("model")].toString(), QStringLiteral("model 1"));

        const QJsonObject raw =
            cli({QStringLiteral("eval"), QStringLiteral("--features"), QStringLiteral("raw")}).json();
        QCOMPARE(raw[QStringLiteral("model")].toString(), QStringLiteral("raw"));
        QVERIFY(raw[QStringLiteral("p_at_10")].toDouble() > raw[QStringLiteral("p_at_10_chance")].toDouble());

        const QJsonObject segments =
            cli({QStringLiteral("eval"), QStringLiteral("--features"), QStringLiteral("raw-segments")})
                .json();
        QCOMPARE(segments[QStringLiteral("model")].toString(), QStringLiteral("raw segments"));
        QVERIFY(segments[QStringLiteral("p_at_10")].toDouble() >
                segments[QStringLiteral("p_at_10_chance")].toDouble());
    }

    void holdoutTrainsAFreshModelAndQueriesHiddenTracks()
    {
        const auto result = cli({QStringLiteral("eval"), QStringLiteral("--holdout"), QStringLiteral("0.3"),
                                 QStringLiteral("--epochs"), QStringLiteral("10")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json()[QStringLiteral("queries")].toInt(), 10); // 30 % of the 36 labelled tracks
        QVERIFY(result.json()[QStringLiteral("model")].toString().startsWith(QLatin1String("holdout")));
        QCOMPARE(cli({QStringLiteral("models")}).json()[QStringLiteral("count")].toInt(), 1); // not saved
    }

    void labelsFileReplacesTags()
    {
        const QString tsv = m_dir.filePath(QStringLiteral("labels.tsv"));
        QFile file(tsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Two coarse labels: tonal (Drone, Song) and not (Static, Beat). The third and fourth columns put
        // each folder's tracks into two groups and "packages" of 6 (an album for tracks without album tags),
        // so a label has four groups to draw the playlist benchmark's seeds from (three from different
        // groups).
        for (const QString& genre : {QStringLiteral("Drone"), QStringLiteral("Static"),
                                     QStringLiteral("Beat"), QStringLiteral("Song")}) {
            const bool tonal = genre == QLatin1String("Drone") || genre == QLatin1String("Song");
            for (int i = 0; i < 12; ++i)
                file.write(QStringLiteral("music/%1/%2.mp3\t%3\t%1-%4\t%1-%4\n")
                               .arg(genre)
                               .arg(i)
                               .arg(tonal ? "tonal" : "noisy")
                               .arg(i % 2)
                               .toUtf8());
        }
        file.close();
        const QJsonObject json = cli({QStringLiteral("eval"), QStringLiteral("--labels"), tsv}).json();
        QCOMPARE(json[QStringLiteral("labels")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("tracks")].toInt(), 48);
        // A query has 47 candidates, 23 of its label; without its package's other 5, 18 of 42.
        QCOMPARE(json[QStringLiteral("p_at_10_chance")].toDouble(), 23.0 / 47.0);
        QCOMPARE(json[QStringLiteral("p_at_10_album_filtered_chance")].toDouble(), 18.0 / 42.0);
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("--labels"),
                      m_dir.filePath(QStringLiteral("none.tsv"))})
                     .exitCode,
                 1);

        // The playlist benchmark of issue 14 in its smoke size, through the command docs/quality.md gives.
        const ProcessResult judged =
            cli({QStringLiteral("eval"), QStringLiteral("--labels"), tsv, QStringLiteral("--playlists"),
                 QStringLiteral("--sets"), QStringLiteral("2")});
        QVERIFY2(judged.exitCode == 0, judged.err.constData());
        const QJsonObject playlists = judged.json();
        QVERIFY2(playlists[QStringLiteral("playlists")].toInt() > 0,
                 QJsonDocument(playlists).toJson().constData());
        for (const char* length : {"n10", "n30"}) {
            const QJsonObject figures = playlists[QLatin1String(length)].toObject();
            for (const char* figure : {"style_agreement", "achievable_agreement", "same_style_transitions"}) {
                const double value = figures[QLatin1String(figure)].toDouble(-1);
                QVERIFY2(value >= 0 && value <= 1, qPrintable(QStringLiteral("%1 %2: %3")
                                                                  .arg(QLatin1String(length))
                                                                  .arg(QLatin1String(figure))
                                                                  .arg(value)));
            }
        }
        // Tonal and noisy tracks differ in sound: playlists from three tonal or three noisy seeds keep to
        // them more often than chance (half the library).
        QVERIFY(playlists[QStringLiteral("n10")].toObject()[QStringLiteral("style_agreement")].toDouble() >
                0.5);
    }

    void selfSupervisedTraining()
    {
        const auto result = cli({QStringLiteral("train"), QStringLiteral("--signal"), QStringLiteral("self"),
                                 QStringLiteral("--epochs"), QStringLiteral("5")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json()[QStringLiteral("signal")].toString(), QStringLiteral("self-supervised"));
        QCOMPARE(result.json()[QStringLiteral("labelled_tracks")].toInt(), 0);
        // An explicit supervised loss learns from the labelled tracks alone (a holdout model: not saved).
        const auto labelsOnly =
            cli({QStringLiteral("eval"), QStringLiteral("--holdout"), QStringLiteral("0.1"),
                 QStringLiteral("--loss"), QStringLiteral("arcface"), QStringLiteral("--epochs"),
                 QStringLiteral("5")});
        QCOMPARE(labelsOnly.json()[QStringLiteral("model")].toString(),
                 QStringLiteral("holdout arcface (labels, segments)"));
        // Without labels the default loss is InfoNCE, measured best for self-supervision.
        QCOMPARE(result.json()[QStringLiteral("options")].toObject()[QStringLiteral("loss")].toString(),
                 QStringLiteral("infonce"));
        QCOMPARE(cli({QStringLiteral("models")}).json()[QStringLiteral("count")].toInt(), 2);
    }

    void newTracksAreEmbeddedWithoutRetraining()
    {
        for (int i = 12; i < 15; ++i)
            addTrack(1, i);
        const auto scan = cli({QStringLiteral("scan"), QStringLiteral("--analyze")});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(scan.json()[QStringLiteral("analysis")].toObject()[QStringLiteral("embedded")].toInt(), 3);
        QCOMPARE(cli({QStringLiteral("models")}).json()[QStringLiteral("count")].toInt(), 2);
    }

    void badOptionsAreUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("train"), QStringLiteral("--loss"), QStringLiteral("hinge")}).exitCode,
                 2);
        const auto infoNceWithLabels =
            cli({QStringLiteral("train"), QStringLiteral("--loss"), QStringLiteral("infonce"),
                 QStringLiteral("--signal"), QStringLiteral("labels")});
        QCOMPARE(infoNceWithLabels.exitCode, 2);
        QVERIFY(infoNceWithLabels.err.contains("without labels"));
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("--holdout"), QStringLiteral("1.5")}).exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("eval"), QStringLiteral("--features"), QStringLiteral("magic")}).exitCode, 2);
        // "nan" reads as a number and compares false with every bound: a NaN tag weight trained a model whose
        // vectors were all NaN, and every song then matched every seed.
        for (const QStringList& nan :
             {QStringList{QStringLiteral("train"), QStringLiteral("--tag-weight"), QStringLiteral("nan")},
              QStringList{QStringLiteral("train"), QStringLiteral("--genre-weight"), QStringLiteral("NaN")},
              QStringList{QStringLiteral("eval"), QStringLiteral("--holdout"), QStringLiteral("nan")},
              QStringList{QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--diversity"),
                          QStringLiteral("nan")}}) {
            const auto result = cli(nan);
            QVERIFY2(result.exitCode == 2, qPrintable(nan.join(QLatin1Char(' '))));
            QVERIFY2(result.err.contains("takes"), result.err.constData());
        }
    }

    // Asked to learn from tags where there are none, training says so instead of installing a model that
    // learnt from nothing but the sound under the name of tags.
    void theLabelsSignalWithoutTagsIsAClearError()
    {
        const QString music = m_dir.filePath(QStringLiteral("untagged"));
        for (int i = 0; i < 10; ++i)
            QVERIFY(writeMp3(music + QStringLiteral("/%1.mp3").arg(i), soundOf(i % 4, i)));
        const QString db = m_dir.filePath(QStringLiteral("untagged.db"));
        QCOMPARE(
            runCli({QStringLiteral("scan"), music, QStringLiteral("--analyze"), QStringLiteral("--db"), db})
                .exitCode,
            0);
        const auto labels = runCli({QStringLiteral("train"), QStringLiteral("--signal"),
                                    QStringLiteral("labels"), QStringLiteral("--db"), db});
        QCOMPARE(labels.exitCode, 1);
        QVERIFY2(labels.err.contains("too few genre tags"), labels.err.constData());
        const auto models =
            runCli({QStringLiteral("models"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QCOMPARE(models.exitCode, 0);
        QCOMPARE(models.json()[QStringLiteral("count")].toInt(-1), 0);
    }

    void unanalysedSeedFallsBackToTags()
    {
        Tags tags;
        tags.genres = {QStringLiteral("Drone")};
        tags.artist = QStringLiteral("Late Artist");
        QVERIFY(writeMp3(m_music + QStringLiteral("/late/new.mp3"), soundOf(0, 1), tags));
        QCOMPARE(cli({QStringLiteral("scan")}).exitCode, 0); // scanned, not analysed
        const auto result = cli({QStringLiteral("similar"), m_music + QStringLiteral("/late/new.mp3"),
                                 QStringLiteral("-n"), QStringLiteral("5")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(
            result.json()[QStringLiteral("index")].toObject()[QStringLiteral("source")].toString().startsWith(
                QLatin1String("tags")));
    }

    // A library moved with its models folder (a new disk, a backup restored) keeps its model, though the
    // database names where the file was.
    void aMovedLibraryKeepsItsModel()
    {
        const QString moved = m_dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(moved + QStringLiteral("/models")));
        QVERIFY(QFile::copy(m_db[1], moved + QStringLiteral("/library.db")));
        const QString models = m_dir.filePath(QStringLiteral("models"));
        for (const QString& name : QDir(models).entryList(QDir::Files))
            QVERIFY(QFile::copy(models + QLatin1Char('/') + name, moved + QStringLiteral("/models/") + name));
        QVERIFY(QDir(models).rename(models, m_dir.filePath(QStringLiteral("models-away"))));
        const QStringList db{QStringLiteral("--db"), moved + QStringLiteral("/library.db")};
        const auto listed = runCli(QStringList{QStringLiteral("models"), QStringLiteral("--json")} + db);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = listed.json()[QStringLiteral("models")].toArray();
        QVERIFY(!all.isEmpty());
        QVERIFY2(all.last().toObject()[QStringLiteral("file_present")].toBool(), listed.out.constData());
        const auto similar = runCli(QStringList{QStringLiteral("similar"), QStringLiteral("1")} + db);
        QCOMPARE(similar.exitCode, 0);
        QVERIFY2(!similar.out.contains("missing") && !similar.err.contains("missing"),
                 similar.out.constData());
        QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("models-away")), models));
    }

    void corruptModelsFallBackToAClearMessage()
    {
        for (const QFileInfo& model :
             QDir(m_dir.filePath(QStringLiteral("models"))).entryInfoList(QDir::Files)) {
            QFile file(model.filePath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("garbage");
        }
        const auto result = cli({QStringLiteral("eval")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("no trained model"), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLearningCli)
#include "tst_learningcli.moc"
