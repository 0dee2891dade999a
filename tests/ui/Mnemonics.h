#pragma once

#include <QStringList>

class QMenuBar;
class QWidget;

namespace soundalike::test {

// Alt+letter keys that two things share: the second of them cannot be reached with its key (Qt cycles
// between them, or the first wins). Each clash reads "letter: first text / second text".

// Among the menu bar's titles, and among the entries of each of its menus and submenus.
[[nodiscard]] QStringList menuMnemonicClashes(const QMenuBar& bar);

// Among what a window's Alt keys reach at once: its menu titles, tabs, buttons and the labels of its boxes,
// shown ones only.
[[nodiscard]] QStringList windowMnemonicClashes(const QWidget& window);

} // namespace soundalike::test
