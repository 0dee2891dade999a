#include "core/embedding/TrainingPolicy.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QFileInfo>

namespace soundalike {

namespace {

bool olderModelExists(Database& db)
{
    for (int version = DescriptorLayout::kVersion - 1; version >= 1; --version) {
        const auto model = ModelStore(db).current(version);
        if (model && QFileInfo::exists(model->file))
            return true;
    }
    return false;
}

} // namespace

TrainingPolicy::Decision TrainingPolicy::check(Database& db)
{
    Decision decision;
    decision.analysedTracks = DescriptorStore(db).count(DescriptorLayout::kVersion);
    if (decision.analysedTracks < kMinTracks)
        return decision;
    const std::optional<ModelRecord> model = ModelStore(db).current(DescriptorLayout::kVersion);
    if (!model || !QFileInfo::exists(model->file)) {
        // After an upgrade that changed the descriptors, a model of the previous version keeps serving
        // playlists while the library is analysed again: the first new model waits for that analysis to
        // cover the library, instead of learning from its first few tracks and being replaced again soon.
        const int waiting = DescriptorStore(db).countPending(DescriptorLayout::kVersion);
        decision.due = !olderModelExists(db) ||
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
