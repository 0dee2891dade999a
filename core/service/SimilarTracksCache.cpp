#include "core/service/SimilarTracksCache.h"

#include "core/common/Logging.h"

#include <QFile>

#include <exception>

#include <sys/stat.h>

namespace soundalike {

SimilarTracksCache& SimilarTracksCache::shared()
{
    static SimilarTracksCache cache;
    return cache;
}

void SimilarTracksCache::prepare(const QString& databasePath)
{
    try {
        with(databasePath, [](SimilarTracks&) {});
    } catch (const std::exception& e) {
        qCDebug(lcSearch) << "the library's search was not opened ahead:" << e.what();
    }
}

int SimilarTracksCache::openings() const
{
    std::lock_guard lock(m_mutex);
    return m_openings;
}

void SimilarTracksCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_similar.reset();
}

SimilarTracksCache::FileIdentity SimilarTracksCache::identify(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {info.st_dev, info.st_ino};
}

SimilarTracks& SimilarTracksCache::open(const QString& databasePath)
{
    if (m_similar && m_path == databasePath && m_file == identify(databasePath) && m_similar->current())
        return *m_similar;
    m_similar.reset();
    m_similar = std::make_unique<SimilarTracks>(databasePath);
    m_path = databasePath;
    // After opening: a database the connection created has an identity only now.
    m_file = identify(databasePath);
    ++m_openings;
    qCDebug(lcSearch) << "opened the library's search for playlists," << m_openings << "time(s)";
    return *m_similar;
}

} // namespace soundalike
