#pragma once

#include <QLoggingCategory>

// One logging category per subsystem. Debug lines are off by default; QT_LOGGING_RULES
// ("soundalike.jobs.debug=true") or --verbose on either binary turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)   // soundalike.library: scans, imports, tags
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)  // soundalike.analysis: decoding and descriptors
Q_DECLARE_LOGGING_CATEGORY(lcEmbedding) // soundalike.embedding: training and embedding updates
Q_DECLARE_LOGGING_CATEGORY(lcSearch)    // soundalike.search: indexes and playlists
Q_DECLARE_LOGGING_CATEGORY(lcStorage)   // soundalike.storage: the database
Q_DECLARE_LOGGING_CATEGORY(lcPlayback)  // soundalike.playback: the player
Q_DECLARE_LOGGING_CATEGORY(lcRadio)     // soundalike.radio: listening history and the endless radio
Q_DECLARE_LOGGING_CATEGORY(lcJobs)      // soundalike.jobs: the application core's job queue and pipeline
Q_DECLARE_LOGGING_CATEGORY(lcMap)       // soundalike.map: the library map's layouts and placements
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // soundalike.ui: the window and desktop integration

namespace soundalike {

// --verbose: every category's debug lines on stderr.
void enableVerboseLogging();

} // namespace soundalike
