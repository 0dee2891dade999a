#pragma once

#include "core/common/FilePath.h"
#include "core/library/ScanTypes.h"
#include "core/service/jobs/Job.h"

#include <QString>

#include <vector>

namespace soundalike {

// Scans library folders (every known one when none is named) into the library. Resumable: a scan stopped
// for a more urgent job goes on from what it committed, and its report adds up both runs.
class ScanJob : public Job
{
public:
    ScanJob(QString databasePath, std::vector<FilePath> folders);

    Kind kind() const override { return Kind::Scan; }
    QString describe() const override;
    void run(JobControl& control) override;
    bool resumable() const override { return true; }

    [[nodiscard]] const ScanReport& report() const { return m_report; }

private:
    QString m_databasePath;
    std::vector<FilePath> m_folders;
    ScanReport m_report;
};

} // namespace soundalike
