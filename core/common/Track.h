#pragma once

#include "core/common/FilePath.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <string>

namespace soundalike {

struct FileStamp
{
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;

    bool operator==(const FileStamp&) const = default;
};

// What the scanner learns about one file; all tag fields already normalised.
struct TrackInfo
{
    FilePath path;
    FileStamp stamp;
    QString title;
    QString artist;
    QString albumArtist;
    QString album;
    QStringList genres;
    int year = 0;
    int trackNumber = 0;
    int trackTotal = 0;
    int discNumber = 0;
    int discTotal = 0;
    int durationMs = 0;
    int bitrateKbps = 0;
    int sampleRate = 0;
    int channels = 0;
    int tagsVersion = 0; // TagReader::kTagsVersion of the reader that filled the tags; 0: not a TagReader
    // audioSignature() of the audio between the tags, to tell a retag (analysis kept) from new audio; 0:
    // none.
    std::int64_t audioSignature = 0;
};

struct Track : TrackInfo
{
    std::int64_t id = 0;
    bool available = true;
};

// Whether two tracks are one song: library tracks by their id, which a rename or a retag keeps; a file opened
// from outside the library (it has no id) by its path.
[[nodiscard]] inline bool sameTrack(const Track& a, const Track& b)
{
    return a.id > 0 && b.id > 0 ? a.id == b.id : a.path == b.path;
}

// The track a library has now for one a list kept earlier (a playlist, the seeds, the history), or nullptr
// when it has none: by its id, which follows renames and retags, else by its path (a file removed and put
// back is a new row under a new id). How those lists follow the library.
using TrackLookup = std::function<const Track*(const Track& kept)>;

// The artist stored for a track whose tags name none. Searches and similarity rely on this English text (an
// unknown artist is no artist to the playlist rules); the interface translates it.
inline QString unknownArtist()
{
    return QStringLiteral("Unknown artist");
}

// Whether `artist` names someone: not empty, not our own unknownArtist(), nor the placeholders other taggers
// write ("Unknown", MusicBrainz's "[unknown]"). The artist rules, the explanations, the tag vectors, the
// radio and the map all ask this one question.
inline bool isKnownArtist(const QString& artist)
{
    const QString a = artist.trimmed();
    return !a.isEmpty() && a.compare(unknownArtist(), Qt::CaseInsensitive) != 0 &&
           a.compare(QLatin1StringView("unknown"), Qt::CaseInsensitive) != 0 &&
           a.compare(QLatin1StringView("[unknown]"), Qt::CaseInsensitive) != 0;
}

} // namespace soundalike
