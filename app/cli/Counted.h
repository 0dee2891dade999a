#pragma once

#include <QString>

namespace soundalike {

// A count with its noun, "1 track" or "3 tracks": the CLI speaks English only, whose nouns here all take -s.
[[nodiscard]] QString counted(long long n, const char* noun);

} // namespace soundalike
