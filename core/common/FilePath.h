#pragma once

#include <QString>

#include <string>

namespace soundalike {

// Paths are kept as the file system's raw bytes: Linux file names need not be valid UTF-8, and a name that
// went through QString could no longer be opened.
using FilePath = std::string;

QString displayPath(const FilePath& path);
FilePath toFilePath(const QString& path);

} // namespace soundalike
