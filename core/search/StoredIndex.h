#pragma once

#include "core/search/SimilarityIndex.h"

#include <QString>

namespace soundalike {

// What opening the stored index did, for logs and the command line.
struct IndexStatus
{
    enum class Action
    {
        Loaded,  // the file matched the vectors
        Updated, // some tracks were added, changed or removed in place
        Built    // built from scratch: no file, another source, unreadable, or too much changed
    };

    Action action = Action::Built;
    QString reason;  // why it was built, or what was updated
    QString warning; // the index works but could not be saved
    std::size_t added = 0;
    std::size_t removed = 0;
};

// Keeps the search index file beside the library database in step with a vector source.
class StoredIndex
{
public:
    // `library.db` + "tags" → `library.db.tags.index`, in the database's folder.
    static QString pathFor(const QString& databasePath, const QString& sourceName);

    // An index over exactly `table`: the file at `path` when it matches; brought up to date in place when
    // only some tracks changed; rebuilt when the file is missing, unreadable, built from another source key,
    // of the wrong kind for the table's size, or when much has changed. Any change is saved (a failure to
    // save is reported in status->warning, not thrown).
    static SimilarityIndex open(const QString& path, const VectorTable& table, const IndexPolicy& policy = {},
                                IndexStatus* status = nullptr);
};

} // namespace soundalike
