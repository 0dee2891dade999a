#include "core/embedding/TrainingPolicy.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QFileInfo>

namespace soundalike {

namespace {

bool olderModelExists(Database& db, int currentVersion)
{
    for (int version = currentVersion - 1; version >= 1; --version) {
        const auto model = ModelStore(db).current(version);
        if (model && QFileInfo::exists(model->file))
            return true;
    }
    return false;
}

} // namespace

TrainingPolicy::Decision TrainingPolicy::check(Database& db, int currentVersion)
{
    Decision decision;
    decision.analysedTracks = DescriptorStore(db).count(currentVersion);
    if (decision.analysedTracks < kMinTracks)
        return decision;
    const std::optional<ModelRecord> model = ModelStore(db).current(currentVersion);
    if (!model || !QFileInfo::exists(model->file)) {
        // After an upgrade that changed the descriptors, a model of the previous version keeps serving
        // playlists while the library is analysed again: the first new model waits for that analysis to
        // cover the library, instead of learning from its first few tracks and being replaced again soon.
        const int waiting = DescriptorStore(db).countPending(currentVersion);
        decision.due = !olderModelExists(db, currentVersion) ||
                       decision.analysedTracks >= kReanalysedShare * (decision.analysedTracks + waiting);
        return decision;
    }
    // Models from before the count was recorded: the tracks embedded with one are as close as can be known.
    const QJsonValue recorded = model->options.value(QStringLiteral("tracks"));
    decision.trainedOnTracks = recorded.isDouble() ? recorded.toInt() : EmbeddingStore(db).count(model->id);
    decision.due = decision.analysedTracks >= kGrowth * decision.trainedOnTracks;
    return decision;
}

} // namespace soundalike
