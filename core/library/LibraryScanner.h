#pragma once

#include "core/common/FilePath.h"
#include "core/library/ScanTypes.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace soundalike {

// Scans library folders into the store, on the calling thread with its own database connection (ScanJob runs
// it on the job queue's worker). progress() is emitted from the scanning thread.
class LibraryScanner : public QObject
{
    Q_OBJECT

public:
    explicit LibraryScanner(QString databasePath, QObject* parent = nullptr);

    // Scans `folders` (all known library folders when empty), stopping between files once `cancel` is set.
    // Throws StorageError when the database cannot be used, and std::invalid_argument for a folder that is
    // neither known nor present.
    ScanReport scan(const std::vector<FilePath>& folders, const std::atomic_bool& cancel);
    // The same, stopped by cancel().
    ScanReport scan(const QStringList& folders);
    void cancel() { m_cancel = true; }

signals:
    void progress(const soundalike::ScanProgress& progress);

private:
    QString m_databasePath;
    std::atomic_bool m_cancel = false;
};

} // namespace soundalike
