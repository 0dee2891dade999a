#include "core/service/jobs/ScanJob.h"

#include "core/library/LibraryScanner.h"
#include "core/service/jobs/JobControl.h"

namespace soundalike {

namespace {

// A resumed scan reports what it did itself; the person who started it wants both runs together.
void addUp(ScanReport& total, const ScanReport& run)
{
    total.unchanged = run.unchanged;
    total.added += run.added;
    total.updated += run.updated;
    total.moved += run.moved;
    total.removed += run.removed;
    total.restored += run.restored;
    total.markedUnavailable += run.markedUnavailable;
    total.problems += run.problems;
    total.knownProblems = run.knownProblems;
    total.unavailableFolders = run.unavailableFolders;
    total.cancelled = run.cancelled;
    total.seconds += run.seconds;
}

JobProgress jobProgress(const ScanProgress& p)
{
    if (p.phase == ScanProgress::Phase::Walking)
        return {p.filesSeen, 0, JobProgress::Unit::Files, p.currentPath};
    return {p.filesRead, p.filesToRead, JobProgress::Unit::Files, p.currentPath};
}

} // namespace

ScanJob::ScanJob(QString databasePath, std::vector<FilePath> folders)
    : m_databasePath(std::move(databasePath)), m_folders(std::move(folders))
{}

QString ScanJob::describe() const
{
    if (m_folders.empty())
        return QStringLiteral("scan of every library folder");
    QStringList names;
    for (const FilePath& folder : m_folders)
        names << displayPath(folder);
    return QStringLiteral("scan of %1").arg(names.join(QStringLiteral(", ")));
}

void ScanJob::run(JobControl& control)
{
    LibraryScanner scanner(m_databasePath);
    QObject::connect(
        &scanner, &LibraryScanner::progress, &scanner,
        [&](const ScanProgress& p) { control.report(jobProgress(p)); }, Qt::DirectConnection);
    addUp(m_report, scanner.scan(m_folders, control.cancelFlag()));
}

} // namespace soundalike
