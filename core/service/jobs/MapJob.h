#pragma once

#include "core/service/MapComputation.h"
#include "core/service/MapTypes.h"
#include "core/service/jobs/Job.h"

#include <QString>

namespace soundalike {

// Brings the library map up to date (computeLayout) as a job of the queue: loads the stored map, places new
// tracks beside it, or lays it out anew for a new model; progress in percent of the whole run. Stopping it
// writes nothing (a layout is stored in one transaction at its end), so it may make way for a job someone
// waits for and start again afterwards.
class MapJob : public Job
{
public:
    explicit MapJob(QString databasePath);

    Kind kind() const override { return Kind::Map; }
    QString describe() const override { return QStringLiteral("library map"); }
    void run(JobControl& control) override;
    bool resumable() const override { return true; }

    // Called on the worker thread with each step, for a view that names the stage.
    void setProgressSink(MapProgressSink sink) { m_sink = std::move(sink); }
    // Action::Cancelled when the job was stopped; the map otherwise.
    [[nodiscard]] const LibraryMapResult& result() const { return m_result; }

private:
    QString m_databasePath;
    MapProgressSink m_sink;
    LibraryMapResult m_result;
};

} // namespace soundalike
