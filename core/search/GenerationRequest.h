#pragma once

#include "core/search/ListenerConcept.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace soundalike {

enum class PlaylistOrder
{
    Similar, // most fitting first
    Smooth,  // each track close to the one before it, starting from the first seed
    Path     // a walk from the first seed to the last, through any seeds between
};

struct PlaylistFilter
{
    QStringList genres;         // a track must have one of these (whole-word match), when not empty
    QStringList excludedGenres; // and none of these
    int yearFrom = 0;           // inclusive; 0 = open. With a year range, tracks without a year are left out.
    int yearTo = 0;

    bool active() const { return !genres.isEmpty() || !excludedGenres.isEmpty() || yearFrom || yearTo; }
};

struct GenerationRequest
{
    std::vector<std::int64_t> seeds;
    int count = 30;         // at most this many tracks; 0 = as many as `minutes` allows
    int minutes = 0;        // total length at most this; 0 = no time budget
    int artistGap = 5;      // the same artist at least this many places apart (<= 1: no rule)
    int maxPerArtist = 0;   // at most this many tracks by one artist (0: no cap)
    double diversity = 0.3; // 0 = closest tracks only; 1 = strongly penalise tracks like those already chosen
    PlaylistFilter filter;
    PlaylistOrder order = PlaylistOrder::Similar;
    std::uint64_t randomSeed = 0;
    bool hubReduction = true;
    // Never these tracks, nor other copies of their songs: what a radio session has already played or queued.
    std::vector<std::int64_t> excluded;
    // Also leave out what was played within this many hours (0: no rule). The generator knows no history:
    // SimilarTracks adds those tracks to `excluded` from the listening history.
    int avoidPlayedWithinHours = 0;
};

// Why a track is in the playlist.
struct SuggestedTrack
{
    std::int64_t trackId = 0;
    std::int64_t seedId = 0;  // the seed it is closest to among those it was chosen for
    float similarity = 0;     // cosine similarity to that seed
    double match = 0;         // that similarity on the library's own scale, 0..1 (see SimilarityScale)
    bool fits = false;        // close enough to that seed by the library's own scale to count as a good match
    float percentile = 0;     // the share of the library's track pairs less similar than it and that seed
    float score = 0;          // the ranking score it was chosen with (after hub reduction and diversity)
    bool viaCentroid = false; // chosen for being near the middle of the seeds
    QStringList reasons;      // the dimensions it shares most with the seed ("genre:rock", "year:1995")
    std::vector<ListenerConcept> concepts; // what those dimensions sound like to a listener, most first
};

struct GeneratedPlaylist
{
    std::vector<SuggestedTrack> entries;
    // Each rule that had to give way because the library had too few fitting tracks, in words.
    QStringList relaxations;
    // Anything else the listener should know (fewer tracks than asked, a seed without a vector...).
    QStringList notes;
    // How many entries fit their seed well (SuggestedTrack::fits). Outside a path they come first, the rest
    // after them; when fewer fit than were asked for, `notes` says so.
    int fitting = 0;
    bool centroidUsed = false;
    int candidates = 0;
    std::int64_t durationMs = 0;
};

} // namespace soundalike
