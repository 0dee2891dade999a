#pragma once

#include "core/common/FilePath.h"
#include "core/service/jobs/Job.h"

namespace soundalike {

// Takes a folder out of the library, with its tracks, in one transaction.
class RemoveFolderJob : public Job
{
public:
    RemoveFolderJob(QString databasePath, FilePath folder);

    Kind kind() const override { return Kind::RemoveFolder; }
    QString describe() const override;
    void run(JobControl& control) override;

private:
    QString m_databasePath;
    FilePath m_folder;
};

} // namespace soundalike
