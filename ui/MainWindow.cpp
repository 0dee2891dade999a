#include "ui/MainWindow.h"

#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace soundalike {

namespace {

struct Summary
{
    int tracks = -1;
    QString error;
};

Summary readSummary(const QString& path)
{
    try {
        Database db(path);
        return {TrackStore(db).count(), {}};
    } catch (const std::exception& e) {
        return {-1, QString::fromStdString(e.what())};
    }
}

} // namespace

MainWindow::MainWindow(QString databasePath, QWidget* parent)
    : QMainWindow(parent), m_databasePath(std::move(databasePath)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Soundalike"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setText(tr("Opening %1…").arg(m_databasePath));
    setCentralWidget(m_summary);
    statusBar()->showMessage(m_databasePath);
    resize(1280, 800);
    loadSummary();
}

void MainWindow::loadSummary()
{
    // The database is opened off the GUI thread: a slow disk or a migration must not freeze the window.
    auto* watcher = new QFutureWatcher<Summary>(this);
    connect(watcher, &QFutureWatcher<Summary>::finished, this, [this, watcher] {
        const Summary summary = watcher->result();
        m_summary->setText(summary.error.isEmpty() ? tr("%n track(s) in the library", nullptr, summary.tracks)
                                                   : summary.error);
        m_summary->setObjectName(summary.error.isEmpty() ? QStringLiteral("trackCount")
                                                         : QStringLiteral("error"));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(readSummary, m_databasePath));
}

} // namespace soundalike
