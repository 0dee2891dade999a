#include "core/service/PlaylistBuilder.h"

#include "core/service/SimilarTracksCache.h"

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
    m_preparing.waitForFinished();
}

void PlaylistBuilder::prepare()
{
    if (m_watcher.isRunning() || m_preparing.isRunning())
        return;
    m_preparing = QtConcurrent::run([path = m_databasePath] { SimilarTracksCache::shared().prepare(path); });
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
    PlaylistResult result;
    result.request = request;
    if (request.seeds.empty()) {
        result.error = tr("Add at least one seed track first.");
        return result;
    }
    try {
        SimilarTracksCache::shared().with(databasePath, [&](SimilarTracks& similar) {
            const GeneratedList list = similar.generate(request);
            // Read as sentences in the window, the relaxations (lower case for the CLI's "Relaxed: …") start
            // with a capital like the notes.
            for (QString relaxation : list.relaxations) {
                if (!relaxation.isEmpty())
                    relaxation[0] = relaxation[0].toUpper();
                result.notes << relaxation;
            }
            result.notes += list.notes;
            // First: where the similarity comes from (tags until the library is analysed) explains the rest,
            // and a status bar too narrow for every note shows the first whole.
            if (QString note = similar.index().sourceNote; !note.isEmpty()) {
                note[0] = note[0].toUpper();
                result.notes.prepend(note);
            }
            for (const PlaylistPick& pick : list.picks)
                result.entries.push_back(pick.entry);
            // An empty list is an outcome to explain (the generator's last note says why), not a playlist:
            // the one playing stays.
            if (result.entries.empty())
                result.error = list.notes.isEmpty() ? tr("No song in the library fits the request.")
                                                    : list.notes.last() + QLatin1Char('.');
        });
        return result;
    } catch (const std::exception& e) {
        result.error = tr("Could not make a playlist: %1").arg(QString::fromStdString(e.what()));
        return result;
    }
}

} // namespace soundalike
