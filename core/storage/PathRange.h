#pragma once

#include "core/common/Track.h"

namespace soundalike {

// Every path strictly inside a folder sorts in [folder + "/", folder + "0"), because '0' follows '/' in byte
// order. Querying that range uses the path index and, unlike LIKE, needs no escaping of '%' or '_'.
struct PathRange
{
    explicit PathRange(FilePath folder)
    {
        while (!folder.empty() && folder.back() == '/')
            folder.pop_back();
        low = folder + '/';
        high = folder + '0';
    }

    FilePath low;
    FilePath high;
};

} // namespace soundalike
