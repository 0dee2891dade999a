#include "core/library/LibraryScanner.h"

#include "core/library/FolderPaths.h"
#include "core/library/FolderScan.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace soundalike {

namespace {

struct ScanRoot
{
    FilePath path;
    std::int64_t folderId = 0;
};

FilePath cleanAbsolute(const QString& folder)
{
    return toFilePath(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
}

// A folder inside a known library folder is scanned as part of it; a new one must exist to be added.
std::vector<ScanRoot> resolveRoots(FolderStore& store, const QStringList& requested)
{
    const std::vector<LibraryFolder> known = store.all();
    std::vector<ScanRoot> roots;
    if (requested.isEmpty()) {
        for (const LibraryFolder& folder : known)
            roots.push_back({folder.path, folder.id});
        return roots;
    }
    for (const QString& folder : requested) {
        const FilePath path = cleanAbsolute(folder);
        const auto parent = std::find_if(
            known.begin(), known.end(), [&](const LibraryFolder& f) { return isInsideOrSame(path, f.path); });
        if (parent != known.end()) {
            roots.push_back({path, parent->id});
            continue;
        }
        if (!QFileInfo(folder).isDir())
            throw std::invalid_argument((QFileInfo::exists(folder) ? "not a folder: " : "no such folder: ") +
                                        folder.toStdString());
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
    QElapsedTimer timer;
    timer.start();
    m_cancel = false;
    Database db(m_databasePath);
    FolderStore folderStore(db);
    ScanReport report;
    for (const ScanRoot& root : resolveRoots(folderStore, folders)) {
        FolderScan(db, root.path, root.folderId, report, m_cancel, [this](const ScanProgress& p) {
            emit progress(p);
        }).run();
        if (m_cancel)
            break;
    }
    report.cancelled = m_cancel;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

QFuture<ScanReport> LibraryScanner::start(const QStringList& folders)
{
    return QtConcurrent::run([this, folders] { return scan(folders); });
}

} // namespace soundalike
