#pragma once

#include "core/embedding/Evaluator.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike {

class Database;
struct AnalysedLibrary;

// Labels, groups and albums for the tracks of an AnalysedLibrary (same order): from the library's genre tags
// (group = artist; album as AlbumKeys sees it: the album tag, else the track's folder when it holds no more
// tracks than an album does), or from a TSV file of "path<TAB>label[<TAB>group[<TAB>album]]" for a labelled
// set whose tags carry no genre (a missing group or album column falls back to the tag).
//
// Genre tags go through GenreTable: a track's labels are the families of its style tags ("Thrash Metal" and
// "metal" both teach Metal), and its genre is the first of them that names a genre below its family. Junk
// and use tags ("Other", "Soundtrack") are no label, nor is a family or genre that more than
// kMaxLabelShare of the library carries (one shop's tag on everything separates nothing).
struct TrackLabels
{
    // Measured on real music with noisy tags (docs/quality.md).
    static constexpr double kMaxLabelShare = 0.5;

    std::vector<std::vector<int>> labels; // per track; empty when unlabelled
    std::vector<int> genres;              // per track: genre below the family (tags only), -1 when none
    std::vector<int> groups;              // per track; -1 when unknown
    std::vector<int> albums;              // per track; -1 when unknown
    // Per track, the first track of its copies of one recording (same audio by fingerprint, in another
    // format, bitrate or tags), else the track itself. Empty when not known.
    std::vector<int> recordings;
    // Album id → the album is a folder standing in for one (no album tag); RelatedAlbums tests those.
    std::vector<bool> folderAlbums;
    QStringList names;      // label id → name
    QStringList genreNames; // genre id → name

    static TrackLabels fromGenres(Database& db, const AnalysedLibrary& library,
                                  double maxLabelShare = kMaxLabelShare);
    // Throws std::runtime_error when the file cannot be read or names no track of the library.
    static TrackLabels fromFile(Database& db, const AnalysedLibrary& library, const QString& tsvPath);

    // Per track, its label that is most common in the whole set (a stable single class for training), or -1.
    std::vector<int> primaryLabels() const;
    // Drops every label (and genre) that more than `share` of the tracks carry.
    void dropCommonLabels(double share);
    std::vector<int> labelledTracks() const;
    bool isFolderAlbum(int album) const
    {
        return album >= 0 && std::size_t(album) < folderAlbums.size() && folderAlbums[std::size_t(album)];
    }
    // Ground truth for `tracks` (indices into this set), renumbered in that order.
    EvaluationLabels evaluationLabels(const std::vector<int>& tracks) const;
};

} // namespace soundalike
