#pragma once

#include <QString>

#include <cstdint>

#include <memory>
#include <unordered_map>
#include <utility>

struct sqlite3;

namespace soundalike {

class Statement;

// One SQLite connection to the library file. Opening it creates or migrates the schema; a file written by a
// newer Soundalike is refused before anything is written to it. Use one Database per thread.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr int kBusyTimeoutMs = 10000;

    explicit Database(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion() const;
    void exec(const char* sql);
    Statement prepare(const char* sql);
    // A prepared statement kept for the connection's lifetime, reset and ready to bind. For the hot paths of
    // the scanner, where compiling the same SQL for every file would cost more than running it. `sql` must be
    // a string literal (it is keyed by address).
    Statement& cached(const char* sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    // Moves whenever another connection, of this process or another, commits to the file; never for this
    // connection's own commits.
    [[nodiscard]] std::int64_t dataVersion();
    bool integrityOk(QString* report = nullptr);
    static QString sqliteVersion();
    sqlite3* handle() const { return m_db; }

private:
    void configure(Mode mode);
    void enableWal();
    void checkVersion(int version) const;
    // Schema 0 with tables: a database of another program.
    [[nodiscard]] std::pair<int, bool> versionAndTables() const;
    void migrate(int from);

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cache;
};

} // namespace soundalike
