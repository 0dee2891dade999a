#pragma once

#include "core/service/SimilarTracks.h"

#include <QString>

#include <memory>
#include <mutex>
#include <sys/types.h>

namespace soundalike {

// The app's Generate makes its playlists from one SimilarTracks kept open between requests: reading a large
// library's tracks, vectors and index and measuring its similarity scale costs far more than making the
// playlist (docs/performance.md). It is opened again only when it no longer describes the library
// (SimilarTracks::current), when another library is asked for, or when the file at the path was replaced.
// One request at a time; the command line, and the radio's background batches, open their own SimilarTracks.
class SimilarTracksCache
{
public:
    static SimilarTracksCache& shared();

    // Runs `use` on a SimilarTracks over `databasePath` that is current, under the cache's lock. What opening
    // or `use` throws reaches the caller, and the search is opened afresh next time.
    template <typename Use> auto with(const QString& databasePath, Use&& use)
    {
        std::lock_guard lock(m_mutex);
        try {
            return use(open(databasePath));
        } catch (...) {
            m_similar.reset();
            throw;
        }
    }

    // Opens the search for `databasePath` unless it is open and current; a library it cannot open (an empty
    // one, say) is left for the request to report.
    void prepare(const QString& databasePath);

    // How many times a SimilarTracks was opened, for tests and the benchmark.
    [[nodiscard]] int openings() const;
    // Drops the open search (the benchmark's reference: every request opens its own).
    void clear();

private:
    struct FileIdentity
    {
        dev_t device = 0;
        ino_t inode = 0;
        bool operator==(const FileIdentity&) const = default;
    };
    static FileIdentity identify(const QString& path);

    SimilarTracks& open(const QString& databasePath);

    mutable std::mutex m_mutex;
    QString m_path;
    FileIdentity m_file;
    std::unique_ptr<SimilarTracks> m_similar;
    int m_openings = 0;
};

} // namespace soundalike
