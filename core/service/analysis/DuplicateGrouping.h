#pragma once

namespace soundalike {

class Database;

// Finds the copies of one recording (other names, tags, bitrates) among the fingerprinted tracks, once per
// track, after analysis: each track not yet compared is compared only with the tracks that share one of its
// candidate keys (FingerprintMatcher::keys), never with the whole library, and joins the group of each that
// is the same recording. Playlists then read the stored groups; they compare nothing.
class DuplicateGrouping
{
public:
    // A key shared by more tracks than this says nothing about which recording a track is.
    static constexpr int kMaxTracksPerKey = 64;

    explicit DuplicateGrouping(Database& db) : m_db(db) {}

    // Groups every track not yet compared; returns how many of them were found to be copies.
    int run();

private:
    Database& m_db;
};

} // namespace soundalike
