#include "core/analysis/Analyzer.h"

#include "core/analysis/AnalysisRun.h"
#include "core/storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

Analyzer::Analyzer(QString databasePath, AnalysisOptions options, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_options(options)
{
    qRegisterMetaType<AnalysisProgress>();
    qRegisterMetaType<AnalysisReport>();
}

AnalysisReport Analyzer::analyze()
{
    m_cancel = false;
    Database db(m_databasePath);
    return AnalysisRun(db, m_options, m_cancel, [this](const AnalysisProgress& p) { emit progress(p); })
        .run();
}

QFuture<AnalysisReport> Analyzer::start()
{
    return QtConcurrent::run([this] { return analyze(); });
}

} // namespace soundalike
