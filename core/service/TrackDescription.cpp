#include "core/service/TrackDescription.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FileAnalyzer.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"

#include <QFileInfo>

#include <optional>
#include <stdexcept>

namespace soundalike {

namespace {

using L = DescriptorLayout;

// The stored descriptor, when the database exists and holds one of the current version for this file.
std::optional<AudioDescriptor> stored(const QString& databasePath, const FilePath& path)
{
    if (!QFileInfo::exists(databasePath))
        return std::nullopt;
    Database db(databasePath);
    const auto track = TrackStore(db).trackByPath(path);
    return track ? DescriptorStore(db).get(track->id, L::kVersion) : std::nullopt;
}

} // namespace

TrackDescription TrackDescription::of(const QString& databasePath, const FilePath& file)
{
    TrackDescription described;
    if (auto descriptor = stored(databasePath, file)) {
        described.descriptor = std::move(*descriptor);
        described.fromLibrary = true;
    } else {
        FileAnalyzer::Result result = FileAnalyzer().analyze(file);
        if (!result.descriptor)
            throw std::runtime_error(QStringLiteral("cannot describe %1: %2")
                                         .arg(displayPath(file), result.problem.text())
                                         .toStdString());
        described.descriptor = std::move(*result.descriptor);
        described.audioSeconds = result.audioSeconds;
    }
    for (int i = 0; i < described.descriptor.dimensions(); ++i) {
        described.names << QString::fromStdString(L::names()[std::size_t(i)]);
        described.groups << QString::fromLatin1(L::group(i).data(), qsizetype(L::group(i).size()));
    }
    return described;
}

int TrackDescription::currentVersion()
{
    return L::kVersion;
}

} // namespace soundalike
