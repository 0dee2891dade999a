#include "core/service/LibraryWatcher.h"

#include "core/common/Logging.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

constexpr int kQuietMs = 3000;
// A folder that never goes quiet (a download, a sync) is scanned this long after its first change anyway.
constexpr int kLongestWaitMs = 30000;
constexpr int kSettleFactor = 10;
constexpr int kAddedPerTurn = 256;

// Each library folder, every folder below it (links followed, as the scanner follows them; Qt skips link
// loops), and the folder that holds it.
QStringList foldersBelow(const QStringList& roots, QHash<QString, bool>& rootExists,
                         const std::atomic_bool& cancel)
{
    QStringList all;
    for (const QString& root : roots) {
        const QString parent = QFileInfo(root).absolutePath();
        if (parent != root && QFileInfo(parent).isDir())
            all << parent;
        rootExists.insert(root, QFileInfo(root).isDir());
        if (!rootExists.value(root))
            continue;
        all << root;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext() && !cancel)
            all << it.next();
    }
    all.removeDuplicates();
    return all;
}

bool isInside(const QString& path, const QString& folder)
{
    return path == folder ||
           path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

} // namespace

LibraryWatcher::LibraryWatcher(Library& library, LibraryPipeline& pipeline, QObject* parent)
    : QObject(parent), m_library(library), m_pipeline(pipeline)
{
    m_quiet.setSingleShot(true);
    m_settle.setSingleShot(true);
    setQuietPeriod(kQuietMs);
    m_adding.setInterval(0);
    connect(&m_quiet, &QTimer::timeout, this, &LibraryWatcher::scanChanged);
    connect(&m_settle, &QTimer::timeout, this, [this] { static_cast<void>(m_pipeline.scan()); });
    connect(&m_adding, &QTimer::timeout, this, &LibraryWatcher::addSome);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryWatcher::onFolderChanged);
    connect(&m_walk, &QFutureWatcherBase::finished, this, [this] {
        if (std::exchange(m_walkAgain, false))
            rewatch();
        else if (!m_walk.isCanceled())
            watch(m_walk.result());
    });
    connect(&library, &Library::opened, this, &LibraryWatcher::rewatch);
    connect(&library, &Library::foldersChanged, this, &LibraryWatcher::rewatch);
    // A scan may have met folders made since the last walk (an album copied in brings its own folder).
    connect(&pipeline, &LibraryPipeline::scanFinished, this, &LibraryWatcher::rewatch);
}

LibraryWatcher::~LibraryWatcher()
{
    // The walk holds nothing of this object; told to stop, it ends at its next folder.
    *m_cancelWalk = true;
}

void LibraryWatcher::setQuietPeriod(int milliseconds)
{
    m_quiet.setInterval(milliseconds);
    m_settle.setInterval(milliseconds * kSettleFactor);
}

void LibraryWatcher::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    m_quiet.stop();
    m_settle.stop();
    m_firstChange.invalidate();
    if (on) {
        rewatch();
    } else {
        m_adding.stop();
        m_toAdd.clear();
        m_failed.clear();
        if (const QStringList watched = m_watcher.directories(); !watched.isEmpty())
            m_watcher.removePaths(watched);
    }
}

void LibraryWatcher::rewatch()
{
    if (!m_enabled || !m_library.isOpen())
        return;
    if (m_walk.isRunning()) {
        m_walkAgain = true;
        return;
    }
    m_walk.setFuture(QtConcurrent::run([roots = m_library.folders(), cancel = m_cancelWalk] {
        Walk walk;
        walk.folders = foldersBelow(roots, walk.rootExists, *cancel);
        return walk;
    }));
}

void LibraryWatcher::watch(const Walk& walk)
{
    if (!m_enabled)
        return;
    // A library folder that came back (a drive plugged in again) or went (unplugged) while unwatched.
    for (auto it = walk.rootExists.cbegin(); it != walk.rootExists.cend(); ++it) {
        if (m_rootExists.contains(it.key()) && m_rootExists.value(it.key()) != it.value())
            changed();
    }
    m_rootExists = walk.rootExists;
    const QStringList before = m_watcher.directories();
    const QSet<QString> wanted(walk.folders.begin(), walk.folders.end());
    QStringList gone;
    for (const QString& folder : before) {
        if (!wanted.contains(folder))
            gone << folder;
    }
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    const QSet<QString> have(before.begin(), before.end());
    m_toAdd.clear();
    m_failed.clear();
    for (const QString& folder : walk.folders) {
        if (!have.contains(folder))
            m_toAdd << folder;
    }
    if (!m_toAdd.isEmpty())
        m_adding.start();
    else
        reportFailures();
}

void LibraryWatcher::addSome()
{
    const QStringList some = m_toAdd.mid(0, kAddedPerTurn);
    m_toAdd.remove(0, some.size());
    m_failed << m_watcher.addPaths(some);
    if (!m_toAdd.isEmpty())
        return;
    m_adding.stop();
    reportFailures();
}

void LibraryWatcher::reportFailures()
{
    QStringList failed = std::exchange(m_failed, {});
    // A folder gone since the walk (a temporary one, say) needs no watch, and one the user cannot read (a
    // drive's lost+found) holds nothing the scan could read either.
    failed.removeIf([](const QString& folder) {
        const QFileInfo info(folder);
        return !info.isDir() || !info.isReadable();
    });
    if (failed.isEmpty()) {
        m_failedBefore.clear();
        return;
    }
    qCWarning(lcLibrary) << "cannot watch" << failed.size()
                         << "folders for changes (the system's limit on inotify watches?);"
                         << "first:" << failed.front();
    // Said again only for a folder not said before: fewer failing (other programs freed watches) says nothing
    // new.
    const QSet<QString> now(failed.begin(), failed.end());
    if (m_failedBefore.contains(now))
        return;
    m_failedBefore.unite(now);
    emit message(
        tr("Changes in %n folder(s), such as %1, cannot be followed: the system's limit on watched folders "
           "is reached. Use Rescan Library after changing them.",
           "", int(failed.size()))
            .arg(QDir::toNativeSeparators(failed.front())));
}

void LibraryWatcher::onFolderChanged(const QString& path)
{
    const QStringList roots = m_library.folders();
    for (const QString& root : roots) {
        if (isInside(path, root)) {
            changed();
            return;
        }
    }
    // The folder holding a library folder: only a library folder appearing or going counts (its other
    // entries, a home folder's say, change all the time).
    for (const QString& root : roots) {
        if (QFileInfo(root).absolutePath() == path && QFileInfo(root).isDir() != m_rootExists.value(root)) {
            m_rootExists.insert(root, !m_rootExists.value(root));
            changed();
            rewatch();
            return;
        }
    }
}

void LibraryWatcher::changed()
{
    if (!m_firstChange.isValid())
        m_firstChange.start();
    if (m_firstChange.elapsed() < kLongestWaitMs || !m_quiet.isActive())
        m_quiet.start();
}

void LibraryWatcher::scanChanged()
{
    m_firstChange.invalidate();
    qCInfo(lcLibrary) << "the library folders changed: scanning";
    static_cast<void>(m_pipeline.scan());
    m_settle.start();
    emit scanning();
}

} // namespace soundalike
