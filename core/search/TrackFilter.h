#pragma once

#include "core/search/GenerationRequest.h"
#include "core/search/SearchCatalog.h"

#include <vector>

namespace soundalike {

// A PlaylistFilter resolved against one catalog, so checking a candidate compares integers.
class TrackFilter
{
public:
    TrackFilter(const PlaylistFilter& filter, const SearchCatalog& catalog);

    bool active() const { return m_active; }
    bool accepts(const SearchCatalog::Entry& entry) const;

private:
    static bool hasAny(const SearchCatalog::Entry& entry, const std::vector<int>& genres);

    bool m_active;
    bool m_requireGenre;
    std::vector<int> m_included; // sorted interned genre numbers
    std::vector<int> m_excluded;
    int m_yearFrom;
    int m_yearTo;
};

} // namespace soundalike
