#pragma once

#include <QString>

namespace soundalike {

// The form in which text is compared for matching: case-folded (Unicode, not just ASCII) and trimmed.
inline QString matchKey(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace soundalike
