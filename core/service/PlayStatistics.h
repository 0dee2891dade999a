#pragma once

#include "core/common/ListeningStats.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>

#include <cstdint>

namespace soundalike {

// Play counts, skips and last-played times of the whole library, in memory for the views (the library's
// columns). Read from the database off the GUI thread; what is listened to meanwhile is counted here as it
// happens, while the listening history writes it to disk on its own thread.
class PlayStatistics : public QObject
{
    Q_OBJECT

public:
    using Table = QHash<std::int64_t, ListeningStats>;

    explicit PlayStatistics(QString databasePath, QObject* parent = nullptr);
    ~PlayStatistics() override;

    // Reads the table again in the background; reloaded() follows.
    void reload();
    // A listen as the history counts it (ListeningLog::recorded).
    void count(std::int64_t trackId, bool played, bool skipped, std::int64_t at);

    // Never listened to: all zero.
    [[nodiscard]] ListeningStats of(std::int64_t trackId) const { return m_table.value(trackId); }

    // The table, read on the calling thread; empty when it cannot be read.
    [[nodiscard]] static Table read(const QString& databasePath);

signals:
    void reloaded();
    void changed(std::int64_t trackId);

private:
    QString m_databasePath;
    Table m_table;
    QFutureWatcher<Table> m_watcher;
    bool m_reloadAgain = false;
};

} // namespace soundalike
