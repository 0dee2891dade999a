#include "core/service/PlaylistBuilder.h"

#include "core/service/SimilarTracks.h"

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
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, request] { return build(path, request); }));
}

PlaylistResult PlaylistBuilder::build(const QString& databasePath, const PlaylistRequest& request)
{
    if (request.seeds.empty())
        return {{}, {}, tr("Add at least one seed track first.")};
    try {
        SimilarTracks similar(databasePath);
        const GeneratedList list = similar.generate(request);
        PlaylistResult result;
        result.notes = list.relaxations + list.notes;
        if (const QString note = similar.index().sourceNote; !note.isEmpty())
            result.notes << note;
        for (const PlaylistPick& pick : list.picks)
            result.entries.push_back(pick.entry);
        return result;
    } catch (const std::exception& e) {
        return {{}, {}, tr("Could not make a playlist: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace soundalike
