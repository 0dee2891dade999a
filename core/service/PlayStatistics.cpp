#include "core/service/PlayStatistics.h"

#include "core/common/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/ListeningStore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace soundalike {

PlayStatistics::PlayStatistics(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        // A listen counted during the read may be missing from what was read until the next reload: the
        // table is read when the library opens, before anything plays.
        m_table = m_watcher.result();
        qCDebug(lcRadio) << "play statistics for" << m_table.size() << "tracks";
        emit reloaded();
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
}

PlayStatistics::~PlayStatistics()
{
    m_watcher.waitForFinished();
}

void PlayStatistics::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath] { return read(path); }));
}

void PlayStatistics::count(std::int64_t trackId, bool played, bool skipped, std::int64_t at)
{
    ListeningStats& stats = m_table[trackId];
    stats.plays += played ? 1 : 0;
    stats.skips += skipped ? 1 : 0;
    stats.lastPlayedAt = std::max(stats.lastPlayedAt, at);
    emit changed(trackId);
}

PlayStatistics::Table PlayStatistics::read(const QString& databasePath)
{
    Table table;
    try {
        Database db(databasePath, Database::Mode::ReadOnly);
        const auto rows = ListeningStore(db).all();
        table.reserve(qsizetype(rows.size()));
        for (const auto& [id, stats] : rows)
            table.insert(id, stats);
    } catch (const std::exception& e) {
        // The columns then show nothing yet; playing and counting go on.
        qCWarning(lcRadio) << "cannot read the play statistics:" << e.what();
    }
    return table;
}

} // namespace soundalike
