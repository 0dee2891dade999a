#pragma once

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

namespace soundalike {

class Library;
class LibraryPipeline;

// Keeps the library in step with its folders while the app runs, as Strawberry's and fooyin's library
// monitors do: a song added, renamed, moved or deleted under a library folder is scanned a few seconds after
// the last change there (at most half a minute after the first, for a folder that never goes quiet), instead
// of at the next launch. Every folder below a library folder is watched (inotify watches a folder, not its
// tree), and the folder holding each library folder too, so that a drive unplugged and plugged in again is
// seen; the set is walked again off the GUI thread whenever the folders or a scan may have changed it.
//
// The scan is the library's whole rescan, which the pipeline never queues twice and which scans only the
// folders the library still has (one removed meanwhile stays removed). A second rescan follows a while after
// the first: a song still being copied when the first read it (writing a file changes no folder) is read
// again whole. A file rewritten in place later (its tags edited) waits for the next scan.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    LibraryWatcher(Library& library, LibraryPipeline& pipeline, QObject* parent = nullptr);
    ~LibraryWatcher() override;

    void setEnabled(bool on);
    // How long a folder must stay unchanged before the library is scanned (an album copied in is one scan,
    // not one per file), and how long after that the second scan follows.
    void setQuietPeriod(int milliseconds);
    // The folders watched now (all of them, below the library folders too).
    QStringList watchedFolders() const { return m_watcher.directories(); }

signals:
    // Changes were seen and a scan of the library was asked for.
    void scanning();
    // Some folders cannot be watched (the system's limit on inotify watches), so changes in them wait for a
    // rescan (translated; said once for the same folders, not after every scan).
    void message(const QString& text);

private:
    struct Walk
    {
        QStringList folders;             // every folder to watch
        QHash<QString, bool> rootExists; // each library folder: there or not
    };

    void rewatch();
    void watch(const Walk& walk);
    void addSome();
    void reportFailures();
    void onFolderChanged(const QString& path);
    void changed();
    void scanChanged();

    Library& m_library;
    LibraryPipeline& m_pipeline;
    bool m_enabled = true;
    QFileSystemWatcher m_watcher;
    QFutureWatcher<Walk> m_walk;
    std::shared_ptr<std::atomic_bool> m_cancelWalk = std::make_shared<std::atomic_bool>(false);
    bool m_walkAgain = false;
    QStringList m_toAdd;          // added a few hundred at a time: Qt checks each path on the GUI thread
    QStringList m_failed;         // folders of this round that could not be watched
    QSet<QString> m_failedBefore; // those already reported
    QTimer m_adding;
    QHash<QString, bool> m_rootExists;
    QTimer m_quiet;
    QElapsedTimer m_firstChange; // of the changes not yet scanned
    QTimer m_settle;
};

} // namespace soundalike
