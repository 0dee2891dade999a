#pragma once

#include "core/common/Track.h"

#include <QModelIndexList>
#include <QStringList>

#include <cstdint>
#include <vector>

class QMimeData;

namespace soundalike {

// Drag-and-drop payloads. Tracks travel as their ids in a private MIME type (never as pointers, which would
// dangle once the library reloads), plus file URLs so a file manager can take them as files.
class TrackMime
{
public:
    static QString idsFormat() { return QStringLiteral("application/x-soundalike-track-ids"); }
    static QString originFormat() { return QStringLiteral("application/x-soundalike-drag-origin"); }
    static QStringList formats();

    // `origin` names the view the drag starts from, so that view can tell its own rows coming back.
    static QMimeData* encode(const std::vector<const Track*>& tracks, const QString& origin = {});
    // The rows a drag covers, each once and in order (a selection lists a row once per column).
    static std::vector<int> distinctRows(const QModelIndexList& indexes);
    static std::vector<std::int64_t> trackIds(const QMimeData* data);
    static QString origin(const QMimeData* data);
    // Local files and folders from text/uri-list, as raw bytes (a name that is not UTF-8 stays openable);
    // other URLs are ignored.
    static std::vector<FilePath> localPaths(const QMimeData* data);
    static bool hasTracksOrFiles(const QMimeData* data);
};

} // namespace soundalike
