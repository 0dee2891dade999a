#pragma once

#include <cstdint>
#include <vector>

namespace soundalike {

struct AnalysedLibrary;
struct TrackLabels;

// Which tracks self-supervised training keeps from pushing apart: the other tracks of their album, whose
// shared instruments and production are closest to style (TrainingData::related). An album tag is taken at
// its word. A folder standing in for an album counts only when its songs sound more alike than songs drawn
// from the library at random: a folder of unrelated songs (or half a one-style library) would otherwise teach
// the network which folder a song sits in, not how it sounds (docs/quality.md, "Copies of one recording, and
// folders taken for albums").
class RelatedAlbums
{
public:
    // Random draws of as many tracks as a folder holds that the folder's coherence is compared with.
    static constexpr int kDraws = 199;
    // One-sided: a folder is an album when at most this share of the draws sound as alike as it does.
    static constexpr double kSignificance = 0.05;
    // Too few pairs to tell: kept as an album, as before (two songs pulled together change little).
    static constexpr int kMinTracksTested = 3;
    // Only a folder holding this share of the library is tested. A smaller one takes less than a tenth of its
    // songs' negatives away, too few to set them apart (20 copied recordings in a library of many folders
    // made no island), while testing every folder cost the evaluation set's confirmation part 0.028 P@10
    // artist-filtered: small real albums have too few pairs to pass the test, and lose what the rule gives.
    static constexpr double kMinLibraryShareTested = 0.1;

    // Per track of `library` (same order as `labels`), the album it shares with tracks that are not its
    // negatives, or -1. Deterministic for one library.
    [[nodiscard]] static std::vector<int> of(const AnalysedLibrary& library, const TrackLabels& labels);

    // The p-value of the folder whose tracks are `members` (indices into `library`): the share of random
    // draws of as many tracks whose mean distance is at most the folder's. Pairs of one recording (copies,
    // TrackLabels::recordings) are not counted in the folder's mean.
    [[nodiscard]] static double folderPValue(const AnalysedLibrary& library, const TrackLabels& labels,
                                             const std::vector<int>& members);
};

} // namespace soundalike
