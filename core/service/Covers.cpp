#include "core/service/Covers.h"

#include "core/library/CoverArt.h"

namespace soundalike {

QByteArray Covers::of(const FilePath& trackPath)
{
    return CoverArt::read(trackPath);
}

} // namespace soundalike
