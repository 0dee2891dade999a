#pragma once

#include "core/common/Track.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

#include <cstdint>

namespace soundalike {

// Cover art for the views, loaded and decoded on a worker thread and kept in a bounded cache. Asking for a
// cover not loaded yet returns a null pixmap and starts the load; coverReady() says when to ask again. A
// track found without a cover is looked at again after a while, so a cover.jpg put beside it while the app
// runs shows up.
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
    // How long "no cover" is believed before the disk is asked again.
    void setRecheckInterval(int milliseconds) { m_recheckMs = milliseconds; }

signals:
    void coverReady(std::int64_t trackId);

private:
    void onLoaded(std::int64_t trackId, const QImage& image);

    QThreadPool m_pool;
    QCache<std::int64_t, QImage> m_images; // cost in kilobytes
    QSet<std::int64_t> m_loading;
    QHash<std::int64_t, qint64> m_none; // when each was found without a cover (ms since m_clock started)
    QElapsedTimer m_clock;
    int m_recheckMs;
};

} // namespace soundalike
