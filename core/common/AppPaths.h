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
};

} // namespace soundalike
