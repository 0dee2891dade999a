#include "ui/GenerateFlow.h"

#include "core/playback/Player.h"
#include "core/playback/PlaylistHistory.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/PlaylistBuilder.h"
#include "core/service/Settings.h"
#include "core/service/TrackCatalog.h"
#include "ui/GenerateControls.h"
#include "ui/SeedList.h"
#include "ui/StatusText.h"

#include <QRandomGenerator>

namespace soundalike {

namespace {

// What the history calls a generated list: its first seed, and how many more there were.
QString mixTitle(const TrackCatalog& catalog, const std::vector<std::int64_t>& seeds)
{
    const Track* first = seeds.empty() ? nullptr : catalog.find(seeds.front());
    if (!first)
        return GenerateFlow::tr("Generated playlist");
    return seeds.size() == 1 ? GenerateFlow::tr("Mix from “%1”").arg(first->title)
                             : GenerateFlow::tr("Mix from “%1” and %n more", nullptr, int(seeds.size()) - 1)
                                   .arg(first->title);
}

} // namespace

GenerateFlow::GenerateFlow(Application& app, GenerateControls& controls, SeedList& seeds,
                           PlaylistHistory& history, Player& player, QObject* parent)
    : QObject(parent), m_app(app), m_controls(controls), m_seeds(seeds), m_history(history), m_player(player)
{
    m_controls.setOptions(m_app.settings().generateOptions());
    connect(&m_controls, &GenerateControls::generateRequested, this, &GenerateFlow::generate);
    connect(&m_seeds, &SeedList::seedsChanged, this, [this] {
        m_controls.setSeedCount(int(m_seeds.seedIds().size()));
        updateLabel();
        // Seeds chosen: a Generate is likely next, and on a large library opening the search is most of it.
        if (!m_seeds.seedIds().empty())
            m_app.playlists().prepare();
    });
    connect(&m_history, &PlaylistHistory::changed, this, &GenerateFlow::updateLabel);
    connect(&m_app.playlists(), &PlaylistBuilder::started, this, [this] { m_controls.setBusy(true); });
    connect(&m_app.playlists(), &PlaylistBuilder::finished, this, &GenerateFlow::onGenerated);
}

void GenerateFlow::generate()
{
    Settings& settings = m_app.settings();
    PlaylistRequest request = m_controls.options();
    settings.setGenerateOptions(request);
    request.seeds = m_seeds.seedIds();
    request.randomSeed = QRandomGenerator::global()->generate();
    if (const std::int64_t playing = m_history.followedTrack(settings.autoPlay()))
        request.excluded.push_back(playing);
    m_app.playlists().generate(request);
}

void GenerateFlow::onGenerated(const PlaylistResult& result)
{
    m_controls.setBusy(false);
    if (!result.error.isEmpty()) {
        emit message(result.error);
        return;
    }
    const bool autoPlay = m_app.settings().autoPlay();
    const bool waits = autoPlay && m_player.isPlaying();
    // The recipe kept (saved with the list, regenerated later) does not leave out what played today.
    PlaylistRequest recipe = result.request;
    recipe.excluded.clear();
    m_history.openGenerated(
        result.entries, {mixTitle(*m_app.library().catalog(), recipe.seeds), 0, QVariant::fromValue(recipe)},
        autoPlay);
    QStringList notes = result.notes;
    if (waits)
        notes.prepend(
            tr("The new playlist plays after this song; Back (Alt+Left) returns to the one before."));
    if (!notes.isEmpty())
        emit message(StatusText::sentences(notes));
}

void GenerateFlow::updateLabel()
{
    const QVariant recipe = m_history.origin().recipe;
    m_controls.setRegenerates(recipe.canConvert<PlaylistRequest>() &&
                              recipe.value<PlaylistRequest>().seeds == m_seeds.seedIds());
}

} // namespace soundalike
