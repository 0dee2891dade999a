#pragma once

#include "core/search/VectorTable.h"

#include <QString>

namespace soundalike {

// Where track vectors come from: tags today, standardised audio descriptors and learned embeddings later.
// The index, the playlist generator and the command line only ever see the VectorTable a source loads, so a
// new source plugs in without touching them.
class VectorSource
{
public:
    virtual ~VectorSource() = default;

    // Short, file-name-safe name ("tags", "descriptors", "embedding"); the search index file is named by it.
    virtual QString name() const = 0;
    // Every vector the source has, in one table whose sourceKey() changes whenever the meaning of the vectors
    // changes (vocabulary, descriptor version, model), so an index built from another key is rebuilt.
    virtual VectorTable load() = 0;
};

} // namespace soundalike
