#include "core/service/playlists/PickExplanation.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/search/AudioVectorSources.h"
#include "core/search/Explainer.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <unordered_map>

namespace soundalike {

namespace {

constexpr int kConcepts = 3;      // concepts named when the tags say little
constexpr int kTagsForFewer = 2;  // with this many shared tags, one concept fewer
constexpr int kTempoRounding = 5; // "~140 BPM", not "~138 BPM": the estimate is not that exact

bool same(const QString& a, const QString& b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString albumArtist(const Track& t)
{
    return t.albumArtist.isEmpty() ? t.artist : t.albumArtist;
}

QStringList sharedTags(const Track& seed, const Track& pick)
{
    QStringList parts;
    for (const QString& genre : seed.genres) {
        if (std::any_of(pick.genres.begin(), pick.genres.end(),
                        [&](const QString& g) { return same(g, genre); })) {
            parts << QCoreApplication::translate("PickExplanation", "same genre (%1)").arg(genre);
            break;
        }
    }
    if (isKnownArtist(seed.artist) && same(seed.artist, pick.artist))
        parts << QCoreApplication::translate("PickExplanation", "same artist (%1)").arg(seed.artist);
    if (same(seed.album, pick.album) && same(albumArtist(seed), albumArtist(pick)) &&
        isKnownArtist(albumArtist(seed)))
        parts << QCoreApplication::translate("PickExplanation", "same album (%1)").arg(seed.album);
    if (seed.year > 0 && pick.year > 0 && seed.year / 10 == pick.year / 10)
        parts << QCoreApplication::translate("PickExplanation", "same decade (%1s)").arg(seed.year / 10 * 10);
    return parts;
}

QString phrase(ListenerConcept concept_, std::optional<int> bpm)
{
    switch (concept_) {
    case ListenerConcept::Brightness:
        return QCoreApplication::translate("PickExplanation", "similarly bright");
    case ListenerConcept::Noisiness:
        return QCoreApplication::translate("PickExplanation", "similarly noisy or distorted");
    case ListenerConcept::Texture:
        return QCoreApplication::translate("PickExplanation", "a similar timbre");
    case ListenerConcept::Harmony:
        return QCoreApplication::translate("PickExplanation", "a similar key and mode");
    case ListenerConcept::Tempo:
        return bpm ? QCoreApplication::translate("PickExplanation", "close tempo (~%1 BPM)").arg(*bpm)
                   : QCoreApplication::translate("PickExplanation", "close tempo");
    case ListenerConcept::RhythmDensity:
        return QCoreApplication::translate("PickExplanation", "a similarly busy rhythm");
    case ListenerConcept::Loudness:
        break;
    }
    return QCoreApplication::translate("PickExplanation", "similar loudness and dynamics");
}

QString seedName(const Track& seed)
{
    return seed.title.isEmpty() ? QFileInfo(displayPath(seed.path)).completeBaseName() : seed.title;
}

} // namespace

QString PickExplanation::sentence(const Track& seed, const Track& pick,
                                  const std::vector<ListenerConcept>& concepts)
{
    QStringList parts = sharedTags(seed, pick);
    const int wanted = parts.size() >= kTagsForFewer ? kConcepts - 1 : kConcepts;
    const auto has = [&](ListenerConcept c) {
        return std::find(concepts.begin(), concepts.end(), c) != concepts.end();
    };
    // Bright and distorted go together in one phrase, the way a listener says it.
    const bool brightAndNoisy = has(ListenerConcept::Brightness) && has(ListenerConcept::Noisiness);
    int named = 0;
    for (const ListenerConcept c : concepts) {
        if (named >= wanted)
            break;
        if (brightAndNoisy && c == ListenerConcept::Noisiness)
            continue;
        if (brightAndNoisy && c == ListenerConcept::Brightness)
            parts << QCoreApplication::translate("PickExplanation", "similarly bright and distorted");
        else
            parts << phrase(c, c == ListenerConcept::Tempo ? tempoBpm(pick.id) : std::nullopt);
        ++named;
    }
    if (parts.isEmpty())
        parts << QCoreApplication::translate("PickExplanation", "a similar sound overall");
    return QCoreApplication::translate("PickExplanation", "Like “%1”: %2")
        .arg(seedName(seed), parts.join(QStringLiteral(", ")));
}

std::optional<int> PickExplanation::tempoBpm(std::int64_t trackId)
{
    const auto descriptor = DescriptorStore(m_db).get(trackId, DescriptorLayout::kVersion);
    const int index = DescriptorLayout::Tempo + DescriptorLayout::TempoBpm;
    if (!descriptor || descriptor->dimensions() <= index || !(descriptor->summary[std::size_t(index)] > 0))
        return std::nullopt;
    return int(std::lround(descriptor->summary[std::size_t(index)] / kTempoRounding)) * kTempoRounding;
}

std::vector<PlaylistEntry> PickExplanation::again(std::vector<PlaylistEntry> entries)
{
    if (std::none_of(entries.begin(), entries.end(), [](const PlaylistEntry& e) { return e.seedId != 0; }))
        return entries;
    const VectorTable descriptors = DescriptorVectorSource(m_db, DescriptorLayout::kVersion).load();
    const Explainer explainer(descriptors.dimensionNames());
    TrackStore tracks(m_db);
    std::unordered_map<std::int64_t, std::optional<Track>> seeds;
    for (PlaylistEntry& e : entries) {
        if (!e.seedId || !e.track.id)
            continue;
        auto seed = seeds.find(e.seedId);
        if (seed == seeds.end())
            seed = seeds.emplace(e.seedId, tracks.track(e.seedId)).first;
        if (!seed->second)
            continue;
        const auto seedRow = descriptors.row(e.seedId);
        const auto trackRow = descriptors.row(e.track.id);
        e.why = sentence(*seed->second, e.track,
                         seedRow && trackRow
                             ? explainer.concepts(descriptors.vector(*seedRow), descriptors.vector(*trackRow))
                             : std::vector<ListenerConcept>{});
    }
    return entries;
}

std::vector<PlaylistEntry> PickExplanation::again(const QString& databasePath,
                                                  std::vector<PlaylistEntry> entries)
{
    Database db(databasePath);
    return PickExplanation(db).again(std::move(entries));
}

} // namespace soundalike
