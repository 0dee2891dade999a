#pragma once

#include <QStringList>

namespace soundalike {

// How the status bar says several things in one line, the same everywhere.
namespace StatusText {

// The first three items, then how many more: a line, not a report ("a; b; c and 17 more").
[[nodiscard]] QString firstFew(const QStringList& items);

// Notes as sentences one after another: each ends with a full stop unless it has its own.
[[nodiscard]] QString sentences(const QStringList& notes);

} // namespace StatusText

} // namespace soundalike
