#pragma once

#include "core/common/FilePath.h"

#include <QString>

#include <optional>

namespace soundalike {

// QCoreApplication::arguments() decodes argv as UTF-8 and replaces bytes that are not UTF-8, so a file name
// given on the command line (or by a file manager's "Open with") could no longer be opened. This recovers the
// argument's original bytes from the process's own argv; nothing when no argument or several match.
std::optional<FilePath> rawArgument(const QString& argument);

} // namespace soundalike
