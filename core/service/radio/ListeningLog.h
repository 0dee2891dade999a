#pragma once

#include "core/playback/Listen.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <cstdint>

namespace soundalike {

// Play counts, skips and last-played times, kept per track in the library database. Writes happen on a
// worker thread of their own, in the order they were recorded, so the player's thread never waits for the
// disk; destroying the log waits for those still pending.
class ListeningLog : public QObject
{
    Q_OBJECT

public:
    explicit ListeningLog(QString databasePath, QObject* parent = nullptr);
    ~ListeningLog() override;

    // Counts what `listen` says (ListenVerdict) and marks the track as played now.
    void record(const Listen& listen);
    // Waits for the pending writes (tests, and before reading what was recorded).
    void flush();

    // The write itself, on the calling thread with its own connection. Never throws.
    static bool write(const QString& databasePath, std::int64_t trackId, bool played, bool skipped,
                      std::int64_t at);

signals:
    // What record() counted, at once, before it reaches the disk (for views that show the counts).
    void recorded(std::int64_t trackId, bool played, bool skipped, std::int64_t at);
    // A write failed; the listening history is a convenience, so playback goes on.
    void failed(const QString& message);

private:
    QString m_databasePath;
    QThreadPool m_writer;
};

} // namespace soundalike
