#include "app/cli/M3uOptions.h"

#include "app/cli/CliContext.h"

namespace soundalike::cli {

void M3uOptions::addPathStyleOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("absolute"), QStringLiteral("Write every path absolute.")});
    parser.addOption({QStringLiteral("relative"),
                      QStringLiteral("Write every path relative to the playlist's folder, with ../ where "
                                     "needed (default: relative for tracks inside that folder only).")});
}

M3uPathStyle M3uOptions::pathStyle(const CliContext& context)
{
    const bool absolute = context.options().isSet(QStringLiteral("absolute"));
    const bool relative = context.options().isSet(QStringLiteral("relative"));
    if (absolute && relative)
        throw UsageError("--absolute and --relative exclude each other");
    return absolute ? M3uPathStyle::Absolute : relative ? M3uPathStyle::Relative : M3uPathStyle::Auto;
}

} // namespace soundalike::cli
