#include "core/library/LibraryScanner.h"

#include "core/common/RawPath.h"
#include "core/library/FolderPaths.h"
#include "core/library/FolderScan.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"

#include <QElapsedTimer>

#include <stdexcept>
#include <sys/stat.h>

namespace soundalike {

namespace {

struct ScanRoot
{
    FilePath path;
    std::int64_t folderId = 0;
};

// A folder inside a known library folder is scanned as part of it; a new one must exist to be added.
std::vector<ScanRoot> resolveRoots(FolderStore& store, const std::vector<FilePath>& requested)
{
    const std::vector<LibraryFolder> known = store.all();
    std::vector<ScanRoot> roots;
    if (requested.empty()) {
        for (const LibraryFolder& folder : known)
            roots.push_back({folder.path, folder.id});
        return roots;
    }
    for (const FilePath& folder : requested) {
        const FilePath path = RawPath::absoluteNormal(folder);
        const auto parent = std::find_if(
            known.begin(), known.end(), [&](const LibraryFolder& f) { return isInsideOrSame(path, f.path); });
        if (parent != known.end()) {
            roots.push_back({path, parent->id});
            continue;
        }
        struct stat st
        {};
        const bool exists = ::stat(path.c_str(), &st) == 0;
        if (!exists || !S_ISDIR(st.st_mode))
            throw std::invalid_argument((exists ? "not a folder: " : "no such folder: ") +
                                        displayPath(folder).toStdString());
        roots.push_back({path, store.ensure(path)});
    }
    return roots;
}

} // namespace

LibraryScanner::LibraryScanner(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<ScanProgress>();
    qRegisterMetaType<ScanReport>();
}

ScanReport LibraryScanner::scan(const QStringList& folders)
{
    m_cancel = false;
    std::vector<FilePath> paths;
    for (const QString& folder : folders)
        paths.push_back(toFilePath(folder));
    return scan(paths, m_cancel);
}

ScanReport LibraryScanner::scan(const std::vector<FilePath>& folders, const std::atomic_bool& cancel)
{
    QElapsedTimer timer;
    timer.start();
    Database db(m_databasePath);
    FolderStore folderStore(db);
    ScanReport report;
    for (const ScanRoot& root : resolveRoots(folderStore, folders)) {
        FolderScan(db, root.path, root.folderId, report, cancel, [this](const ScanProgress& p) {
            emit progress(p);
        }).run();
        if (cancel)
            break;
    }
    report.cancelled = cancel;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace soundalike
