#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace soundalike {

namespace {

QString withoutMnemonic(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

void addMenu(const QMenu& menu, const QString& path, QList<QPair<QString, QString>>& entries)
{
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text());
        if (action->menu())
            addMenu(*action->menu(), where, entries);
        else if (!action->shortcut().isEmpty())
            entries.append({where, action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcuts"));
    list->setHeaderLabels({tr("Action"), tr("Key")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const auto& [what, key] : entries(menus))
        list->addTopLevelItem(new QTreeWidgetItem({what, key}));
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(760, 560);
}

QList<QPair<QString, QString>> ShortcutsDialog::entries(const QMenuBar& menus)
{
    QList<QPair<QString, QString>> entries;
    for (const QAction* title : menus.actions()) {
        if (title->menu())
            addMenu(*title->menu(), withoutMnemonic(title->text()), entries);
    }
    // Keys of the lists themselves, which no menu shows ("Enter" for the key Qt calls Return, as listeners
    // name it).
    const auto key = [](QKeySequence keys) { return keys.toString(QKeySequence::NativeText); };
    entries.append({tr("Library ▸ Filter"), key(Qt::CTRL | Qt::Key_F)});
    entries.append({tr("Library ▸ Add the selected songs as seeds"),
                    tr("%1 or %2").arg(key(Qt::Key_Enter), key(Qt::Key_Insert))});
    entries.append({tr("Library tree ▸ Open or close an artist or album"), key(Qt::Key_Enter)});
    entries.append({tr("Library filter ▸ Go to what it found"), key(Qt::Key_Down)});
    entries.append({tr("Playlist ▸ Play the song"), key(Qt::Key_Enter)});
    entries.append({tr("Seeds, playlist, Up next, a saved playlist ▸ Remove the selected songs"),
                    key(QKeySequence::Delete)});
    entries.append({tr("Playlist, Up next, seeds ▸ Move the selected songs up or down"),
                    tr("%1 or %2").arg(key(Qt::ALT | Qt::Key_Up), key(Qt::ALT | Qt::Key_Down))});
    entries.append({tr("Map ▸ Zoom in or out, move"),
                    tr("%1, %2, arrow keys").arg(key(Qt::Key_Plus), key(Qt::Key_Minus))});
    entries.append({tr("Map ▸ Show the whole map"), tr("%1 or %2").arg(key(Qt::Key_0), key(Qt::Key_Home))});
    entries.append({tr("Map ▸ Fold or open the legend"), key(Qt::Key_L)});
    return entries;
}

} // namespace soundalike
