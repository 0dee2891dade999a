#pragma once

#include <QDialog>

class QMenuBar;

namespace soundalike {

// Help ▸ Keyboard Shortcuts: every menu entry that has a key, read from the menus themselves so the list
// cannot fall behind them, then the keys that act inside the lists (Enter, Insert, Delete, Alt+arrows).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);

    // What the dialog lists: "where ▸ what" and its key as the platform writes it, in order.
    [[nodiscard]] static QList<QPair<QString, QString>> entries(const QMenuBar& menus);
};

} // namespace soundalike
