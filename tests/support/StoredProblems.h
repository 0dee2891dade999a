#pragma once

#include "core/common/FilePath.h"
#include "core/storage/Database.h"
#include "core/storage/ProblemStore.h"

#include <QString>

namespace soundalike::test {

// The reason the library database at `db` lists for the file at `path` among its problems (files that could
// not be read); empty when the file is not listed. Header only: the tests that include it link
// soundalike_storage, which the test support library does not.
inline QString problemReasonFor(const QString& db, const QString& path)
{
    Database database(db);
    for (const Problem& p : ProblemStore(database).all()) {
        if (p.path == toFilePath(path))
            return p.reason.text();
    }
    return {};
}

} // namespace soundalike::test
