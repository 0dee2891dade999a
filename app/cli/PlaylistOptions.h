#pragma once

#include "core/service/PlaylistRequest.h"

#include <QCommandLineParser>

namespace soundalike::cli {

class CliContext;

// The options `similar` and `path` share: length, artist rules, diversity, filters, random seed.
class PlaylistOptions
{
public:
    static void add(QCommandLineParser& parser, int defaultCount);
    // Throws UsageError for values out of range.
    static PlaylistRequest read(CliContext& context, int defaultCount);

private:
    static PlaylistFilter readFilter(CliContext& context);
};

} // namespace soundalike::cli
