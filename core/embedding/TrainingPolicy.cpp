#include "core/embedding/TrainingPolicy.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QFileInfo>

namespace soundalike {

TrainingPolicy::Decision TrainingPolicy::check(Database& db)
{
    Decision decision;
    decision.analysedTracks = DescriptorStore(db).count(DescriptorLayout::kVersion);
    if (decision.analysedTracks < kMinTracks)
        return decision;
    const std::optional<ModelRecord> model = ModelStore(db).current(DescriptorLayout::kVersion);
    if (!model || !QFileInfo::exists(model->file)) {
        decision.due = true;
        return decision;
    }
    // Models from before the count was recorded: the tracks embedded with one are as close as can be known.
    const QJsonValue recorded = model->options.value(QStringLiteral("tracks"));
    decision.trainedOnTracks = recorded.isDouble() ? recorded.toInt() : EmbeddingStore(db).count(model->id);
    decision.due = decision.analysedTracks >= kGrowth * decision.trainedOnTracks;
    return decision;
}

} // namespace soundalike
