#pragma once

#include "core/common/Track.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

#include <cstdint>

namespace soundalike {

// Cover art for the views, loaded and decoded on a worker thread and kept in a bounded cache. Asking for a
// cover not loaded yet returns a null pixmap and starts the load; coverReady() says when to ask again.
class CoverProvider : public QObject
{
    Q_OBJECT

public:
    explicit CoverProvider(QObject* parent = nullptr);
    ~CoverProvider() override;

    // The cover scaled to fit `size` × `size` device-independent pixels, or null (not loaded yet, or none).
    QPixmap cover(const Track& track, int size, qreal devicePixelRatio = 1.0);
    // Waits for every load started so far (tests and the screenshot tool need settled covers).
    void waitForLoads();

signals:
    void coverReady(std::int64_t trackId);

private:
    void onLoaded(std::int64_t trackId, const QImage& image);

    QThreadPool m_pool;
    QCache<std::int64_t, QImage> m_images; // cost in kilobytes
    QSet<std::int64_t> m_loading;
    QSet<std::int64_t> m_none;
};

} // namespace soundalike
