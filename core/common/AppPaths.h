#pragma once

#include <QString>

namespace soundalike {

// Where Soundalike keeps its data when the user names no other place.
class AppPaths
{
public:
    static QString dataDirectory();
    static QString defaultDatabasePath();
    static QString defaultSettingsPath();
    // A library's trained models: the folder "models" beside its database, so that the two move together.
    static QString modelsFolder(const QString& databasePath);
};

} // namespace soundalike
