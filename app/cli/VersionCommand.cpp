#include "app/cli/VersionCommand.h"

#include "app/cli/CliContext.h"
#include "core/service/Versions.h"

#include <QCoreApplication>

namespace soundalike::cli {

QString VersionCommand::summary() const
{
    return QStringLiteral("Show the versions of Soundalike and the libraries it uses.");
}

int VersionCommand::run(CliContext& context) const
{
    const Versions collected = Versions::collect(QCoreApplication::applicationVersion());
    const auto& versions = collected.entries;
    if (context.json()) {
        QJsonObject object;
        for (const auto& [name, version] : versions)
            object.insert(name, version);
        context.printJson(object);
    } else {
        for (const auto& [name, version] : versions)
            context.out() << QStringLiteral("%1 %2\n").arg(name, -17).arg(version);
    }
    return collected.embeddingAvailable ? 0 : 1;
}

} // namespace soundalike::cli
