#include "core/common/AppPaths.h"

#include <QFileInfo>

#include <QStandardPaths>

namespace soundalike {

QString AppPaths::dataDirectory()
{
    // GenericDataLocation plus our own folder keeps the path independent of the organisation name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/soundalike");
}

QString AppPaths::defaultDatabasePath()
{
    return dataDirectory() + QStringLiteral("/library.db");
}

QString AppPaths::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/soundalike/soundalike.conf");
}

QString AppPaths::modelsFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/models");
}

} // namespace soundalike
