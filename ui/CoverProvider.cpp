#include "ui/CoverProvider.h"

#include "core/service/Covers.h"

#include <QPixmapCache>

namespace soundalike {

namespace {

constexpr int kMaxCoverEdge = 512;
constexpr int kCacheKilobytes = 64 * 1024;
// Often enough that a cover added by hand appears while the listener still looks, rarely enough that a view
// of a thousand coverless tracks does not keep the disk busy.
constexpr int kRecheckMs = 10000;

QImage loadCover(const FilePath& path)
{
    const QByteArray bytes = Covers::of(path);
    if (bytes.isEmpty())
        return {};
    QImage image = QImage::fromData(bytes);
    if (image.width() > kMaxCoverEdge || image.height() > kMaxCoverEdge)
        image = image.scaled(kMaxCoverEdge, kMaxCoverEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

CoverProvider::CoverProvider(QObject* parent)
    : QObject(parent), m_images(kCacheKilobytes), m_recheckMs(kRecheckMs)
{
    m_clock.start();
    // One thread: covers are few at a time, and a second reader would only compete with a running scan.
    m_pool.setMaxThreadCount(1);
}

CoverProvider::~CoverProvider()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QPixmap CoverProvider::cover(const Track& track, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("cover:%1:%2:%3").arg(track.id).arg(size).arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    if (const QImage* image = m_images.object(track.id)) {
        const int edge = int(size * devicePixelRatio);
        pixmap = QPixmap::fromImage(image->scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(devicePixelRatio);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }
    if (m_loading.contains(track.id))
        return {};
    if (const auto none = m_none.constFind(track.id); none != m_none.cend()) {
        if (m_clock.elapsed() - *none < m_recheckMs)
            return {};
        m_none.erase(none);
    }
    m_loading.insert(track.id);
    m_pool.start([this, id = track.id, path = track.path] {
        const QImage image = loadCover(path);
        QMetaObject::invokeMethod(
            this, [this, id, image] { onLoaded(id, image); }, Qt::QueuedConnection);
    });
    return {};
}

void CoverProvider::waitForLoads()
{
    m_pool.waitForDone();
}

void CoverProvider::onLoaded(std::int64_t trackId, const QImage& image)
{
    m_loading.remove(trackId);
    if (image.isNull())
        m_none.insert(trackId, m_clock.elapsed());
    else
        m_images.insert(trackId, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    emit coverReady(trackId);
}

} // namespace soundalike
