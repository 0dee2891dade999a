#include "core/library/FolderScan.h"

#include "core/library/DirectoryWalker.h"
#include "core/library/TagReader.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <dirent.h>
#include <optional>
#include <sys/stat.h>

namespace soundalike {

namespace {

constexpr std::size_t kBatchFiles = 128;
constexpr std::int64_t kProgressMs = 100;

bool isDirectory(const FilePath& path)
{
    struct stat st
    {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isEmptyDirectory(const FilePath& path)
{
    DIR* dir = ::opendir(path.c_str());
    if (!dir)
        return false;
    bool empty = true;
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") {
            empty = false;
            break;
        }
    }
    ::closedir(dir);
    return empty;
}

bool isInside(const FilePath& path, const FilePath& folder)
{
    return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
           path[folder.size()] == '/';
}

} // namespace

FolderScan::FolderScan(Database& db, const FilePath& root, std::int64_t folderId, ScanReport& report,
                       const std::atomic_bool& cancel, ProgressSink progress)
    : m_db(db), m_tracks(std::make_unique<TrackStore>(db)), m_problems(std::make_unique<ProblemStore>(db)),
      m_descriptors(std::make_unique<DescriptorStore>(db)), m_root(root), m_folderId(folderId),
      m_report(report), m_cancel(cancel), m_progress(std::move(progress))
{}

FolderScan::~FolderScan() = default;

void FolderScan::run()
{
    for (KnownFile& file : m_tracks->filesUnder(m_root)) {
        m_pathById.emplace(file.id, file.path);
        m_known.emplace(file.path, std::move(file));
    }
    if (looksUnmounted()) {
        // An unmounted drive looks like a missing or empty folder; its tracks wait, they are not deleted.
        Transaction transaction(m_db);
        m_tracks->setAvailableUnder(m_root, false);
        transaction.commit();
        m_report.unavailableFolders << displayPath(m_root);
        for (const auto& [path, file] : m_known)
            m_report.markedUnavailable += file.available ? 1 : 0;
        return;
    }
    m_knownProblems = m_problems->under(m_root);
    walk();
    if (m_cancel)
        return;
    for (const auto& [path, file] : m_known)
        m_vanished += m_seen.count(path) ? 0 : 1;
    readChanged();
    if (m_cancel)
        return;
    settleVanished();
}

bool FolderScan::looksUnmounted() const
{
    return !isDirectory(m_root) || (!m_known.empty() && isEmptyDirectory(m_root));
}

void FolderScan::walk()
{
    std::vector<std::pair<FilePath, Reason>> walkProblems;
    DirectoryWalker walker([this](const FilePath& path, const FileStamp& stamp) { onFile(path, stamp); },
                           [&](const FilePath& path, const Reason& reason) {
                               walkProblems.emplace_back(path, reason);
                               m_seen.insert(path);
                               if (isDirectory(path))
                                   m_unreadableFolders.push_back(path);
                           });
    if (!walker.walk(m_root, m_cancel))
        return;
    if (walkProblems.empty())
        return;
    Transaction transaction(m_db);
    for (const auto& [path, reason] : walkProblems) {
        m_problems->record(path, {-1, 0}, reason);
        ++(m_knownProblems.count(path) ? m_report.knownProblems : m_report.problems);
    }
    transaction.commit();
}

void FolderScan::onFile(const FilePath& path, const FileStamp& stamp)
{
    m_seen.insert(path);
    ++m_state.filesSeen;
    report(ScanProgress::Phase::Walking, path, false);
    if (const auto known = m_known.find(path); known != m_known.end() && known->second.stamp == stamp) {
        const bool oldTags = known->second.tagsVersion < TagReader::kTagsVersion;
        if (known->second.available && !oldTags)
            ++m_report.unchanged;
        else
            m_pending.push_back({path, stamp, known->second.id, !known->second.available, oldTags});
        return;
    }
    if (const auto problem = m_knownProblems.find(path);
        problem != m_knownProblems.end() && problem->second == stamp) {
        ++m_report.knownProblems;
        return;
    }
    const auto known = m_known.find(path);
    m_pending.push_back({path, stamp, known == m_known.end() ? 0 : known->second.id});
}

void FolderScan::readChanged()
{
    m_state.filesToRead = int(m_pending.size());
    QThreadPool readers;
    readers.setMaxThreadCount(QThread::idealThreadCount());
    for (std::size_t start = 0; start < m_pending.size() && !m_cancel; start += kBatchFiles) {
        const QList<Pending> batch(m_pending.begin() + qsizetype(start),
                                   m_pending.begin() +
                                       qsizetype(std::min(start + kBatchFiles, m_pending.size())));
        // TagLib is the cost of a scan, so tags are read in parallel; one transaction writes the batch, so a
        // killed scan keeps every batch it committed.
        const QList<TagReader::Result> results =
            QtConcurrent::blockingMapped(&readers, batch, [](const Pending& file) {
                return file.needsReading() ? TagReader::read(file.path, file.stamp) : TagReader::Result{};
            });
        Transaction transaction(m_db);
        for (qsizetype i = 0; i < batch.size(); ++i)
            apply(batch[i], results[i]);
        transaction.commit();
        m_state.filesRead += int(batch.size());
        report(ScanProgress::Phase::Reading, batch.back().path, false);
    }
}

void FolderScan::apply(const Pending& file, const TagReader::Result& result)
{
    if (file.unchanged()) {
        keepTrack(file, result);
        return;
    }
    if (!result.info) {
        m_problems->record(file.path, file.stamp, result.problem);
        ++m_report.problems;
        if (file.existingId != 0) {
            // A known track that became unreadable (say, a copy in progress) keeps its row until it recovers.
            m_tracks->setAvailable(file.existingId, false);
            ++m_report.markedUnavailable;
        }
        return;
    }
    if (m_knownProblems.count(file.path))
        m_problems->clear(file.path);
    storeTrack(file, *result.info);
}

void FolderScan::storeTrack(const Pending& file, const TrackInfo& info)
{
    if (file.existingId != 0) {
        // Same path, new content. A retag leaves the audio between the tags as it was, and what analysis said
        // about it holds; new audio drops it. (A moved file, below, is the same content and keeps it too.)
        const auto known = m_known.find(file.path);
        const bool sameAudio = info.audioSignature != 0 && known != m_known.end() &&
                               known->second.audioSignature == info.audioSignature;
        m_tracks->update(file.existingId, info);
        if (!sameAudio)
            m_descriptors->forget(file.existingId);
        ++m_report.updated;
        return;
    }
    // Without vanished rows there is nothing a new file could have moved from: skip the lookup.
    const auto candidates = m_vanished > 0 ? m_tracks->lookalikes(info, m_root) : std::vector<std::int64_t>{};
    for (const std::int64_t candidate : candidates) {
        const auto vanished = m_pathById.find(candidate);
        if (vanished != m_pathById.end() && !m_seen.count(vanished->second) &&
            m_claimed.insert(candidate).second) {
            m_tracks->update(candidate, info);
            ++m_report.moved;
            return;
        }
    }
    m_tracks->insert(info, m_folderId);
    ++m_report.added;
}

void FolderScan::keepTrack(const Pending& file, const TagReader::Result& result)
{
    // Tags an older reader read are not a change a person made: the track counts as unchanged. Should the new
    // reader fail where the old one read, the track keeps what it had.
    if (file.tagsOnly && result.info)
        m_tracks->update(file.existingId, *result.info);
    else if (file.restore)
        m_tracks->setAvailable(file.existingId, true);
    ++(file.restore ? m_report.restored : m_report.unchanged);
}

void FolderScan::settleVanished()
{
    report(ScanProgress::Phase::Finishing, m_root, true);
    Transaction transaction(m_db);
    for (const auto& [path, file] : m_known) {
        if (m_seen.count(path) || m_claimed.count(file.id))
            continue;
        if (insideUnreadableFolder(path)) {
            if (file.available) {
                m_tracks->setAvailable(file.id, false);
                ++m_report.markedUnavailable;
            }
        } else {
            m_tracks->remove(file.id);
            ++m_report.removed;
        }
    }
    for (const auto& [path, stamp] : m_knownProblems) {
        if (!m_seen.count(path))
            m_problems->clear(path);
    }
    transaction.commit();
}

bool FolderScan::insideUnreadableFolder(const FilePath& path) const
{
    return std::any_of(m_unreadableFolders.begin(), m_unreadableFolders.end(),
                       [&](const FilePath& folder) { return isInside(path, folder); });
}

void FolderScan::report(ScanProgress::Phase phase, const FilePath& current, bool force)
{
    if (!m_progress)
        return;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (!force && m_state.phase == phase && now - m_lastReportMs < kProgressMs)
        return;
    m_lastReportMs = now;
    m_state.phase = phase;
    m_state.currentPath = displayPath(current);
    m_progress(m_state);
}

} // namespace soundalike
