#include "ui/UnreadableFilesDialog.h"

#include "core/service/LibraryPipeline.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace soundalike {

namespace {

enum Column
{
    FileColumn,
    ReasonColumn
};

} // namespace

UnreadableFilesDialog::UnreadableFilesDialog(QString databasePath, LibraryPipeline& pipeline, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Unreadable Files"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("unreadableFiles"));
    m_list->setHeaderLabels({tr("File"), tr("Why it could not be read")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(FileColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openFolder = buttons->addButton(tr("Open Containing &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(false);
    auto* rescan = buttons->addButton(tr("&Rescan Library"), QDialogButtonBox::ActionRole);
    rescan->setObjectName(QStringLiteral("rescan"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, &UnreadableFilesDialog::openContainingFolder);
    connect(rescan, &QPushButton::clicked, this, [&pipeline] { pipeline.scan(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_openFolder->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &UnreadableFilesDialog::openContainingFolder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(&m_loading, &QFutureWatcherBase::finished, this, [this] {
        display(m_loading.result());
        if (std::exchange(m_loadAgain, false))
            reload();
    });
    // What a scan or an analysis could not read, or read at last, changes the list.
    connect(&pipeline, &LibraryPipeline::scanFinished, this, [this] {
        if (isVisible())
            reload();
    });
    connect(&pipeline, &LibraryPipeline::analysisFinished, this, [this] {
        if (isVisible())
            reload();
    });
}

UnreadableFilesDialog::~UnreadableFilesDialog()
{
    m_loading.waitForFinished();
}

void UnreadableFilesDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    reload();
}

void UnreadableFilesDialog::reload()
{
    if (m_loading.isRunning()) {
        m_loadAgain = true;
        return;
    }
    if (m_list->topLevelItemCount() == 0)
        m_summary->setText(tr("Loading…"));
    m_loading.setFuture(QtConcurrent::run([path = m_databasePath] {
        Loaded loaded;
        try {
            loaded.problems = LibraryQueries(path).problems();
        } catch (const std::exception& e) {
            loaded.error = QString::fromUtf8(e.what());
        }
        return loaded;
    }));
}

void UnreadableFilesDialog::display(const Loaded& loaded)
{
    const std::vector<Problem>& problems = loaded.problems;
    const QString& error = loaded.error;
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const Problem& problem : problems) {
        const QString path = displayPath(problem.path);
        // Read now, in the window's language, whatever language the scan that found it ran in.
        const QString reason = problem.reason.text();
        auto* item = new QTreeWidgetItem(m_list, {path, reason});
        item->setToolTip(FileColumn, path);
        item->setToolTip(ReasonColumn, reason);
    }
    m_list->setSortingEnabled(true);
    m_list->resizeColumnToContents(FileColumn);
    m_list->setColumnWidth(FileColumn, std::min(m_list->columnWidth(FileColumn), width() / 2));
    if (!error.isEmpty())
        m_summary->setText(tr("The list could not be read: %1").arg(error));
    else if (problems.empty())
        m_summary->setText(tr("Every file in the library could be read."));
    else
        m_summary->setText(
            tr("%n file(s) could not be read. Each is tried again when it changes, or when you "
               "rescan the library.",
               nullptr, int(problems.size())));
    m_openFolder->setEnabled(m_list->currentItem() != nullptr);
    emit shown(int(problems.size()));
}

void UnreadableFilesDialog::openContainingFolder()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(item->text(FileColumn)).absolutePath()));
}

} // namespace soundalike
