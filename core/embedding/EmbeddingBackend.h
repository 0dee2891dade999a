#pragma once

#include <QString>

namespace soundalike {

// What the libtorch module offers the rest of the program. The interface is plain C++ and Qt Core, so no
// code outside core/embedding includes a libtorch header.
class EmbeddingBackend
{
public:
    virtual ~EmbeddingBackend() = default;

    // The libtorch version the module was built against, e.g. "1.13.1".
    virtual QString runtimeVersion() const = 0;
};

} // namespace soundalike

// The module's one exported symbol; the caller owns the returned object.
extern "C" soundalike::EmbeddingBackend* soundalike_create_embedding_backend();
