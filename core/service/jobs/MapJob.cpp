#include "core/service/jobs/MapJob.h"

#include "core/service/jobs/JobControl.h"

namespace soundalike {

MapJob::MapJob(QString databasePath) : m_databasePath(std::move(databasePath)) {}

void MapJob::run(JobControl& control)
{
    m_result = computeLayout(
        m_databasePath,
        [&](const MapProgress& p) {
            control.report({int(p.fraction * 100), 100, JobProgress::Unit::Percent, {}});
            if (m_sink)
                m_sink(p);
        },
        control.cancelFlag());
}

} // namespace soundalike
