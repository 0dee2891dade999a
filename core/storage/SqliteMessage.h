#pragma once

#include <string>

struct sqlite3;

namespace soundalike {

// SQLite's message for the connection's last error, with the system's reason when there is one: "disk I/O
// error" alone does not tell a full disk from a read-only folder.
std::string sqliteMessage(sqlite3* db);

} // namespace soundalike
