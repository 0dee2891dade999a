#pragma once

#include "core/common/Track.h"
#include "core/service/PlaylistFiles.h"

#include <QCommandLineParser>

namespace soundalike::cli {

class CliContext;

// The playlist-writing options shared by `export` and `similar --m3u`.
class M3uOptions
{
public:
    static void addPathStyleOptions(QCommandLineParser& parser);
    // Throws UsageError when both --absolute and --relative are given.
    static M3uPathStyle pathStyle(const CliContext& context);
};

} // namespace soundalike::cli
