#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace soundalike;

namespace {

QString pragma(Database& db, const char* name)
{
    auto query = db.prepare((std::string("PRAGMA ") + name).c_str());
    query.step();
    return query.text(0);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("sub/folder/library.db")));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        for (const char* table : {"folders", "tracks", "genres", "track_genres", "problems", "descriptors",
                                  "models", "embeddings"}) {
            auto query = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
            query.bind(1, std::string_view(table));
            query.step();
            QVERIFY2(query.integer(0) == 1, table);
        }
        QVERIFY(db.integrityOk());
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        {
            Database db(path);
            db.exec("INSERT INTO folders(path, added_at) VALUES('/music', 1)");
        }
        Database db(path);
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        auto query = db.prepare("SELECT count(*) FROM folders");
        query.step();
        QCOMPARE(query.integer(0), 1);
    }

    void refusesNewerSchemaAndLeavesFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
            const std::string sql = "CREATE TABLE future(x); PRAGMA user_version = " +
                                    std::to_string(Schema::latestVersion() + 7);
            QCOMPARE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        try {
            Database db(path);
            QFAIL("a newer database was opened");
        } catch (const StorageError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QLatin1String("newer Soundalike")), e.what());
            QVERIFY(!message.contains(QLatin1Char('\n')));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // --db pointed at another program's SQLite file: left as it was, not given our tables beside its own.
    void refusesAnotherProgramsDatabaseAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.sqlite"));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE bookmarks(url TEXT)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        try {
            Database db(path);
            QFAIL("another program's database was opened");
        } catch (const StorageError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("not a Soundalike library")),
                     e.what());
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY_THROWS_EXCEPTION(StorageError, Database{path});
        QCOMPARE(QFileInfo(path).size(), 4096);
    }

    void readOnlyModeCannotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        {
            Database create(path);
        }
        Database db(path, Database::Mode::ReadOnly);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 db.exec("INSERT INTO folders(path, added_at) VALUES('/x', 1)"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        {
            Transaction transaction(db);
            db.exec("INSERT INTO folders(path, added_at) VALUES('/a', 1)");
        }
        {
            Transaction transaction(db);
            db.exec("INSERT INTO folders(path, added_at) VALUES('/b', 1)");
            transaction.commit();
        }
        auto query = db.prepare("SELECT group_concat(path) FROM folders");
        query.step();
        QCOMPARE(query.text(0), QStringLiteral("/b"));
    }

    void foreignKeysCascadeFromTracks()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        db.exec("INSERT INTO tracks(id, path, size, mtime_ns, title, artist, added_at, updated_at) "
                "VALUES(1, '/a.mp3', 1, 1, 't', 'a', 1, 1)");
        db.exec("INSERT INTO genres(id, name, match_key) VALUES(1, 'Rock', 'rock')");
        db.exec("INSERT INTO track_genres(track_id, genre_id, position) VALUES(1, 1, 0)");
        db.exec("INSERT INTO descriptors(track_id, version, summary, computed_at) VALUES(1, 1, x'00', 1)");
        db.exec("DELETE FROM tracks WHERE id = 1");
        auto query =
            db.prepare("SELECT (SELECT count(*) FROM track_genres) + (SELECT count(*) FROM descriptors)");
        query.step();
        QCOMPARE(query.integer(0), 0);
        QVERIFY_THROWS_EXCEPTION(StorageError, db.exec("INSERT INTO track_genres VALUES(42, 1, 0)"));
    }

    void foldFunctionHandlesUnicode()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("library.db")));
        auto query = db.prepare("SELECT fold(?)");
        query.bind(1, QStringLiteral("ÄÖÜ ΣΊΣΥΦΟΣ Дом"));
        query.step();
        // Folded as the window's filter folds (searchKey): case and the accents of Latin, Greek and Cyrillic.
        QCOMPARE(query.text(0), QStringLiteral("aou σισυφοσ дом"));
    }

    void twoConnectionsCreatingOneLibraryAtOnceBothSucceed()
    {
        // The app loads its catalog while its first scan starts: both open a library that does not exist yet.
        QTemporaryDir dir;
        for (int round = 0; round < 20; ++round) {
            const QString path = dir.filePath(QStringLiteral("library%1.db").arg(round));
            std::atomic_int failures = 0;
            const auto open = [&] {
                try {
                    Database db(path);
                } catch (const StorageError& e) {
                    qWarning("%s", e.what());
                    ++failures;
                }
            };
            std::thread other(open);
            open();
            other.join();
            QCOMPARE(failures.load(), 0);
            Database db(path);
            QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
