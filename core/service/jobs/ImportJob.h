#pragma once

#include "core/common/Track.h"
#include "core/service/jobs/Job.h"

#include <QStringList>

#include <vector>

namespace soundalike {

// Brings files and folders someone dropped or opened into the library (FileImporter) and hands back their
// tracks in the order given, with a line for each path that gave none. Runs in the queue like a scan, so it
// never writes a track beside one; it stops between files when the app quits.
class ImportJob : public Job
{
public:
    ImportJob(QString databasePath, std::vector<FilePath> paths);

    Kind kind() const override { return Kind::Import; }
    QString describe() const override;
    void run(JobControl& control) override;

    [[nodiscard]] const std::vector<Track>& tracks() const { return m_tracks; }
    [[nodiscard]] const QStringList& problems() const { return m_problems; }
    [[nodiscard]] std::vector<std::int64_t> trackIds() const;

private:
    QString m_databasePath;
    std::vector<FilePath> m_paths;
    std::vector<Track> m_tracks;
    QStringList m_problems;
};

} // namespace soundalike
