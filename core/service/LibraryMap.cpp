#include "core/service/LibraryMap.h"

#include "core/service/MapComputation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

LibraryMap::LibraryMap(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<MapProgress>();
    qRegisterMetaType<LibraryMapResult>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LibraryMap::finish);
}

LibraryMap::~LibraryMap()
{
    cancel();
    m_watcher.waitForFinished();
}

void LibraryMap::update()
{
    if (isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void LibraryMap::cancel()
{
    m_again = false;
    m_cancel = true;
}

void LibraryMap::start()
{
    m_cancel = false;
    m_again = false;
    // Reports reach the GUI thread as queued calls; the destructor waits for the work, so `this` outlives
    // them.
    m_watcher.setFuture(QtConcurrent::run([this] {
        try {
            return computeLayout(
                m_databasePath,
                [this](const MapProgress& p) {
                    QMetaObject::invokeMethod(
                        this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
                },
                m_cancel);
        } catch (const std::exception& e) {
            LibraryMapResult failure;
            failure.action = LibraryMapResult::Action::Failed;
            failure.error = QString::fromStdString(e.what());
            return failure;
        }
    }));
    emit runningChanged(true);
}

void LibraryMap::finish()
{
    const LibraryMapResult result = m_watcher.result();
    emit runningChanged(false);
    if (result.action == LibraryMapResult::Action::Failed) {
        emit failed(result.error);
    } else if (result.action != LibraryMapResult::Action::Cancelled) {
        m_current = result;
        emit updated(m_current);
    }
    if (m_again)
        start();
}

} // namespace soundalike
