#include "core/service/radio/RadioPicker.h"

#include "core/common/Logging.h"
#include "core/search/SongKey.h"
#include "core/service/SimilarTracks.h"
#include "core/service/radio/RadioTaste.h"

#include <algorithm>
#include <exception>
#include <limits>

namespace soundalike {

namespace {

struct Candidate
{
    PlaylistEntry entry;
    QString artist; // SongKey::artist; empty when unknown
};

QString artistKey(const QString& artist)
{
    return artist == unknownArtist() ? QString() : SongKey::artist(artist);
}

float largest(const std::vector<float>& matrix, std::size_t row, std::size_t columns)
{
    float best = -std::numeric_limits<float>::infinity();
    for (std::size_t c = 0; c < columns; ++c)
        best = std::max(best, matrix[row * columns + c]);
    return best;
}

// The candidates that are nearer an anchor than any skipped song, in the generator's order.
std::vector<Candidate> wanted(SimilarTracks& similar, const GeneratedList& list, const RadioAsk& ask,
                              int& unwanted)
{
    std::vector<std::int64_t> ids;
    for (const PlaylistPick& pick : list.picks)
        ids.push_back(pick.entry.track.id);
    const auto toAnchors = similar.similarities(ids, ask.request.seeds);
    const auto toAvoided = similar.similarities(ids, ask.avoided);
    std::vector<Candidate> kept;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const float anchor = largest(toAnchors, i, ask.request.seeds.size());
        const float avoided = largest(toAvoided, i, ask.avoided.size());
        if (!RadioTaste::wants(anchor, avoided)) {
            ++unwanted;
            continue;
        }
        const PlaylistEntry& entry = list.picks[i].entry;
        kept.push_back({entry, artistKey(entry.track.artist)});
    }
    return kept;
}

// Takes `count` candidates in order, each by an artist not among the last `gap - 1` before it (counting the
// playlist's own end). Where none fits, the first left goes in: the gap gives way, as the generator's does.
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
        request.count = std::max(1, ask.wanted) * kCandidatesPerSong;
        request.minutes = 0;
        request.order = PlaylistOrder::Similar;
        const GeneratedList list = similar.generate(request);
        QStringList recent;
        for (const QString& artist : ask.recentArtists)
            recent << artistKey(artist);
        for (Candidate& c : spaced(wanted(similar, list, ask, batch.unwanted), recent, request.artistGap,
                                   ask.wanted, batch.artistGapRelaxed))
            batch.entries.push_back(std::move(c.entry));
        qCDebug(lcRadio) << "radio batch:" << batch.entries.size() << "of" << list.picks.size()
                         << "candidates," << batch.unwanted << "like skipped songs";
    } catch (const std::exception& e) {
        batch.error = QString::fromStdString(e.what());
    }
    return batch;
}

} // namespace soundalike
