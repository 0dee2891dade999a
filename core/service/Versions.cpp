#include "core/service/Versions.h"

#include "core/embedding/EmbeddingModule.h"
#include "core/library/TagReader.h"
#include "core/storage/Database.h"

namespace soundalike {

Versions Versions::collect(const QString& applicationVersion)
{
    QString error;
    const auto backend = EmbeddingModule::load(&error);
    const QString torch = backend ? backend->runtimeVersion() : QStringLiteral("unavailable (%1)").arg(error);
    Versions versions;
    versions.embeddingAvailable = backend != nullptr;
    versions.entries = {
        {QStringLiteral("soundalike"), applicationVersion},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), Database::sqliteVersion()},
        {QStringLiteral("taglib"), TagReader::taglibVersion()},
        {QStringLiteral("libtorch"), torch},
        {QStringLiteral("embedding_module"), EmbeddingModule::loadedFile()},
    };
    return versions;
}

} // namespace soundalike
