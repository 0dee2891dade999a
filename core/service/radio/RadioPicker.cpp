#include "core/service/radio/RadioPicker.h"

#include "core/common/Logging.h"
#include "core/search/SongKey.h"
#include "core/service/SimilarTracks.h"
#include "core/service/radio/RadioTaste.h"

#include <algorithm>
#include <exception>

namespace soundalike {

namespace {

struct Candidate
{
    PlaylistEntry entry;
    QString artist; // SongKey::artist; empty when unknown
};

QString artistKey(const QString& artist)
{
    return isKnownArtist(artist) ? SongKey::artist(artist) : QString();
}

std::vector<float> row(const std::vector<float>& matrix, std::size_t r, std::size_t columns)
{
    const auto begin = matrix.begin() + std::ptrdiff_t(r * columns);
    return std::vector<float>(begin, begin + std::ptrdiff_t(columns));
}

// The candidates more like the liked songs than like the skipped ones, those leaning furthest from the
// skipped ones first (in the generator's order while nothing was skipped).
std::vector<Candidate> wanted(SimilarTracks& similar, const GeneratedList& list, const RadioAsk& ask,
                              int& unwanted)
{
    std::vector<std::int64_t> ids;
    for (const PlaylistPick& pick : list.picks)
        ids.push_back(pick.entry.track.id);
    const auto toLiked = similar.similarities(ids, ask.liked);
    const auto toAvoided = similar.similarities(ids, ask.avoided);
    std::vector<std::pair<float, Candidate>> kept;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const float leaning =
            RadioTaste::leaning(row(toLiked, i, ask.liked.size()), row(toAvoided, i, ask.avoided.size()));
        if (leaning <= 0) {
            ++unwanted;
            continue;
        }
        const PlaylistEntry& entry = list.picks[i].entry;
        kept.push_back({leaning, {entry, artistKey(entry.track.artist)}});
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Candidate> candidates;
    for (auto& [leaning, candidate] : kept)
        candidates.push_back(std::move(candidate));
    return candidates;
}

// Takes `count` candidates in order, each by an artist not among the last `gap - 1` before it (counting the
// playlist's own end). Where none fits, the batch ends short; only a batch that would be empty takes the
// first left, the gap giving way as the generator's does.
std::vector<Candidate> spaced(std::vector<Candidate> candidates, QStringList recent, int gap, int count,
                              bool& relaxed)
{
    std::vector<Candidate> chosen;
    const auto fits = [&](const Candidate& c) {
        if (c.artist.isEmpty() || gap <= 1)
            return true;
        for (int back = 1; back < gap && back <= recent.size(); ++back) {
            if (recent[recent.size() - back] == c.artist)
                return false;
        }
        return true;
    };
    while (int(chosen.size()) < count && !candidates.empty()) {
        auto it = std::find_if(candidates.begin(), candidates.end(), fits);
        if (it == candidates.end()) {
            // Fewer songs now rather than one too soon: the next pick starts after the songs added now, whose
            // artists may let these in.
            if (!chosen.empty())
                break;
            relaxed = true;
            it = candidates.begin();
        }
        recent << it->artist;
        chosen.push_back(std::move(*it));
        candidates.erase(it);
    }
    return chosen;
}

} // namespace

RadioBatch RadioPicker::pick(const QString& databasePath, const RadioAsk& ask)
{
    RadioBatch batch;
    try {
        SimilarTracks similar(databasePath);
        PlaylistRequest request = ask.request;
        request.minutes = 0;
        request.order = PlaylistOrder::Similar;
        QStringList recent;
        for (const QString& artist : ask.recentArtists)
            recent << artistKey(artist);
        // Near a skipped style most candidates may be unwanted: look further out until enough are left.
        for (int count = std::max(1, ask.wanted) * kCandidatesPerSong;; count *= kCandidatesPerSong) {
            request.count = std::min(count, kMaxCandidates);
            const GeneratedList list = similar.generate(request);
            batch.unwanted = 0;
            std::vector<Candidate> kept = wanted(similar, list, ask, batch.unwanted);
            if (int(kept.size()) >= ask.wanted || int(list.picks.size()) < request.count ||
                request.count == kMaxCandidates) {
                batch.artistGapRelaxed = false;
                for (Candidate& c :
                     spaced(std::move(kept), recent, request.artistGap, ask.wanted, batch.artistGapRelaxed))
                    batch.entries.push_back(std::move(c.entry));
                qCDebug(lcRadio) << "radio batch:" << batch.entries.size() << "of" << list.picks.size()
                                 << "candidates," << batch.unwanted << "like skipped songs";
                break;
            }
        }
    } catch (const std::exception& e) {
        batch.error = QString::fromStdString(e.what());
    }
    return batch;
}

} // namespace soundalike
