#pragma once

#include "core/common/FilePath.h"

#include <QByteArray>

namespace soundalike {

// Whole-file reads and atomic writes by raw path bytes (QFile would need the name as a QString, which cannot
// hold a name that is not UTF-8). Failures throw std::runtime_error with the path and the system's reason.
class RawFile
{
public:
    static QByteArray read(const FilePath& path, qint64 maxBytes);
    // Writes a temporary file beside `path` (`path`.tmp-N), flushes it to disk, then renames it over `path`:
    // readers, and whoever looks after a crash or a power cut, see the old file or the new one, never a
    // half-written one. An existing file keeps its permissions. Temporaries of `path` that a killed writer
    // left, unchanged for a minute, are removed.
    static void writeAtomically(const FilePath& path, const QByteArray& bytes);
};

} // namespace soundalike
