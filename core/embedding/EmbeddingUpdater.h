#pragma once

#include <QString>

namespace soundalike {

// Embeds analysed tracks that the current similarity model has no embedding for, loading libtorch only when
// there are some: what follows every analysis, in the app and on the command line. It also completes a model
// whose embeddings were cut short (the process was killed while writing them).
class EmbeddingUpdater
{
public:
    // How many tracks were embedded; 0 with `error` set when the embedding module could not be loaded.
    static int run(const QString& databasePath, QString* error);
};

} // namespace soundalike
