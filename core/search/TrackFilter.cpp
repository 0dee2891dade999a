#include "core/search/TrackFilter.h"

#include <algorithm>

namespace soundalike {

namespace {

std::vector<int> resolve(const QStringList& names, const SearchCatalog& catalog)
{
    std::vector<int> numbers;
    for (const QString& name : names) {
        const std::vector<int> matching = catalog.genresMatching(name);
        numbers.insert(numbers.end(), matching.begin(), matching.end());
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    return numbers;
}

} // namespace

TrackFilter::TrackFilter(const PlaylistFilter& filter, const SearchCatalog& catalog)
    : m_active(filter.active()), m_requireGenre(!filter.genres.isEmpty()),
      m_included(resolve(filter.genres, catalog)), m_excluded(resolve(filter.excludedGenres, catalog)),
      m_yearFrom(filter.yearFrom), m_yearTo(filter.yearTo)
{}

bool TrackFilter::hasAny(const SearchCatalog::Entry& entry, const std::vector<int>& genres)
{
    return std::any_of(entry.genres.begin(), entry.genres.end(),
                       [&](int g) { return std::binary_search(genres.begin(), genres.end(), g); });
}

bool TrackFilter::accepts(const SearchCatalog::Entry& entry) const
{
    if (!m_active)
        return true;
    if (m_requireGenre && !hasAny(entry, m_included))
        return false;
    if (hasAny(entry, m_excluded))
        return false;
    const int year = entry.meta.year;
    if ((m_yearFrom || m_yearTo) && year == 0)
        return false;
    if (m_yearFrom && year < m_yearFrom)
        return false;
    return !(m_yearTo && year > m_yearTo);
}

} // namespace soundalike
