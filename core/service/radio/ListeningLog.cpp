#include "core/service/radio/ListeningLog.h"

#include "core/common/Logging.h"
#include "core/service/radio/ListenVerdict.h"
#include "core/storage/Database.h"
#include "core/storage/ListeningStore.h"

#include <QDateTime>

#include <exception>

namespace soundalike {

ListeningLog::ListeningLog(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    // One thread: the writes land in the order they were made.
    m_writer.setMaxThreadCount(1);
}

ListeningLog::~ListeningLog()
{
    m_writer.waitForDone();
}

void ListeningLog::record(const Listen& listen)
{
    const ListenVerdict verdict = ListenVerdict::of(listen);
    const std::int64_t id = listen.track.id;
    if (id <= 0)
        return; // a file played from outside the library has no row to count in
    const std::int64_t at = QDateTime::currentSecsSinceEpoch();
    emit recorded(id, verdict.played, verdict.skippedEarly, at);
    // The destructor waits for this task, so `this` outlives it; the signal is queued to the log's thread.
    m_writer.start([this, path = m_databasePath, id, verdict, at] {
        if (!write(path, id, verdict.played, verdict.skippedEarly, at))
            QMetaObject::invokeMethod(
                this, [this] { emit failed(tr("Could not save what was played.")); }, Qt::QueuedConnection);
    });
}

void ListeningLog::flush()
{
    m_writer.waitForDone();
}

bool ListeningLog::write(const QString& databasePath, std::int64_t trackId, bool played, bool skipped,
                         std::int64_t at)
{
    try {
        Database db(databasePath);
        ListeningStore(db).record(trackId, played, skipped, at);
        qCDebug(lcRadio) << "track" << trackId << (played ? "played" : skipped ? "skipped" : "heard");
        return true;
    } catch (const std::exception& e) {
        qCWarning(lcRadio) << "cannot record a play of track" << trackId << ":" << e.what();
        return false;
    }
}

} // namespace soundalike
