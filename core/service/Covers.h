#pragma once

#include "core/common/FilePath.h"

#include <QByteArray>

namespace soundalike {

// Cover pictures for the front ends: a track's embedded front cover, else an image beside it (cover.jpg,
// folder.jpg…), as encoded bytes; empty when there is none. Reads the disk: call it off the GUI thread. Never
// throws: the front ends call it from thread-pool tasks, where an exception would end the program.
class Covers
{
public:
    [[nodiscard]] static QByteArray of(const FilePath& trackPath) noexcept;
};

} // namespace soundalike
