#pragma once

#include "core/embedding/Evaluator.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike {

class Database;
struct AnalysedLibrary;

// Labels, groups and albums for the tracks of an AnalysedLibrary (same order): from the library's genre tags
// (group = artist; album = the album tag, else the track's folder when it holds no more tracks than an album
// does), or from a TSV file of "path<TAB>label[<TAB>group[<TAB>album]]" for a labelled set whose tags carry
// no genre (a missing group or album column falls back to the tag).
struct TrackLabels
{
    // A folder of more untagged tracks than this is not taken for an album (the evaluation set's largest
    // package folder holds 60).
    static constexpr int kMaxFolderAlbumTracks = 60;

    std::vector<std::vector<int>> labels; // per track; empty when unlabelled
    std::vector<int> groups;              // per track; -1 when unknown
    std::vector<int> albums;              // per track; -1 when unknown
    QStringList names;                    // label id → name

    static TrackLabels fromGenres(Database& db, const AnalysedLibrary& library);
    // Throws std::runtime_error when the file cannot be read or names no track of the library.
    static TrackLabels fromFile(Database& db, const AnalysedLibrary& library, const QString& tsvPath);

    // Per track, its label that is most common in the whole set (a stable single class for training), or -1.
    std::vector<int> primaryLabels() const;
    std::vector<int> labelledTracks() const;
    // Ground truth for `tracks` (indices into this set), renumbered in that order.
    EvaluationLabels evaluationLabels(const std::vector<int>& tracks) const;
};

} // namespace soundalike
