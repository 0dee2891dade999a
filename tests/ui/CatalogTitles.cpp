#include "tests/ui/CatalogTitles.h"

namespace soundalike::test {

std::vector<std::int64_t> idsOf(const TrackCatalog& catalog, const QStringList& titles)
{
    std::vector<std::int64_t> found;
    for (const QString& title : titles) {
        for (int i = 0; i < catalog.size(); ++i) {
            if (catalog.at(i).title == title)
                found.push_back(catalog.at(i).id);
        }
    }
    return found;
}

std::int64_t idOf(const TrackCatalog& catalog, const QString& title)
{
    for (int i = 0; i < catalog.size(); ++i) {
        if (catalog.at(i).title == title)
            return catalog.at(i).id;
    }
    return 0;
}

} // namespace soundalike::test
