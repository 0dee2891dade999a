#include "core/storage/Database.h"

#include "core/common/Logging.h"
#include "core/common/TextKey.h"
#include "core/storage/Schema.h"
#include "core/storage/SqliteMessage.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <tuple>
#include <unistd.h>

namespace soundalike {

namespace {

// fold(text): Unicode case folding, so searches match "Ä" with "ä" and "Σ" with "σ", which LIKE cannot.
void foldFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = searchKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

std::string describe(const QString& path, const std::string& what)
{
    return QCoreApplication::translate("Database", "cannot open library database %1: %2")
        .arg(path, QString::fromStdString(what))
        .toStdString();
}

bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Asked before SQLite opens anything. SQLite opens a file it may not write read-only without a word, then
// fails with reasons that alarm ("database disk image is malformed", "attempt to write a readonly
// database"), and leaves a write-ahead log and index beside the file with the file's read-only mode, which
// break writing even after the file is made writable again.
void checkWritable(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw StorageError(describe(path, "cannot create its folder"));
    const auto reason = [] { return std::string(" (") + std::strerror(errno) + ')'; };
    if (QFileInfo::exists(path) && !writable(path))
        throw StorageError(describe(path, "the file is read-only" + reason()));
    // The log and its index live beside the database; a folder that cannot be written is fine only while both
    // exist and can be written.
    const bool logsInPlace =
        writable(path + QStringLiteral("-wal")) && writable(path + QStringLiteral("-shm"));
    if (!writable(folder) && !logsInPlace)
        throw StorageError(
            describe(path, QStringLiteral("its folder %1 cannot be written%2; the database keeps its "
                                          "write-ahead log beside it")
                               .arg(folder, QString::fromStdString(reason()))
                               .toStdString()));
}

} // namespace

Database::Database(const QString& path, Mode mode) : m_path(path)
{
    if (mode == Mode::ReadWrite)
        checkWritable(path);
    const int flags =
        mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string message = describe(path, sqliteMessage(m_db));
        sqlite3_close(m_db);
        throw StorageError(message);
    }
    try {
        configure(mode);
    } catch (...) {
        sqlite3_close(m_db);
        throw;
    }
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalised before the connection closes
    sqlite3_close(m_db);
}

void Database::configure(Mode mode)
{
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    if (sqlite3_create_function(m_db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction,
                                nullptr, nullptr) != SQLITE_OK)
        throw StorageError(describe(m_path, sqliteMessage(m_db)));
    int version = 0;
    bool hasTables = false;
    try {
        std::tie(version, hasTables) = versionAndTables();
    } catch (const StorageError&) {
        // Reading the first page also needs room for the WAL index beside the file: on a full disk or in a
        // folder that cannot be written this fails too, and saying "not a database" would alarm for nothing.
        if ((sqlite3_extended_errcode(m_db) & 0xff) != SQLITE_NOTADB)
            throw StorageError(describe(m_path, sqliteMessage(m_db)));
        throw StorageError(describe(m_path, "it is not a Soundalike library (not an SQLite database)"));
    }
    // Checked before any pragma that writes, so a newer database, or another program's, is left
    // byte-for-byte untouched.
    checkVersion(version);
    if (version == 0 && hasTables)
        throw StorageError(describe(m_path,
                                    "it is not a Soundalike library (an SQLite database of another program); "
                                    "it was left untouched"));
    exec("PRAGMA foreign_keys = ON");
    if (mode == Mode::ReadOnly) {
        if (version < Schema::latestVersion())
            throw StorageError(describe(m_path, "it needs an upgrade, which a read-only open cannot do"));
        return;
    }
    if (sqlite3_db_readonly(m_db, "main") == 1)
        throw StorageError(describe(m_path, "the file is read-only"));
    enableWal();
    // NORMAL is crash-safe in WAL mode: a power cut may lose the last commits, never corrupt the file.
    exec("PRAGMA synchronous = NORMAL");
    migrate(version);
}

void Database::enableWal()
{
    // Switching a new file to WAL takes an exclusive lock, and SQLite does not wait for it where waiting
    // could deadlock (it returns busy at once): retry while another connection is setting the file up.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int rc = sqlite3_exec(m_db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return;
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() > kBusyTimeoutMs)
            throw StorageError("database error: " + sqliteMessage(m_db));
        QThread::msleep(5);
    }
}

int Database::schemaVersion() const
{
    Statement query(m_db, "PRAGMA user_version");
    query.step();
    return query.integer(0);
}

std::pair<int, bool> Database::versionAndTables() const
{
    // One statement reads one snapshot: read apart, another connection creating the library in between
    // would show version 0 with tables, which is how another program's database looks.
    Statement query(m_db, "SELECT (SELECT user_version FROM pragma_user_version), "
                          "EXISTS (SELECT 1 FROM sqlite_schema)");
    query.step();
    return {query.integer(0), query.integer(1) != 0};
}

void Database::checkVersion(int version) const
{
    if (version > Schema::latestVersion()) {
        throw StorageError(
            QStringLiteral("library database %1 was written by a newer Soundalike (schema %2, this "
                           "version understands up to %3); it was left untouched")
                .arg(m_path)
                .arg(version)
                .arg(Schema::latestVersion())
                .toStdString());
    }
}

void Database::migrate(int from)
{
    const auto steps = Schema::migrations();
    if (from >= int(steps.size()))
        return;
    // Two connections may open a new library at once (the app loads its catalog while a scan starts): the
    // write lock serialises them, and the version read again under it tells the second there is nothing
    // left to do.
    Transaction transaction(*this);
    const int current = schemaVersion();
    checkVersion(current);
    if (current >= int(steps.size()))
        return; // the other connection finished first
    for (int version = current; version < int(steps.size()); ++version)
        exec(steps[std::size_t(version)]);
    exec(("PRAGMA user_version = " + std::to_string(steps.size())).c_str());
    transaction.commit();
    if (current > 0)
        qCInfo(lcStorage) << "upgraded" << m_path << "from schema" << current << "to" << steps.size();
}

void Database::exec(const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = "database error: ";
        message += error ? error : sqliteMessage(m_db);
        sqlite3_free(error);
        throw StorageError(message);
    }
}

Statement Database::prepare(const char* sql)
{
    return Statement(m_db, sql);
}

Statement& Database::cached(const char* sql)
{
    auto& slot = m_cache[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    else
        slot->reset();
    return *slot;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::int64_t Database::dataVersion()
{
    Statement& query = cached("PRAGMA data_version");
    query.step();
    const std::int64_t version = query.int64(0);
    // A statement left on its row would hold its read snapshot open between calls.
    query.reset();
    return version;
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool Database::integrityOk(QString* report)
{
    Statement check(m_db, "PRAGMA integrity_check");
    QStringList lines;
    while (check.step())
        lines << check.text(0);
    if (report)
        *report = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

} // namespace soundalike
