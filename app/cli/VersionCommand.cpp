#include "app/cli/VersionCommand.h"

#include "app/cli/CliContext.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/library/TagReader.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace soundalike::cli {

QString VersionCommand::summary() const
{
    return QStringLiteral("Show the versions of Soundalike and the libraries it uses.");
}

int VersionCommand::run(CliContext& context) const
{
    QString error;
    const auto backend = EmbeddingModule::load(&error);
    const QString torch = backend ? backend->runtimeVersion() : QStringLiteral("unavailable (%1)").arg(error);
    const QList<std::pair<QString, QString>> versions{
        {QStringLiteral("soundalike"), QCoreApplication::applicationVersion()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), Database::sqliteVersion()},
        {QStringLiteral("taglib"), TagReader::taglibVersion()},
        {QStringLiteral("libtorch"), torch},
        {QStringLiteral("embedding_module"), EmbeddingModule::loadedFile()},
    };
    if (context.json()) {
        QJsonObject object;
        for (const auto& [name, version] : versions)
            object.insert(name, version);
        context.printJson(object);
    } else {
        for (const auto& [name, version] : versions)
            context.out() << QStringLiteral("%1 %2\n").arg(name, -17).arg(version);
    }
    return backend ? 0 : 1;
}

} // namespace soundalike::cli
