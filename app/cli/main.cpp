#include "app/cli/AnalyzeCommand.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/DescribeCommand.h"
#include "app/cli/DuplicatesCommand.h"
#include "app/cli/EvalCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/LyricsCommand.h"
#include "app/cli/MapCommand.h"
#include "app/cli/ModelsCommand.h"
#include "app/cli/NeighborsCommand.h"
#include "app/cli/PathCommand.h"
#include "app/cli/PlaylistsCommand.h"
#include "app/cli/ProblemsCommand.h"
#include "app/cli/ScanCommand.h"
#include "app/cli/SimilarCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/TracksCommand.h"
#include "app/cli/TrainCommand.h"
#include "app/cli/VersionCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace soundalike::cli;

namespace {

// Drawing the map (`map --png`) lays out text, which needs a QGuiApplication; on the offscreen platform, so
// that it runs without a display. Every other command keeps the lighter QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--png") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soundalike"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUNDALIKE_VERSION));

    CommandRegistry commands;
    commands.add(std::make_unique<ScanCommand>());
    commands.add(std::make_unique<AnalyzeCommand>());
    commands.add(std::make_unique<DescribeCommand>());
    commands.add(std::make_unique<TrainCommand>());
    commands.add(std::make_unique<ModelsCommand>());
    commands.add(std::make_unique<EvalCommand>());
    commands.add(std::make_unique<SimilarCommand>());
    commands.add(std::make_unique<PathCommand>());
    commands.add(std::make_unique<NeighborsCommand>());
    commands.add(std::make_unique<MapCommand>());
    commands.add(std::make_unique<StatsCommand>());
    commands.add(std::make_unique<TracksCommand>());
    commands.add(std::make_unique<ProblemsCommand>());
    commands.add(std::make_unique<DuplicatesCommand>());
    commands.add(std::make_unique<LyricsCommand>());
    commands.add(std::make_unique<ExportCommand>());
    commands.add(std::make_unique<ImportCommand>());
    commands.add(std::make_unique<PlaylistsCommand>());
    commands.add(std::make_unique<VersionCommand>());
    return commands.run(QCoreApplication::arguments());
}
