#pragma once

#include "core/common/FilePath.h"

#include <QUrl>

#include <optional>

namespace soundalike {

// file:// URLs that carry a path's raw bytes. QUrl::fromLocalFile() takes a QString, and a name that is not
// valid UTF-8 (common on disks from old Windows systems) turns into U+FFFD on the way, so GStreamer, file
// managers and MPRIS clients would be handed a file that does not exist. Percent-encoding the bytes
// themselves keeps every name intact; GStreamer, GIO and our own M3U reader decode them byte for byte.
QUrl fileUrl(const FilePath& path);
// The raw path of a local file URL (percent-decoded byte for byte); nothing for another scheme.
std::optional<FilePath> filePathOf(const QUrl& url);

} // namespace soundalike
