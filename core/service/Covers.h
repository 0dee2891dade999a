#pragma once

#include "core/common/FilePath.h"

#include <QByteArray>

namespace soundalike {

// Cover pictures for the front ends: a track's embedded front cover, else an image beside it (cover.jpg,
// folder.jpg…), as encoded bytes; empty when there is none. Reads the disk: call it off the GUI thread.
class Covers
{
public:
    [[nodiscard]] static QByteArray of(const FilePath& trackPath);
};

} // namespace soundalike
