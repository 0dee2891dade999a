#include "core/service/jobs/ImportJob.h"

#include "core/library/FileImporter.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"

namespace soundalike {

ImportJob::ImportJob(QString databasePath, std::vector<FilePath> paths)
    : m_databasePath(std::move(databasePath)), m_paths(std::move(paths))
{}

QString ImportJob::describe() const
{
    return QStringLiteral("import of %1 path(s)").arg(m_paths.size());
}

void ImportJob::run(JobControl& control)
{
    control.report({0, int(m_paths.size()), JobProgress::Unit::Files, {}});
    const FileImporter::Result result = FileImporter(m_databasePath).import(m_paths, control.cancelFlag());
    m_problems = result.problems;
    Database db(m_databasePath);
    TrackStore store(db);
    for (const std::int64_t id : result.trackIds) {
        if (std::optional<Track> track = store.track(id))
            m_tracks.push_back(std::move(*track));
    }
}

std::vector<std::int64_t> ImportJob::trackIds() const
{
    std::vector<std::int64_t> ids;
    for (const Track& track : m_tracks)
        ids.push_back(track.id);
    return ids;
}

} // namespace soundalike
