#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcLibrary, "soundalike.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "soundalike.analysis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmbedding, "soundalike.embedding", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "soundalike.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "soundalike.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayback, "soundalike.playback", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRadio, "soundalike.radio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "soundalike.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMap, "soundalike.map", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "soundalike.ui", QtInfoMsg)

namespace soundalike {

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("soundalike.*.debug=true"));
}

} // namespace soundalike
