#pragma once

#include "core/common/FilePath.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <set>

namespace soundalike {

class Library;
class LibraryPipeline;

// Keeps the library in step with its folders while the app runs, as Strawberry's and fooyin's library
// monitors do: a song added, renamed, moved or deleted under a library folder is scanned a few seconds after
// the last change there, instead of at the next launch. Every folder below a library folder is watched
// (inotify watches a folder, not its tree); the set is walked again off the GUI thread whenever the folders
// or a scan may have changed it. A file rewritten in place (its tags edited) changes no folder and waits
// for the next scan.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    LibraryWatcher(Library& library, LibraryPipeline& pipeline, QObject* parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // How long a folder must stay unchanged before it is scanned: a copy of an album is one scan, not one
    // per file.
    void setQuietPeriod(int milliseconds) { m_quiet.setInterval(milliseconds); }
    // The folders watched now (all of them, below the library folders too).
    QStringList watchedFolders() const { return m_watcher.directories(); }

signals:
    // The watched set was replaced (after a walk).
    void watching(int folders);
    // Changes were seen and a scan of these library folders was asked for.
    void scanning(const QStringList& libraryFolders);

private:
    void rewatch();
    void watch(const QStringList& folders);
    void onFolderChanged(const QString& path);
    void scanChanged();

    Library& m_library;
    LibraryPipeline& m_pipeline;
    bool m_enabled = true;
    QFileSystemWatcher m_watcher;
    QFutureWatcher<QStringList> m_walk;
    bool m_walkAgain = false;
    QTimer m_quiet;
    std::set<FilePath> m_changed; // library folders with changes not yet scanned
};

} // namespace soundalike
