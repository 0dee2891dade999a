#include "core/playback/DemuxerRanks.h"

#include <cstdlib>
#include <string>

namespace soundalike {

void preferReliableDemuxers()
{
    // Plain libc: this runs during static initialisation, before Qt is up.
    static constexpr const char* kVariable = "GST_PLUGIN_FEATURE_RANK";
    static constexpr const char* kDemuxer = "avdemux_aiff";
    const char* set = std::getenv(kVariable);
    std::string ranks = set ? set : "";
    if (ranks.find(kDemuxer) != std::string::npos)
        return;
    ranks += (ranks.empty() ? "" : ",") + std::string(kDemuxer) + ":MAX";
    ::setenv(kVariable, ranks.c_str(), 1);
}

} // namespace soundalike
