#pragma once

#include <cstdint>

namespace soundalike {

class Database;

// The `search_changes` counter: it moves whenever anything a playlist is made from changes (schema version 7
// keeps it with triggers), so a search held in memory can tell whether it still describes the library.
class SearchChanges
{
public:
    explicit SearchChanges(Database& db) : m_db(db) {}

    [[nodiscard]] std::int64_t counter();

private:
    Database& m_db;
};

} // namespace soundalike
