#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace soundalike {

// The versions of Soundalike and the libraries it runs on, by name, for `soundalike-cli version` and bug
// reports. Loads the libtorch module to ask it (call it off the GUI thread).
struct Versions
{
    QList<std::pair<QString, QString>> entries; // name, version
    bool embeddingAvailable = false;

    [[nodiscard]] static Versions collect(const QString& applicationVersion);
};

} // namespace soundalike
