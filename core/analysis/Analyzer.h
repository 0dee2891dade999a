#pragma once

#include "core/analysis/AnalysisTypes.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>

namespace soundalike {

// Analyses every available track that has no descriptor of the current version (and no remembered failure
// for it), or only those of AnalysisOptions::tracks, with a pool of worker threads. analyze() works on the
// calling thread, which alone writes to the database; start() runs it on a pool thread. progress() is emitted
// from the analysing thread, so connect with a queued connection (the default across threads).
class Analyzer : public QObject
{
    Q_OBJECT

public:
    explicit Analyzer(QString databasePath, AnalysisOptions options = {}, QObject* parent = nullptr);

    // Throws StorageError when the database cannot be used.
    AnalysisReport analyze();
    QFuture<AnalysisReport> start();
    void cancel() { m_cancel = true; }

signals:
    void progress(const soundalike::AnalysisProgress& progress);

private:
    AnalysisReport run();

    QString m_databasePath;
    AnalysisOptions m_options;
    std::atomic_bool m_cancel = false;
};

} // namespace soundalike
