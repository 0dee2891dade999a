#include "core/embedding/EmbeddingModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

namespace soundalike {

namespace {

constexpr const char* kModuleName = "soundalike_embedding";
QString g_loadedFile;
QMutex g_mutex;

} // namespace

QStringList EmbeddingModule::searchPath()
{
    QStringList folders;
    if (const QString custom = qEnvironmentVariable("SOUNDALIKE_MODULE_DIR"); !custom.isEmpty())
        folders << custom;
    if (QCoreApplication::instance())
        folders << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                   QStringLiteral("/../lib/soundalike"));
    folders << QStringLiteral(SOUNDALIKE_BUILD_MODULE_DIR);
    return folders;
}

QString EmbeddingModule::loadedFile()
{
    const QMutexLocker lock(&g_mutex);
    return g_loadedFile;
}

std::unique_ptr<EmbeddingBackend> EmbeddingModule::load(QString* error)
{
    using Create = EmbeddingBackend* (*)();
    const QMutexLocker lock(&g_mutex);
    QString reasons;
    for (const QString& folder : searchPath()) {
        const QString file = folder + QLatin1Char('/') + QLatin1String(kModuleName) + QStringLiteral(".so");
        if (!QFileInfo::exists(file))
            continue;
        // Never unloaded (RTLD_NODELETE): libtorch registers global state that must outlive every backend
        // object. Destroying a QLibrary does not unload it either.
        QLibrary library(file);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (const auto create =
                reinterpret_cast<Create>(library.resolve("soundalike_create_embedding_backend"))) {
            g_loadedFile = file;
            return std::unique_ptr<EmbeddingBackend>(create());
        }
        reasons = library.errorString();
    }
    if (error) {
        *error = reasons.isEmpty()
                     ? QCoreApplication::translate("EmbeddingModule",
                                                   "the embedding module (%1.so) was not found in %2")
                           .arg(QLatin1String(kModuleName), searchPath().join(QStringLiteral(", ")))
                     : QCoreApplication::translate("EmbeddingModule",
                                                   "the embedding module could not be loaded: %1")
                           .arg(reasons);
    }
    return nullptr;
}

} // namespace soundalike
