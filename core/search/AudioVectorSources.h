#pragma once

#include "core/analysis/DescriptorLayout.h"
#include "core/common/Track.h"
#include "core/search/VectorSource.h"

#include <memory>
#include <vector>

namespace soundalike {

class Database;

// Standardised audio descriptors of one version (z-scores over the library), named by descriptor dimension:
// the similarity a library has as soon as it is analysed, before any model is trained.
class DescriptorVectorSource : public VectorSource
{
public:
    explicit DescriptorVectorSource(Database& db, int version);

    QString name() const override { return QStringLiteral("descriptors"); }
    VectorTable load() override;

private:
    Database& m_db;
    int m_version;
};

// Embeddings of the newest similarity model for one descriptor version, as stored by training and by later
// analyses.
class EmbeddingVectorSource : public VectorSource
{
public:
    explicit EmbeddingVectorSource(Database& db, int version);

    QString name() const override { return QStringLiteral("embedding"); }
    VectorTable load() override;

private:
    Database& m_db;
    int m_version;
};

struct VectorSourceChoice
{
    std::unique_ptr<VectorSource> source;
    VectorTable table;
    QString note;              // why this source, e.g. a fallback and its reason
    int descriptorVersion = 0; // of an audio source: the descriptors it rests on (explanations use them)
};

// The best source that covers the library: the current model's embeddings, else the standardised descriptors,
// else the model and then the descriptors of an older descriptor version (what a library keeps using while
// it is analysed again after an upgrade), else tags. A source must hold vectors for at least 90% of the
// available tracks and for every track in `mustCover` (seeds), so unanalysed tracks still get a playlist,
// from tags.
// `currentVersion` is DescriptorLayout::kVersion except in tests of an upgrade.
VectorSourceChoice chooseVectorSource(Database& db, const std::vector<Track>& tracks,
                                      const std::vector<std::int64_t>& mustCover = {},
                                      int currentVersion = DescriptorLayout::kVersion);

} // namespace soundalike
