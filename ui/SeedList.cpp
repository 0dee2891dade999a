#include "ui/SeedList.h"

#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/TrackCatalog.h"
#include "ui/FileManagerLink.h"
#include "ui/PlaceholderText.h"
#include "ui/RemovalCursor.h"
#include "ui/RowMoveKeys.h"
#include "ui/SeedModel.h"
#include "ui/StatusText.h"
#include "ui/TrackDropHandler.h"
#include "ui/TrackItemDelegate.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>

#include <algorithm>

namespace soundalike {

SeedList::SeedList(Library& library, LibraryPipeline& pipeline, CoverProvider& covers, QWidget* parent)
    : QWidget(parent), m_library(library), m_pipeline(pipeline), m_model(new SeedModel(covers, this)),
      m_view(new QListView(this))
{
    m_view->setObjectName(QStringLiteral("seedList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TrackItemDelegate(SeedModel::ArtistRole, SeedModel::kCoverEdge, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    m_view->setDragEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SeedList::showContextMenu);
    // Seeds follow the library: renamed or retagged, they show so; gone from it, they are taken out, and
    // said.
    connect(&library, &Library::catalogChanged, this, [this] {
        QStringList gone = m_model->refreshTracks(TrackCatalog::lookup(m_library.catalog()));
        for (QString& title : gone)
            title = tr("“%1”").arg(title);
        if (!gone.isEmpty())
            emit message(
                tr("No longer in the library, so no longer a seed: %1").arg(StatusText::firstFew(gone)));
    });
    new PlaceholderText(m_view, tr("Drag songs here from the library or your file manager, "
                                   "or press Enter on a track in the library."));

    auto* drops = new TrackDropHandler(m_view);
    m_model->setDragOrigin(drops->origin());
    connect(drops, &TrackDropHandler::rowsMoved, this, [this](const std::vector<int>& rows, int destination) {
        m_model->moveRowList(rows, destination);
    });
    connect(drops, &TrackDropHandler::tracksDropped, this, &SeedList::addTracks);
    connect(drops, &TrackDropHandler::pathsDropped, this, &SeedList::addPaths);

    const auto shortcut = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, m_view, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
                this, slot);
    };
    m_undoAction = windowAction(tr("&Undo Seed Change"), QKeySequence::Undo, &SeedList::undo);
    m_undoAction->setObjectName(QStringLiteral("undoSeeds"));
    m_redoAction = windowAction(tr("&Redo Seed Change"), QKeySequence::Redo, &SeedList::redo);
    m_redoAction->setObjectName(QStringLiteral("redoSeeds"));
    updateUndoActions();
    shortcut(QKeySequence::Delete, [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::Key_Backspace), [this] { removeSelected(); });
    m_moves = new RowMoveKeys(*m_view, [this](const std::vector<int>& rows, int destination) {
        m_model->moveRowList(rows, destination);
    });

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SeedList::seedsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SeedList::seedsChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SeedList::seedsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SeedList::seedsChanged);
    connect(this, &SeedList::seedsChanged, this, &SeedList::updateHeader);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SeedList::updateHeader);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_view, 1);
    updateHeader();
}

QWidget* SeedList::buildHeader()
{
    auto* header = new QWidget(this);
    auto* title = new QLabel(tr("Seeds"), header);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("seedCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_remove = new QToolButton(header);
    m_remove->setObjectName(QStringLiteral("removeSeeds"));
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolTip(tr("Remove the selected seeds (Delete)"));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, &SeedList::removeSelected);
    m_clear = new QToolButton(header);
    m_clear->setObjectName(QStringLiteral("clearSeeds"));
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &SeedList::clear);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(m_remove);
    layout->addWidget(m_clear);
    return header;
}

void SeedList::updateHeader()
{
    m_count->setText(m_model->rowCount() > 0 ? tr("%n song(s)", nullptr, m_model->rowCount()) : QString());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

std::vector<std::int64_t> SeedList::seedIds() const
{
    return m_model->seedIds();
}

void SeedList::addTracks(const std::vector<std::int64_t>& ids, int row)
{
    // One seed shows where it lands; a lasso's dozens are said, with the way back.
    if (const int added = insert(row, m_library.catalog()->findAll(ids)); added > 1)
        emit message(tr("%n song(s) added as seeds; Ctrl+Z takes them back.", nullptr, added));
}

int SeedList::insert(int row, const std::vector<Track>& tracks)
{
    std::vector<std::int64_t> before = seedIds();
    const int added = m_model->insertTracks(row, tracks);
    if (added > 0)
        keepForUndo(std::move(before));
    return added;
}

QAction* SeedList::windowAction(const QString& text, QKeySequence::StandardKey keys, bool (SeedList::*slot)())
{
    auto* action = new QAction(QIcon::fromTheme(keys == QKeySequence::Undo ? QStringLiteral("edit-undo")
                                                                           : QStringLiteral("edit-redo")),
                               text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, slot] { static_cast<void>((this->*slot)()); });
    addAction(action);
    return action;
}

void SeedList::updateUndoActions()
{
    m_undoAction->setEnabled(!m_undo.empty());
    m_redoAction->setEnabled(!m_redo.empty());
}

void SeedList::keepForUndo(std::vector<std::int64_t> seeds)
{
    m_undo.push_back(std::move(seeds));
    if (int(m_undo.size()) > kUndoDepth)
        m_undo.erase(m_undo.begin());
    m_redo.clear();
    updateUndoActions();
}

bool SeedList::step(std::vector<std::vector<std::int64_t>>& from, std::vector<std::vector<std::int64_t>>& to)
{
    if (from.empty())
        return false;
    const std::vector<std::int64_t> seeds = std::move(from.back());
    from.pop_back();
    to.push_back(seedIds());
    replace(seeds);
    updateUndoActions();
    return true;
}

bool SeedList::undo()
{
    if (!step(m_undo, m_redo))
        return false;
    emit message(tr("Seeds as they were before the last change; Ctrl+Shift+Z makes it again."));
    return true;
}

bool SeedList::redo()
{
    if (!step(m_redo, m_undo))
        return false;
    emit message(tr("Seed change made again."));
    return true;
}

void SeedList::clear()
{
    if (m_model->rowCount() == 0)
        return;
    keepForUndo(seedIds());
    m_model->clear();
}

void SeedList::addPaths(const std::vector<FilePath>& paths, int row)
{
    const QString status = tr("Adding %n dropped item(s) to the library…", nullptr, int(paths.size()));
    emit importStarted(status);
    m_pipeline.importFiles(paths, true, this, [this, row, status](const ImportedTracks& imported) {
        // Dropped or opened files say what became of them in the import's own message.
        static_cast<void>(insert(row, imported.tracks));
        emit importFinished(status);
        if (const QString problems = importProblems(imported); !problems.isEmpty())
            emit message(problems);
    });
}

QString SeedList::importProblems(const ImportedTracks& imported)
{
    const AnalysisOutcome& outcome = imported.analysis;
    QStringList parts;
    if (!imported.problems.isEmpty())
        parts << tr("Not added: %1").arg(StatusText::firstFew(imported.problems));
    if (outcome.report.failed > 0) {
        QStringList files;
        for (const AnalysisFailure& failure : outcome.report.failures)
            files << failure.path;
        parts << tr("%n dropped track(s) could not be analysed, so playlists grown from them go by tags: %1",
                    nullptr, outcome.report.failed)
                     .arg(StatusText::firstFew(files));
    }
    if (const QString error = imported.error.isEmpty() ? outcome.embeddingError : imported.error;
        !error.isEmpty())
        parts << tr("Could not prepare the dropped tracks: %1").arg(error);
    return parts.join(QStringLiteral(" · "));
}

std::vector<std::int64_t> SeedList::selectedIds() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    const std::vector<std::int64_t> all = m_model->seedIds();
    std::vector<std::int64_t> ids;
    for (const int row : rows)
        ids.push_back(all[std::size_t(row)]);
    return ids;
}

void SeedList::showContextMenu(const QPoint& pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Play Now"), this,
                   [this] { emit playRequested(selectedIds()); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Play Next"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                   [this] { emit queueRequested(selectedIds(), true); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to Queue"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                   [this] { emit queueRequested(selectedIds(), false); });
    menu.addSeparator();
    m_moves->addMenuActions(menu);
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), QKeySequence::Delete, this,
                   &SeedList::removeSelected);
    menu.addAction(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear"), this, &SeedList::clear);
    FileManagerLink::addMenuAction(menu, [this] { return m_library.catalog()->findAll(selectedIds()); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SeedList::setSeeds(const std::vector<std::int64_t>& ids)
{
    replace(ids);
    m_undo.clear();
    m_redo.clear();
    updateUndoActions();
}

void SeedList::replace(const std::vector<std::int64_t>& ids)
{
    m_model->clear();
    static_cast<void>(m_model->insertTracks(-1, m_library.catalog()->findAll(ids)));
}

void SeedList::removeSelected()
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty())
        return;
    keepForUndo(seedIds());
    m_model->removeRowList(rows);
    selectAfterRemoval(*m_view, *std::min_element(rows.begin(), rows.end()));
}

} // namespace soundalike
