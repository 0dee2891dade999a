#include "core/storage/SearchChanges.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace soundalike {

std::int64_t SearchChanges::counter()
{
    auto query = m_db.prepare("SELECT counter FROM search_changes WHERE id = 1");
    return query.step() ? query.int64(0) : 0;
}

} // namespace soundalike
