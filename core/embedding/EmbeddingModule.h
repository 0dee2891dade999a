#pragma once

#include "core/embedding/EmbeddingBackend.h"

#include <QString>

#include <memory>

namespace soundalike {

// Loads the libtorch module on first use. Call it off the GUI thread: loading pulls in ~290 shared libraries.
class EmbeddingModule
{
public:
    // The backend, or nullptr with `error` set to a one-line reason (module missing or broken).
    static std::unique_ptr<EmbeddingBackend> load(QString* error = nullptr);
    // Where the module is looked for, in order: $SOUNDALIKE_MODULE_DIR, the installed lib/soundalike beside
    // the executable's bin/, and the build tree.
    static QStringList searchPath();
    // The module file the last successful load() used.
    static QString loadedFile();
};

} // namespace soundalike
