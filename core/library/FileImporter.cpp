#include "core/library/FileImporter.h"

#include "core/common/RawPath.h"
#include "core/library/DirectoryWalker.h"
#include "core/library/FolderPaths.h"
#include "core/library/LibraryScanner.h"
#include "core/library/TagReader.h"
#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace soundalike {

namespace {

std::int64_t libraryFolderOf(Database& db, const FilePath& file)
{
    for (const LibraryFolder& folder : FolderStore(db).all()) {
        if (isInsideOrSame(file, folder.path))
            return folder.id;
    }
    return 0;
}

} // namespace

FileImporter::Result FileImporter::import(const std::vector<FilePath>& paths, const std::atomic_bool& cancel)
{
    Result result;
    Database db(m_databasePath);
    for (const FilePath& path : paths) {
        if (cancel)
            break;
        const FilePath clean = RawPath::absoluteNormal(path);
        struct stat st
        {};
        if (::stat(clean.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            importFolder(db, clean, cancel, result);
        else
            importFile(db, clean, result);
    }
    return result;
}

void FileImporter::importFolder(Database& db, const FilePath& folder, const std::atomic_bool& cancel,
                                Result& result)
{
    const ScanReport report = LibraryScanner(m_databasePath).scan(std::vector<FilePath>{folder}, cancel);
    if (report.cancelled)
        return;
    std::vector<KnownFile> files = TrackStore(db).filesUnder(folder);
    std::sort(files.begin(), files.end(),
              [](const KnownFile& a, const KnownFile& b) { return a.path < b.path; });
    const auto before = result.trackIds.size();
    for (const KnownFile& file : files) {
        if (file.available)
            result.trackIds.push_back(file.id);
    }
    if (result.trackIds.size() == before)
        result.problems << QCoreApplication::translate("FileImporter",
                                                       "%1: no readable audio files in this folder")
                               .arg(displayPath(folder));
}

void FileImporter::importFile(Database& db, const FilePath& path, Result& result)
{
    const QString file = displayPath(path);
    struct stat st
    {};
    if (::stat(path.c_str(), &st) != 0) {
        result.problems << QStringLiteral("%1: %2").arg(file, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    // A file named by the user is judged by its content alone, whatever its name (TagReader says why not).
    if (!S_ISREG(st.st_mode)) {
        result.problems << QCoreApplication::translate("FileImporter", "%1: not a file").arg(file);
        return;
    }
    const FileStamp stamp = DirectoryWalker::stampOf(st);
    TrackStore tracks(db);
    const std::optional<Track> known = tracks.trackByPath(path);
    if (known && known->stamp == stamp && known->available) {
        result.trackIds.push_back(known->id);
        return;
    }
    const TagReader::Result read = TagReader::read(path, stamp);
    if (!read.info) {
        result.problems << QStringLiteral("%1: %2").arg(file, read.problem.text());
        return;
    }
    Transaction transaction(db);
    std::int64_t id = 0;
    if (known) {
        id = known->id;
        tracks.update(id, *read.info);
    } else {
        id = tracks.insert(*read.info, libraryFolderOf(db, path));
    }
    transaction.commit();
    result.trackIds.push_back(id);
}

} // namespace soundalike
