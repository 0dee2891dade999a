#pragma once

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QString>

namespace soundalike::test {

// Whether the database at `path` is sound, as a killed process must leave it: SQLite's integrity_check
// passes and no row points at nothing (foreign_key_check). When it is not, `fault` says what is wrong.
// Header only: the tests that include it link soundalike_storage, which the test support library does not.
[[nodiscard]] inline bool databaseIsSound(const QString& path, QString* fault)
{
    Database db(path);
    if (!db.integrityOk(fault))
        return false;
    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (keys.step()) {
        *fault = QStringLiteral("a row points at nothing");
        return false;
    }
    return true;
}

} // namespace soundalike::test
