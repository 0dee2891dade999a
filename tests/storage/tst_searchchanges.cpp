#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/ListeningStore.h"
#include "core/storage/SearchChanges.h"
#include "core/storage/TrackStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace soundalike;

// The counter a search kept in memory between playlists trusts (SimilarTracksCache): every write to what a
// playlist is made from moves it, whichever connection makes it, and listening does not.
class TestSearchChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::int64_t m_track = 0;

    void exec(Database& db, const QByteArray& sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(db.handle(), sql.constData(), nullptr, nullptr, &error);
        const QByteArray message = error ? QByteArray(error) : QByteArray();
        sqlite3_free(error);
        QVERIFY2(rc == SQLITE_OK, message.constData());
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("library.db"));
        Database db(m_path);
        TrackInfo info;
        info.path = "/music/a.mp3";
        info.title = QStringLiteral("A");
        info.artist = QStringLiteral("Band");
        info.genres = {QStringLiteral("Rock")};
        m_track = TrackStore(db).insert(info, FolderStore(db).ensure("/music"));
        exec(
            db,
            "INSERT INTO models(id, created_at, file, options, input_version) VALUES(1, 0, 'm.pt', '{}', 1)");
    }

    void movesOnEveryChangeAPlaylistDependsOn_data()
    {
        QTest::addColumn<QByteArray>("sql");
        const QByteArray id = QByteArray::number(m_track);
        QTest::newRow("new track") << QByteArray("INSERT INTO tracks(path, size, mtime_ns, title, artist, "
                                                 "added_at, updated_at) VALUES('/music/b.mp3', 1, 1, 'B', "
                                                 "'Band', 0, 0)");
        QTest::newRow("tags edited") << "UPDATE tracks SET title = 'A2' WHERE id = " + id;
        QTest::newRow("unmounted") << "UPDATE tracks SET available = 0 WHERE id = " + id;
        QTest::newRow("genre added") << "INSERT INTO track_genres(track_id, genre_id, position) "
                                        "SELECT " +
                                            id +
                                            ", id, 1 FROM genres LIMIT 1 ON CONFLICT DO NOTHING; "
                                            "DELETE FROM track_genres WHERE track_id = " +
                                            id + " AND position = 0";
        QTest::newRow("analysed")
            << "INSERT INTO descriptors(track_id, version, summary, computed_at) VALUES(" + id +
                   ", 1, x'00', 0)";
        QTest::newRow("analysed again") << "UPDATE descriptors SET summary = x'01' WHERE track_id = " + id;
        QTest::newRow("model trained") << QByteArray("INSERT INTO models(created_at, file, options, "
                                                     "input_version) VALUES(1, 'n.pt', '{}', 1)");
        QTest::newRow("embedded") << "INSERT INTO embeddings(track_id, model_id, vector) VALUES(" + id +
                                         ", 1, x'0000803f')";
        QTest::newRow("fingerprinted")
            << "INSERT INTO fingerprints(track_id, start_ms, items) VALUES(" + id + ", 0, x'')";
        QTest::newRow("grouped") << "UPDATE fingerprints SET duplicate_group = " + id +
                                        " WHERE track_id = " + id;
        QTest::newRow("descriptor dropped") << "DELETE FROM descriptors WHERE track_id = " + id;
        QTest::newRow("track removed") << QByteArray("DELETE FROM tracks WHERE path = '/music/b.mp3'");
    }

    void movesOnEveryChangeAPlaylistDependsOn()
    {
        QFETCH(QByteArray, sql);
        Database reader(m_path);
        const std::int64_t before = SearchChanges(reader).counter();
        Database writer(m_path); // another connection, as a background job or another process is
        exec(writer, sql);
        QVERIFY(writer.changes() > 0);
        QVERIFY(SearchChanges(reader).counter() > before);
    }

    void listeningLeavesItAlone()
    {
        Database db(m_path);
        const std::int64_t before = SearchChanges(db).counter();
        ListeningStore(db).record(m_track, true, false, 1000);
        QCOMPARE(SearchChanges(db).counter(), before);
    }
};

QTEST_GUILESS_MAIN(TestSearchChanges)
#include "tst_searchchanges.moc"
