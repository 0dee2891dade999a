#include "core/service/PlaylistBuilder.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

PlaylistBuilder::PlaylistBuilder(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<PlaylistResult>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        emit finished(m_watcher.result());
        if (m_waiting)
            start(*std::exchange(m_waiting, std::nullopt));
    });
}

PlaylistBuilder::~PlaylistBuilder()
{
    m_watcher.waitForFinished();
}

void PlaylistBuilder::generate(const PlaylistRequest& request)
{
    if (m_watcher.isRunning()) {
        m_waiting = request;
        return;
    }
    start(request);
}

void PlaylistBuilder::start(const PlaylistRequest& request)
{
    emit started();
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, request] {
        if (request.seeds.empty())
            return PlaylistResult{{}, {}, tr("Add at least one seed track first.")};
        if (request.order == PlaylistRequest::Order::Path && request.seeds.size() != 2)
            return PlaylistResult{
                {}, {}, tr("A path playlist needs exactly two seeds: where to start and where to end.")};
        try {
            return build(path, request);
        } catch (const std::exception& e) {
            return PlaylistResult{
                {}, {}, tr("Could not make a playlist: %1").arg(QString::fromStdString(e.what()))};
        }
    }));
}

// INTEGRATION POINT (issue 5): core/search's PlaylistGenerator, fed by the vector source, answers this.
PlaylistResult PlaylistBuilder::build(const QString& databasePath, const PlaylistRequest& request)
{
    Q_UNUSED(databasePath);
    Q_UNUSED(request);
    return {
        {}, {}, tr("Playlist generation is not available in this build yet (core/search is not connected).")};
}

} // namespace soundalike
