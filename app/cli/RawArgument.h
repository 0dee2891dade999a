#pragma once

#include "core/common/Track.h"

#include <QString>

namespace soundalike::cli {

// QCoreApplication::arguments() decodes argv as UTF-8 and replaces bytes that are not UTF-8, so a file name
// typed on the command line could no longer be opened. This recovers the argument's original bytes.
FilePath rawArgument(const QString& argument);

} // namespace soundalike::cli
