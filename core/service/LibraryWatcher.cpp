#include "core/service/LibraryWatcher.h"

#include "core/common/Logging.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"

#include <QDirIterator>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace soundalike {

namespace {

constexpr int kQuietMs = 3000;

// Each folder and every folder below it; links are not followed, as the scanner does not follow them.
QStringList foldersBelow(const QStringList& roots)
{
    QStringList all;
    for (const QString& root : roots) {
        if (!QFileInfo(root).isDir())
            continue;
        all << root;
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next();
    }
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
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &LibraryWatcher::scanChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LibraryWatcher::onFolderChanged);
    connect(&m_walk, &QFutureWatcherBase::finished, this, [this] {
        if (std::exchange(m_walkAgain, false))
            rewatch();
        else
            watch(m_walk.result());
    });
    connect(&library, &Library::opened, this, &LibraryWatcher::rewatch);
    connect(&library, &Library::foldersChanged, this, &LibraryWatcher::rewatch);
    // A scan may have met folders made since the last walk (an album copied in brings its own folder).
    connect(&pipeline, &LibraryPipeline::scanFinished, this, &LibraryWatcher::rewatch);
}

void LibraryWatcher::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    m_quiet.stop();
    m_changed.clear();
    if (on) {
        rewatch();
    } else {
        if (const QStringList watched = m_watcher.directories(); !watched.isEmpty())
            m_watcher.removePaths(watched);
        emit watching(0);
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
    m_walk.setFuture(QtConcurrent::run(foldersBelow, m_library.folders()));
}

void LibraryWatcher::watch(const QStringList& folders)
{
    if (!m_enabled)
        return;
    const QStringList before = m_watcher.directories();
    const QSet<QString> wanted(folders.begin(), folders.end());
    QStringList gone;
    for (const QString& folder : before) {
        if (!wanted.contains(folder))
            gone << folder;
    }
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    const QSet<QString> have(before.begin(), before.end());
    QStringList added;
    for (const QString& folder : folders) {
        if (!have.contains(folder))
            added << folder;
    }
    if (!added.isEmpty()) {
        if (const QStringList failed = m_watcher.addPaths(added); !failed.isEmpty())
            qCWarning(lcLibrary) << "cannot watch" << failed.size() << "of" << added.size()
                                 << "folders for changes (the system's limit on watches?); first:"
                                 << failed.front();
    }
    emit watching(int(m_watcher.directories().size()));
}

void LibraryWatcher::onFolderChanged(const QString& path)
{
    for (const QString& folder : m_library.folders()) {
        if (isInside(path, folder)) {
            m_changed.insert(toFilePath(folder));
            m_quiet.start();
            return;
        }
    }
}

void LibraryWatcher::scanChanged()
{
    if (m_changed.empty())
        return;
    std::vector<FilePath> folders(m_changed.begin(), m_changed.end());
    m_changed.clear();
    QStringList names;
    for (const FilePath& folder : folders)
        names << displayPath(folder);
    qCInfo(lcLibrary) << "folders changed, scanning" << names;
    static_cast<void>(m_pipeline.scan(std::move(folders)));
    emit scanning(names);
}

} // namespace soundalike
