#include "app/cli/CommandRegistry.h"
#include "app/cli/NeighborsCommand.h"
#include "app/cli/PathCommand.h"
#include "app/cli/ProblemsCommand.h"
#include "app/cli/ScanCommand.h"
#include "app/cli/SimilarCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/TracksCommand.h"

#include <QCoreApplication>

using namespace soundalike::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soundalike"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUNDALIKE_VERSION));

    CommandRegistry commands;
    commands.add(std::make_unique<ScanCommand>());
    commands.add(std::make_unique<StatsCommand>());
    commands.add(std::make_unique<TracksCommand>());
    commands.add(std::make_unique<ProblemsCommand>());
    commands.add(std::make_unique<SimilarCommand>());
    commands.add(std::make_unique<PathCommand>());
    commands.add(std::make_unique<NeighborsCommand>());
    return commands.run(QCoreApplication::arguments());
}
