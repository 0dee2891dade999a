#include "core/map/MapSource.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/search/AudioVectorSources.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/ModelStore.h"

#include <QFileInfo>

namespace soundalike {

namespace {

constexpr double kMinCoverage = 0.9;

} // namespace

MapVectors mapVectors(Database& db)
{
    const int analysed = DescriptorStore(db).count(DescriptorLayout::kVersion);
    const auto model = ModelStore(db).current(DescriptorLayout::kVersion);
    if (model && QFileInfo::exists(model->file)) {
        VectorTable embeddings = EmbeddingVectorSource(db, DescriptorLayout::kVersion).load();
        if (!embeddings.empty() && double(embeddings.size()) >= kMinCoverage * analysed) {
            QString space = embeddings.sourceKey();
            return {std::move(embeddings), std::move(space), model->id};
        }
    }
    return {DescriptorVectorSource(db, DescriptorLayout::kVersion).load(),
            QStringLiteral("descriptors-v%1").arg(DescriptorLayout::kVersion), std::nullopt};
}

} // namespace soundalike
