#include "core/embedding/AnalysedLibrary.h"

#include "core/storage/DescriptorStore.h"

#include <algorithm>
#include <unordered_map>

namespace soundalike {

AnalysedLibrary AnalysedLibrary::load(Database& db, int descriptorVersion)
{
    AnalysedLibrary library;
    std::vector<float> summaries, segments;
    int dims = 0;
    DescriptorStore(db).forEach(descriptorVersion, [&](std::int64_t trackId, const AudioDescriptor& d) {
        if (dims == 0)
            dims = d.dimensions();
        if (d.dimensions() != dims)
            return;
        const int owner = int(library.trackIds.size());
        library.trackIds.push_back(trackId);
        summaries.insert(summaries.end(), d.summary.begin(), d.summary.end());
        segments.insert(segments.end(), d.segments.begin(), d.segments.end());
        library.segmentOwner.insert(library.segmentOwner.end(), std::size_t(d.segmentCount()), owner);
    });
    library.summaries.rows = int(library.trackIds.size());
    library.summaries.cols = dims;
    library.summaries.values = std::move(summaries);
    library.segments.rows = int(library.segmentOwner.size());
    library.segments.cols = dims;
    library.segments.values = std::move(segments);
    return library;
}

int AnalysedLibrary::indexOf(std::int64_t trackId) const
{
    const auto it = std::lower_bound(trackIds.begin(), trackIds.end(), trackId);
    return it != trackIds.end() && *it == trackId ? int(it - trackIds.begin()) : -1;
}

AnalysedLibrary AnalysedLibrary::subset(const std::vector<int>& tracks) const
{
    AnalysedLibrary out;
    out.summaries = FeatureMatrix(int(tracks.size()), summaries.cols);
    out.segments.cols = segments.cols;
    std::unordered_map<int, int> newIndex;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        newIndex[tracks[i]] = int(i);
        out.trackIds.push_back(trackIds[std::size_t(tracks[i])]);
        std::copy_n(summaries.row(tracks[i]), summaries.cols, out.summaries.row(int(i)));
    }
    for (int s = 0; s < segments.rows; ++s) {
        const auto it = newIndex.find(segmentOwner[std::size_t(s)]);
        if (it == newIndex.end())
            continue;
        out.segments.values.insert(out.segments.values.end(), segments.row(s),
                                   segments.row(s) + segments.cols);
        out.segmentOwner.push_back(it->second);
    }
    out.segments.rows = int(out.segmentOwner.size());
    return out;
}

} // namespace soundalike
