#include "core/embedding/EmbeddingUpdater.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/EmbeddingModule.h"
#include "core/embedding/SimilarityLearner.h"
#include "core/storage/Database.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QFileInfo>

namespace soundalike {

namespace {

bool tracksAwaitEmbedding(const QString& databasePath)
{
    Database db(databasePath);
    const std::optional<ModelRecord> model = ModelStore(db).current(DescriptorLayout::kVersion);
    return model && QFileInfo::exists(model->file) &&
           !EmbeddingStore(db).missing(model->id, DescriptorLayout::kVersion).empty();
}

} // namespace

int EmbeddingUpdater::run(const QString& databasePath, QString* error)
{
    if (!tracksAwaitEmbedding(databasePath))
        return 0;
    const auto backend = EmbeddingModule::load(error);
    return backend ? SimilarityLearner(databasePath, *backend).updateEmbeddings() : 0;
}

} // namespace soundalike
