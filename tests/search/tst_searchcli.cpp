#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const QStringList kGenres[] = {{QStringLiteral("Rock")},
                               {QStringLiteral("Indie Rock")},
                               {QStringLiteral("Jazz")},
                               {QStringLiteral("Electronic")},
                               {QStringLiteral("Jazz"), QStringLiteral("Soul")}};

TrackInfo info(int i)
{
    TrackInfo t;
    t.path = "/elsewhere/library/" + std::to_string(i) + ".mp3";
    t.stamp = {1000 + i, 42};
    t.artist = QStringLiteral("Artist %1").arg(i % 15);
    t.title = QStringLiteral("Song %1").arg(i);
    t.album = QStringLiteral("Album %1").arg(i % 20);
    t.genres = kGenres[i % 5];
    t.year = 1970 + (i * 7) % 40;
    t.durationMs = 150000 + (i * 13 % 10) * 15000;
    return t;
}

QJsonArray entries(const QJsonObject& playlist)
{
    return playlist[QStringLiteral("entries")].toArray();
}

} // namespace

class TestSearchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_music;

    QStringList db() const { return {QStringLiteral("--db"), m_db}; }

    ProcessResult run(QStringList arguments) const { return runCli(arguments + db()); }

    QJsonObject json(const QStringList& arguments) const
    {
        const ProcessResult result = run(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return result.json();
    }

    void addTracks(int from, int to)
    {
        Database database(m_db);
        const std::int64_t folder = FolderStore(database).ensure("/elsewhere/library");
        Transaction transaction(database);
        TrackStore store(database);
        for (int i = from; i < to; ++i)
            store.insert(info(i), folder);
        transaction.commit();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        m_music = m_dir.filePath(QStringLiteral("music"));
        addTracks(0, 60);
        Tags a;
        a.artist = QStringLiteral("Real Band");
        a.title = QStringLiteral("Real Song");
        a.genres = {QStringLiteral("Indie Rock")};
        a.date = QStringLiteral("1999");
        QVERIFY(writeMp3(m_music + QStringLiteral("/real song.mp3"), {}, a));
        a.title = QStringLiteral("Other Song");
        a.artist = QStringLiteral("Jazz Band");
        a.genres = {QStringLiteral("Jazz")};
        QVERIFY(writeMp3(m_music + QStringLiteral("/other.mp3"), {}, a));
        QCOMPARE(run({QStringLiteral("scan"), m_music}).exitCode, 0);
    }

    void similarFromATrackId()
    {
        const QJsonObject playlist = json(
            {QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("12")});
        QCOMPARE(playlist[QStringLiteral("count")].toInt(), 12);
        QCOMPARE(playlist[QStringLiteral("seeds")].toArray()[0].toObject()[QStringLiteral("id")].toInt(), 1);
        std::set<qint64> ids;
        std::vector<QString> artists;
        for (const QJsonValue& v : entries(playlist)) {
            const QJsonObject e = v.toObject();
            QVERIFY(e[QStringLiteral("id")].toInteger() != 1);
            QVERIFY(ids.insert(e[QStringLiteral("id")].toInteger()).second);
            QCOMPARE(e[QStringLiteral("seed_id")].toInt(), 1);
            QVERIFY(e[QStringLiteral("similarity")].toDouble() > 0);
            QVERIFY(!e[QStringLiteral("reasons")].toArray().isEmpty());
            // The sentence for people; the raw dimension names stay in `reasons`, for scripts.
            const QString why = e[QStringLiteral("why")].toString();
            QVERIFY2(why.startsWith(QStringLiteral("Like “")), qPrintable(why));
            for (const QJsonValue& reason : e[QStringLiteral("reasons")].toArray()) {
                // "genre:rock", "year:1995"; a plain word like "artist" may be English too.
                if (reason.toString().contains(QLatin1Char(':')))
                    QVERIFY2(!why.contains(reason.toString()), qPrintable(why));
            }
            QVERIFY(e[QStringLiteral("duration_ms")].toInt() > 0);
            artists.push_back(e[QStringLiteral("artist")].toString());
            QCOMPARE(e[QStringLiteral("position")].toInt(), int(artists.size()));
        }
        for (std::size_t i = 0; i < artists.size(); ++i) {
            for (std::size_t j = i + 1; j < artists.size() && j < i + 5; ++j)
                QVERIFY(artists[i] != artists[j]);
        }
        // The seed's first genre leads: seed 1 is Indie Rock, so rock of some kind comes first.
        const QString first =
            entries(playlist)[0].toObject()[QStringLiteral("genres")].toArray()[0].toString();
        QVERIFY2(first.contains(QLatin1String("Rock")), qPrintable(first));
        QCOMPARE(playlist[QStringLiteral("index")].toObject()[QStringLiteral("kind")].toString(),
                 QStringLiteral("exact"));
    }

    void similarFromFilesWithFilters()
    {
        const QString seed = m_music + QStringLiteral("/real song.mp3");
        const QJsonObject playlist =
            json({QStringLiteral("similar"), seed, QStringLiteral("--genre"), QStringLiteral("rock"),
                  QStringLiteral("--years"), QStringLiteral("1975-1995"), QStringLiteral("-n"),
                  QStringLiteral("8"), QStringLiteral("--order"), QStringLiteral("smooth")});
        QVERIFY(playlist[QStringLiteral("count")].toInt() > 0);
        for (const QJsonValue& v : entries(playlist)) {
            const QJsonObject e = v.toObject();
            QVERIFY(e[QStringLiteral("genres")].toArray()[0].toString().contains(QLatin1String("Rock")));
            QVERIFY(e[QStringLiteral("year")].toInt() >= 1975 && e[QStringLiteral("year")].toInt() <= 1995);
            QVERIFY(e[QStringLiteral("path")].toString() != seed);
        }
        const ProcessResult text =
            run({QStringLiteral("similar"), seed, QStringLiteral("-n"), QStringLiteral("5")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Seed: Real Band — Real Song"));
        QVERIFY(text.out.contains("  1  "));
        QVERIFY(text.out.contains("5 tracks"));
        QVERIFY(text.out.contains("from Real Song"));
    }

    void pathAndNeighbors()
    {
        const QJsonObject path =
            json({QStringLiteral("path"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("-n"),
                  QStringLiteral("6"), QStringLiteral("--artist-gap"), QStringLiteral("2")});
        QCOMPARE(path[QStringLiteral("order")].toString(), QStringLiteral("path"));
        QCOMPARE(path[QStringLiteral("count")].toInt(), 6);

        const QJsonObject near = json({QStringLiteral("neighbors"), QStringLiteral("1"), QStringLiteral("2"),
                                       QStringLiteral("-k"), QStringLiteral("5")});
        const QJsonArray results = near[QStringLiteral("results")].toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue& r : results) {
            const QJsonArray neighbours = r.toObject()[QStringLiteral("neighbors")].toArray();
            QCOMPARE(neighbours.size(), 5);
            double last = -1;
            for (const QJsonValue& n : neighbours) {
                const double distance = n.toObject()[QStringLiteral("distance")].toDouble();
                QVERIFY(distance >= last);
                QVERIFY(n.toObject()[QStringLiteral("id")] !=
                        r.toObject()[QStringLiteral("track")].toObject()[QStringLiteral("id")]);
                last = distance;
            }
        }
    }

    void indexIsKeptBesideTheDatabase()
    {
        const QString indexFile = m_db + QStringLiteral(".tags.index");
        QVERIFY(QFile::exists(indexFile));
        QJsonObject index =
            json({QStringLiteral("neighbors"), QStringLiteral("1")})[QStringLiteral("index")].toObject();
        QCOMPARE(index[QStringLiteral("action")].toString(), QStringLiteral("loaded"));
        QCOMPARE(index[QStringLiteral("path")].toString(), indexFile);

        // New tracks of known genres and years: added in place, no rebuild.
        addTracks(60, 70);
        index = json({QStringLiteral("neighbors"), QStringLiteral("1")})[QStringLiteral("index")].toObject();
        QCOMPARE(index[QStringLiteral("action")].toString(), QStringLiteral("updated"));
        QCOMPARE(index[QStringLiteral("added")].toInt(), 10);
        QCOMPARE(index[QStringLiteral("tracks")].toInt(), 72);

        // A damaged index file is rebuilt, and the answer is the same.
        const QJsonObject before = json({QStringLiteral("similar"), QStringLiteral("2")});
        QFile file(indexFile);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage");
        file.close();
        const QJsonObject after = json({QStringLiteral("similar"), QStringLiteral("2")});
        QCOMPARE(after[QStringLiteral("index")].toObject()[QStringLiteral("action")].toString(),
                 QStringLiteral("built"));
        QCOMPARE(entries(after), entries(before));
    }

    void badInput()
    {
        const auto code = [this](const QStringList& arguments) { return run(arguments).exitCode; };
        QCOMPARE(code({QStringLiteral("similar")}), 2);
        QCOMPARE(code({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--diversity"),
                       QStringLiteral("2")}),
                 2);
        QCOMPARE(code({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--order"),
                       QStringLiteral("random")}),
                 2);
        QCOMPARE(code({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--years"),
                       QStringLiteral("1990-1980")}),
                 2);
        QCOMPARE(code({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--order"),
                       QStringLiteral("path")}),
                 2);
        QCOMPARE(code({QStringLiteral("path"), QStringLiteral("1")}), 2);
        QCOMPARE(code({QStringLiteral("neighbors"), QStringLiteral("1"), QStringLiteral("-k"),
                       QStringLiteral("0")}),
                 2);
        const ProcessResult unknown = run({QStringLiteral("similar"), QStringLiteral("99999")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY(unknown.err.contains("no track with id 99999"));
        const ProcessResult notInLibrary =
            run({QStringLiteral("similar"), m_dir.filePath(QStringLiteral("library.db"))});
        QCOMPARE(notInLibrary.exitCode, 1);
        QVERIFY(notInLibrary.err.contains("not in the library"));
        // A file the scan could not read is named with the scan's reason, not as one never scanned.
        const QString broken = m_music + QStringLiteral("/broken.mp3");
        QVERIFY(writeFile(broken, QByteArray(4096, 'x')));
        QCOMPARE(run({QStringLiteral("scan"), m_music}).exitCode, 0);
        const ProcessResult unreadable = run({QStringLiteral("similar"), broken});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(unreadable.err.contains("could not be read when scanned: "), unreadable.err.constData());
        const QString emptyDb = m_dir.filePath(QStringLiteral("empty.db"));
        const ProcessResult absent =
            runCli({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--db"), emptyDb});
        QCOMPARE(absent.exitCode, 1);
        QVERIFY(absent.err.contains("no library database at " + emptyDb.toUtf8()));
        QVERIFY(!QFileInfo::exists(emptyDb));
        {
            Database created(emptyDb);
        }
        const ProcessResult empty =
            runCli({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--db"), emptyDb});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains("library has no songs yet"));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
