#pragma once

#include "core/common/Track.h"
#include "core/library/ScanTypes.h"
#include "core/library/TagReader.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace soundalike {

class Database;
class TrackStore;
class ProblemStore;
class DescriptorStore;
struct KnownFile;

// One library folder's scan: walk, compare with the store, read what changed, then settle what vanished.
// Writes go in batched transactions, so a killed scan keeps what it committed and the next one resumes.
class FolderScan
{
public:
    using ProgressSink = std::function<void(const ScanProgress&)>;

    FolderScan(Database& db, const FilePath& root, std::int64_t folderId, ScanReport& report,
               const std::atomic_bool& cancel, ProgressSink progress);
    ~FolderScan();

    void run();

private:
    struct Pending
    {
        FilePath path;
        FileStamp stamp;
        std::int64_t existingId = 0;
        // The same file as a track's (same stamp), so its analysis stays: `restore` makes an unavailable
        // track available again, `tagsOnly` reads tags that an older TagReader read.
        bool restore = false;
        bool tagsOnly = false;

        bool unchanged() const { return restore || tagsOnly; }
        bool needsReading() const { return !unchanged() || tagsOnly; }
    };

    bool looksUnmounted() const;
    void walk();
    void onFile(const FilePath& path, const FileStamp& stamp);
    void readChanged();
    void apply(const Pending& file, const TagReader::Result& result);
    void storeTrack(const Pending& file, const TrackInfo& info);
    void keepTrack(const Pending& file, const TagReader::Result& result);
    void settleVanished();
    bool insideUnreadableFolder(const FilePath& path) const;
    void report(ScanProgress::Phase phase, const FilePath& current, bool force);

    Database& m_db;
    std::unique_ptr<TrackStore> m_tracks;
    std::unique_ptr<ProblemStore> m_problems;
    std::unique_ptr<DescriptorStore> m_descriptors;
    FilePath m_root;
    std::int64_t m_folderId;
    ScanReport& m_report;
    const std::atomic_bool& m_cancel;
    ProgressSink m_progress;

    std::unordered_map<FilePath, KnownFile> m_known;
    std::unordered_map<FilePath, FileStamp> m_knownProblems;
    std::unordered_map<std::int64_t, FilePath> m_pathById;
    std::unordered_set<FilePath> m_seen;
    std::unordered_set<std::int64_t> m_claimed; // vanished rows taken over by a moved file
    std::vector<FilePath> m_unreadableFolders;
    std::size_t m_vanished = 0; // known rows whose path the walk did not see
    std::vector<Pending> m_pending;
    ScanProgress m_state;
    std::int64_t m_lastReportMs = 0;
};

} // namespace soundalike
