#include "core/storage/Schema.h"

namespace soundalike {

namespace {

// Version 1: the library (folders, tracks, genres, problems) plus the tables that analysis and learned
// similarity fill later, present from the start so those parts need no schema churn.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    added_at INTEGER NOT NULL
);

CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    title TEXT NOT NULL,
    artist TEXT NOT NULL,
    album_artist TEXT NOT NULL DEFAULT '',
    album TEXT NOT NULL DEFAULT '',
    year INTEGER,
    track_number INTEGER,
    track_total INTEGER,
    disc_number INTEGER,
    disc_total INTEGER,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    bitrate_kbps INTEGER,
    sample_rate INTEGER,
    channels INTEGER,
    available INTEGER NOT NULL DEFAULT 1,
    added_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX tracks_folder ON tracks(folder_id);
CREATE INDEX tracks_artist ON tracks(artist COLLATE NOCASE);
CREATE INDEX tracks_move_key ON tracks(size, duration_ms);

CREATE TABLE genres (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    match_key TEXT NOT NULL UNIQUE
);

CREATE TABLE track_genres (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    genre_id INTEGER NOT NULL REFERENCES genres(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (track_id, genre_id)
) WITHOUT ROWID;
CREATE INDEX track_genres_genre ON track_genres(genre_id);

CREATE TABLE problems (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL DEFAULT -1,
    mtime_ns INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL,
    seen_at INTEGER NOT NULL
);

CREATE TABLE descriptors (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    summary BLOB NOT NULL,
    segments BLOB,
    computed_at INTEGER NOT NULL,
    PRIMARY KEY (track_id, version)
) WITHOUT ROWID;

CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    file TEXT NOT NULL,
    options TEXT NOT NULL,
    input_version INTEGER NOT NULL,
    metrics TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE embeddings (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    PRIMARY KEY (track_id, model_id)
) WITHOUT ROWID;
)sql";

// Version 2: analysis failures, remembered per descriptor version so that `analyze` does not retry a broken
// file on every run. The scanner forgets a track's failure (and its descriptors) when the file's content
// changes; a new descriptor version retries every failure.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE analysis_failures (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    reason TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);
)sql";

// Version 3: how each track was listened to (plays through, skips in its first seconds, when it last played),
// so that the radio steers by it and leaves out what played in the last hours, across restarts.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE listening (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    plays INTEGER NOT NULL DEFAULT 0,
    skips INTEGER NOT NULL DEFAULT 0,
    last_played_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX listening_last_played ON listening(last_played_at);
)sql";

// Version 4: the library map. One layout per vector space ("embedding-model<id>", "descriptors-v<version>"),
// with the x, y of every track placed on it; a model's layout goes with the model. Coordinates are written in
// one transaction per layout or per batch of placed tracks, so a killed layout leaves the previous one.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE map_layouts (
    id INTEGER PRIMARY KEY,
    space TEXT NOT NULL UNIQUE,
    model_id INTEGER REFERENCES models(id) ON DELETE CASCADE,
    laid_out_tracks INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE map_points (
    layout_id INTEGER NOT NULL REFERENCES map_layouts(id) ON DELETE CASCADE,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY (layout_id, track_id)
) WITHOUT ROWID;
CREATE INDEX map_points_track ON map_points(track_id);
)sql";

// Version 5: saved playlists. An entry keeps the path and the tags it was saved with beside its track id, so
// that it outlives its track row (a removed folder, a file deleted and put back): it is shown by those until
// a track of that path is in the library again, and then is that track. A generated playlist keeps its
// recipe (the generator's options as JSON, the seeds in a table of their own) so that it can be made afresh.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE playlists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    recipe TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE playlist_entries (
    playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
    path TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    artist TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER NOT NULL DEFAULT 0,
    similarity REAL,
    seed_id INTEGER NOT NULL DEFAULT 0,
    why TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (playlist_id, position)
) WITHOUT ROWID;
CREATE INDEX playlist_entries_track ON playlist_entries(track_id);

CREATE TABLE playlist_seeds (
    playlist_id INTEGER NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (playlist_id, position)
) WITHOUT ROWID;
CREATE INDEX playlist_seeds_track ON playlist_seeds(track_id);
)sql";

// Version 6: Chromaprint fingerprints, to find copies of one recording under other names, tags or bitrates.
// `items` holds the 32-bit sub-fingerprints, little-endian, empty when the audio was too short; `start_ms`
// where in the track they begin. `fingerprint_keys` is a small sketch of each (FingerprintMatcher::keys), so
// a new track is compared only with the few that share a key. `duplicate_group` is the smallest track id of
// the group a track joined, NULL while it has no copy; `grouped` says the track has been compared.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE fingerprints (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    start_ms INTEGER NOT NULL,
    items BLOB NOT NULL,
    duplicate_group INTEGER,
    grouped INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fingerprints_group ON fingerprints(duplicate_group) WHERE duplicate_group IS NOT NULL;
CREATE INDEX fingerprints_ungrouped ON fingerprints(track_id) WHERE grouped = 0;

CREATE TABLE fingerprint_keys (
    key INTEGER NOT NULL,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    PRIMARY KEY (key, track_id)
) WITHOUT ROWID;
CREATE INDEX fingerprint_keys_track ON fingerprint_keys(track_id);
)sql";

// Version 7: a counter of every change to what a playlist is made from (tracks and their genres, descriptors,
// models, embeddings, fingerprints), kept by triggers so that no writer, in this process or another, can
// forget it. A search kept in memory between playlists (SimilarTracksCache) is reused only while it is
// unchanged. Listening history is not counted: each playlist reads it afresh.
constexpr const char* kVersion7 = R"sql(
CREATE TABLE search_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL
);
INSERT INTO search_changes VALUES (1, 0);
CREATE TRIGGER tracks_insert_counted AFTER INSERT ON tracks BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER tracks_update_counted AFTER UPDATE ON tracks BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER tracks_delete_counted AFTER DELETE ON tracks BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER track_genres_insert_counted AFTER INSERT ON track_genres BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER track_genres_update_counted AFTER UPDATE ON track_genres BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER track_genres_delete_counted AFTER DELETE ON track_genres BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER descriptors_insert_counted AFTER INSERT ON descriptors BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER descriptors_update_counted AFTER UPDATE ON descriptors BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER descriptors_delete_counted AFTER DELETE ON descriptors BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER models_insert_counted AFTER INSERT ON models BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER models_update_counted AFTER UPDATE ON models BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER models_delete_counted AFTER DELETE ON models BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER embeddings_insert_counted AFTER INSERT ON embeddings BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER embeddings_update_counted AFTER UPDATE ON embeddings BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER embeddings_delete_counted AFTER DELETE ON embeddings BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER fingerprints_insert_counted AFTER INSERT ON fingerprints BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER fingerprints_update_counted AFTER UPDATE ON fingerprints BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
CREATE TRIGGER fingerprints_delete_counted AFTER DELETE ON fingerprints BEGIN
    UPDATE search_changes SET counter = counter + 1;
END;
)sql";

// Version 8: each track's loudness measured over the whole file in its own channels (TrackLoudnessMeter), for
// volume levelling. NULL: measured, nothing usable (silent, or the whole file would not decode), so the pass
// does not try it again until the file changes.
constexpr const char* kVersion8 = R"sql(
CREATE TABLE track_loudness (
    track_id INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    lufs REAL,
    measured_at INTEGER NOT NULL
);
)sql";

// Version 9: a saved entry keeps its Match (PlaylistEntry::match), which a saved playlist showed blank once
// opened again. -1: not known (saved before, imported or added by hand).
constexpr const char* kVersion9 = R"sql(
ALTER TABLE playlist_entries ADD COLUMN calibrated_match REAL NOT NULL DEFAULT -1;
)sql";

// Version 10: how a removed track was listened to waits under its path, and comes back with a track added at
// that path again (a file put back, a folder removed from the library and added again), so the radio and the
// play counts do not start over. Kept by triggers, in the same transaction as the removal and the addition,
// whichever writer does them. A rename the scan recognises keeps the track's id and needs none of this.
constexpr const char* kVersion10 = R"sql(
CREATE TABLE listening_of_removed (
    path TEXT PRIMARY KEY,
    plays INTEGER NOT NULL,
    skips INTEGER NOT NULL,
    last_played_at INTEGER NOT NULL
);
CREATE TRIGGER listening_kept_when_removed BEFORE DELETE ON tracks BEGIN
    INSERT OR REPLACE INTO listening_of_removed(path, plays, skips, last_played_at)
        SELECT OLD.path, plays, skips, last_played_at FROM listening WHERE track_id = OLD.id;
END;
CREATE TRIGGER listening_back_when_added AFTER INSERT ON tracks BEGIN
    INSERT OR IGNORE INTO listening(track_id, plays, skips, last_played_at)
        SELECT NEW.id, plays, skips, last_played_at FROM listening_of_removed WHERE path = NEW.path;
    DELETE FROM listening_of_removed WHERE path = NEW.path;
END;
)sql";

// Version 11: which tag reader read each track's tags (TagReader::kTagsVersion), so a reader that takes more
// from tags reads them again at the next scan without dropping the analysis (rows before it: version 1); and
// a signature of the audio between the tags (audioSignature), so a retag keeps the analysis (0: none).
constexpr const char* kVersion11 = R"sql(
ALTER TABLE tracks ADD COLUMN tags_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tracks ADD COLUMN audio_signature INTEGER NOT NULL DEFAULT 0;
)sql";

constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3, kVersion4,  kVersion5, kVersion6,
                                       kVersion7, kVersion8, kVersion9, kVersion10, kVersion11};

} // namespace

std::span<const char* const> Schema::migrations()
{
    return kMigrations;
}

} // namespace soundalike
