#pragma once

#include "core/common/AudioDescriptor.h"
#include "core/common/FilePath.h"

#include <QString>
#include <QStringList>

namespace soundalike {

// A file's audio descriptor with the name and group of every dimension: the library's stored one when the
// file is in the library and analysed with the current descriptors, else computed from the file now.
struct TrackDescription
{
    AudioDescriptor descriptor;
    bool fromLibrary = false;
    double audioSeconds = 0; // decoded, when computed now
    QStringList names;       // one per dimension
    QStringList groups;      // the group each dimension belongs to ("mfcc_mean", "tempo", ...)

    // On the calling thread (it may decode the file). Throws std::runtime_error saying why a file cannot be
    // described.
    [[nodiscard]] static TrackDescription of(const QString& databasePath, const FilePath& file);
    // The version of the descriptors this build computes.
    [[nodiscard]] static int currentVersion();
};

} // namespace soundalike
