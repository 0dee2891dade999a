#include "core/service/Covers.h"

#include "core/common/Logging.h"
#include "core/library/CoverArt.h"

#include <exception>

namespace soundalike {

QByteArray Covers::of(const FilePath& trackPath) noexcept
{
    try {
        return CoverArt::read(trackPath);
    } catch (const std::exception& e) {
        qCWarning(lcLibrary) << "no cover for" << displayPath(trackPath) << ":" << e.what();
        return {};
    }
}

} // namespace soundalike
