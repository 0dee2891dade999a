#pragma once

#include <span>

namespace soundalike {

// Numbered schema migrations: migration N (1-based) takes a database from user_version N-1 to N. Append new
// migrations; never edit one that has shipped.
class Schema
{
public:
    static std::span<const char* const> migrations();
    static int latestVersion() { return int(migrations().size()); }
};

} // namespace soundalike
