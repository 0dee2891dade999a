#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace soundalike {

// A prepared statement; parameters are 1-based as in SQLite. Values are always bound, never spliced into SQL.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, long long value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::string_view bytes);
    Statement& bindBlob(int index, const void* data, int size);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, int value); // 0 means "not known" and is stored as NULL

    // Advances to the next row; false when the statement is done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    std::string bytes(int column) const;
    // The column's UTF-8 text without a copy; valid until the next step() or reset().
    std::string_view view(int column) const;
    bool isNull(int column) const;

private:
    void check(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace soundalike
