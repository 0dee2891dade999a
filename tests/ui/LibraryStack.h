#pragma once

#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/jobs/JobQueue.h"

namespace soundalike::test {

// What a library widget is built on, without a whole window: the job queue, the pipeline and the Library
// over one database, torn down in the reverse order.
class LibraryStack
{
public:
    explicit LibraryStack(const QString& db) : m_pipeline(db, m_queue), m_library(db, m_pipeline) {}

    LibraryPipeline& pipeline() { return m_pipeline; }
    Library& library() { return m_library; }

    // Opens the library and waits until its catalog is loaded: call once the widget under test is shown,
    // so that it meets the opening as it does in the window.
    [[nodiscard]] bool open();

private:
    JobQueue m_queue;
    LibraryPipeline m_pipeline;
    Library m_library;
};

} // namespace soundalike::test
