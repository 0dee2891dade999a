#include "core/service/PlaylistBuilder.h"

#include "core/search/LibrarySearch.h"
#include "core/search/PlaylistGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

GenerationRequest generationRequest(const PlaylistRequest& request)
{
    GenerationRequest g;
    g.seeds = request.seeds;
    g.count = request.unit == PlaylistRequest::Unit::Tracks ? request.length : 0;
    g.minutes = request.unit == PlaylistRequest::Unit::Minutes ? request.length : 0;
    g.artistGap = request.artistGap;
    g.diversity = request.diversity;
    g.randomSeed = request.randomSeed;
    switch (request.order) {
    case PlaylistRequest::Order::Similar:
        g.order = PlaylistOrder::Similar;
        break;
    case PlaylistRequest::Order::Smooth:
        g.order = PlaylistOrder::Smooth;
        break;
    case PlaylistRequest::Order::Path:
        g.order = PlaylistOrder::Path;
        break;
    }
    return g;
}

} // namespace

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
    try {
        Database db(databasePath);
        LibrarySearch search(db, databasePath, TrackStore(db).find(TrackQuery{}), request.seeds);
        const GeneratedPlaylist generated =
            PlaylistGenerator(search.space()).generate(generationRequest(request));
        PlaylistResult result;
        result.notes = generated.relaxations + generated.notes;
        if (!search.sourceNote().isEmpty())
            result.notes << search.sourceNote();
        for (const SuggestedTrack& suggested : generated.entries) {
            const Track* track = search.track(suggested.trackId);
            const Track* seed = search.track(suggested.seedId);
            if (!track)
                continue;
            PlaylistEntry entry{*track, suggested.similarity, suggested.seedId, {}};
            entry.why =
                tr("Like “%1”: %2")
                    .arg(seed ? seed->title : QString(), suggested.reasons.join(QStringLiteral(", ")));
            result.entries.push_back(std::move(entry));
        }
        return result;
    } catch (const std::exception& e) {
        return {{}, {}, QString::fromStdString(e.what())};
    }
}

} // namespace soundalike
