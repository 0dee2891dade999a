#include "core/storage/SqliteMessage.h"

#include <sqlite3.h>

#include <cstring>

namespace soundalike {

namespace {

// The errors a file system causes. For others the system's last error is stale: SQLite probes for files
// that need not exist.
bool comesFromTheFileSystem(int code)
{
    switch (code & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

} // namespace

std::string sqliteMessage(sqlite3* db)
{
    if (!db)
        return "out of memory";
    std::string message = sqlite3_errmsg(db);
    const int error = sqlite3_system_errno(db);
    if (error != 0 && comesFromTheFileSystem(sqlite3_extended_errcode(db)))
        message += std::string(" (") + std::strerror(error) + ')';
    return message;
}

} // namespace soundalike
