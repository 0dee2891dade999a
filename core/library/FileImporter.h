#pragma once

#include "core/common/Track.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace soundalike {

class Database;

// Brings files and folders the user names (say, dropped from a file manager) into the library and returns
// their tracks in the order given. A folder is scanned like a library folder, and becomes one unless it lies
// inside one. A single file joins the library folder that holds it, or else stays folderless, which rescans
// leave alone. Paths are raw bytes end to end, so a name that is not UTF-8 comes in as it is. Works on the
// calling thread with its own database connection; stops between files once `cancel` is set.
class FileImporter
{
public:
    struct Result
    {
        std::vector<std::int64_t> trackIds;
        QStringList problems; // one line per path that gave no track, with the reason
    };

    explicit FileImporter(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    [[nodiscard]] Result import(const std::vector<FilePath>& paths, const std::atomic_bool& cancel);

private:
    void importFolder(Database& db, const FilePath& folder, const std::atomic_bool& cancel, Result& result);
    void importFile(Database& db, const FilePath& file, Result& result);

    QString m_databasePath;
};

} // namespace soundalike
