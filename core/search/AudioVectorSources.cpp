#include "core/search/AudioVectorSources.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/embedding/Standardisation.h"
#include "core/search/TagVectorSource.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/EmbeddingStore.h"
#include "core/storage/ModelStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <optional>

namespace soundalike {

namespace {

constexpr double kMinCoverage = 0.9;

// The key changes with the set of tracks, because the standardisation does.
QString descriptorKey(int version, const std::vector<std::int64_t>& ids)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (std::int64_t id : ids)
        hash = (hash ^ std::uint64_t(id)) * 1099511628211ull;
    return QStringLiteral("descriptors-v%1-%2-%3")
        .arg(version)
        .arg(ids.size())
        .arg(hash, 16, 16, QLatin1Char('0'));
}

// A version only ever appends dimensions to the one before (DescriptorLayout), so an older version's names
// are the first ones of the current layout.
QStringList descriptorNames(int dimensions)
{
    QStringList names;
    const auto& current = DescriptorLayout::names();
    for (int d = 0; d < dimensions; ++d)
        names << (d < int(current.size()) ? QString::fromStdString(current[std::size_t(d)])
                                          : QStringLiteral("dimension %1").arg(d + 1));
    return names;
}

using Covers = std::function<bool(const VectorTable&)>;

// The model's embeddings, else the descriptors, of one descriptor version, when they cover the library.
std::optional<VectorSourceChoice> audioSource(Database& db, int version, const Covers& covers, QString& note)
{
    const auto model = ModelStore(db).current(version);
    if (model && !QFileInfo::exists(model->file)) {
        note =
            QCoreApplication::translate(
                "VectorSourceChoice", "the similarity model file %1 is missing; using the audio descriptors")
                .arg(model->file);
    } else if (model) {
        auto source = std::make_unique<EmbeddingVectorSource>(db, version);
        VectorTable table = source->load();
        if (covers(table))
            return VectorSourceChoice{std::move(source), std::move(table), note, version};
        note = QCoreApplication::translate(
            "VectorSourceChoice",
            "the similarity model does not cover these tracks yet; using the audio descriptors");
    }
    auto descriptors = std::make_unique<DescriptorVectorSource>(db, version);
    VectorTable table = descriptors->load();
    if (covers(table))
        return VectorSourceChoice{std::move(descriptors), std::move(table), note, version};
    return std::nullopt;
}

} // namespace

DescriptorVectorSource::DescriptorVectorSource(Database& db, int version) : m_db(db), m_version(version) {}

VectorTable DescriptorVectorSource::load()
{
    const DescriptorMatrix matrix = DescriptorStore(m_db).summaries(m_version);
    FeatureMatrix raw(int(matrix.trackIds.size()), matrix.dimensions);
    raw.values = matrix.values;
    const FeatureMatrix z = Standardisation::of(raw).apply(raw);
    // A version nothing is analysed with gives an empty table, which chooseVectorSource passes over; a table
    // still needs a dimension.
    VectorTable table(descriptorKey(m_version, matrix.trackIds),
                      descriptorNames(std::max(matrix.dimensions, 1)));
    table.reserve(matrix.trackIds.size());
    // Two different songs practically never have equal descriptors: near-identical ones are the same
    // recording.
    table.setDuplicateSimilarity(0.9995f);
    for (int r = 0; r < z.rows; ++r)
        table.add(matrix.trackIds[std::size_t(r)], std::span<const float>(z.row(r), std::size_t(z.cols)));
    return table;
}

EmbeddingVectorSource::EmbeddingVectorSource(Database& db, int version) : m_db(db), m_version(version) {}

VectorTable EmbeddingVectorSource::load()
{
    const auto model = ModelStore(m_db).current(m_version);
    std::vector<std::pair<std::int64_t, std::vector<float>>> rows;
    if (model) {
        EmbeddingStore(m_db).forEach(model->id, [&](std::int64_t id, const float* v, int dim) {
            rows.emplace_back(id, std::vector<float>(v, v + dim));
        });
    }
    QStringList names;
    const int dim = rows.empty() ? 0 : int(rows.front().second.size());
    // No model, or one without embeddings (as an interrupted training could leave before), gives an empty
    // table, which chooseVectorSource passes over; a table still needs a dimension.
    for (int d = 0; d < std::max(dim, 1); ++d)
        names << QStringLiteral("embedding %1").arg(d + 1);
    // No duplicate threshold: metric learning pulls a whole class towards one point (ArcFace especially), so
    // different songs of one style can embed all but identically. Same-song detection is left to the tags.
    VectorTable table(
        model ? QStringLiteral("embedding-model%1").arg(model->id) : QStringLiteral("embedding-none"), names);
    table.reserve(rows.size());
    for (const auto& [id, vector] : rows) {
        if (int(vector.size()) == dim)
            table.add(id, vector);
    }
    return table;
}

VectorSourceChoice chooseVectorSource(Database& db, const std::vector<Track>& tracks,
                                      const std::vector<std::int64_t>& mustCover, int currentVersion)
{
    const auto available =
        std::count_if(tracks.begin(), tracks.end(), [](const Track& t) { return t.available; });
    // A seed missing from a table that covers the library otherwise: the note names it, not the library.
    std::optional<std::int64_t> unanalysedSeed;
    const auto covers = [&](const VectorTable& table) {
        const bool enough = !table.empty() && double(table.size()) >= kMinCoverage * double(available);
        const auto missing = std::find_if(mustCover.begin(), mustCover.end(),
                                          [&](std::int64_t id) { return !table.row(id).has_value(); });
        if (enough && missing != mustCover.end() && !unanalysedSeed)
            unanalysedSeed = *missing;
        return enough && missing == mustCover.end();
    };
    QString note;
    if (auto current = audioSource(db, currentVersion, covers, note))
        return std::move(*current);
    // After an upgrade that changed the descriptors, the library is analysed again in the background; until
    // the new analysis covers it, playlists keep the similarity the previous version gave.
    for (int version = currentVersion - 1; version >= 1; --version) {
        QString olderNote;
        if (auto older = audioSource(db, version, covers, olderNote)) {
            older->note = QCoreApplication::translate(
                "VectorSourceChoice",
                "the library is being analysed again; using the previous analysis meanwhile");
            return std::move(*older);
        }
    }
    auto tags = std::make_unique<TagVectorSource>(tracks);
    VectorTable tagTable = tags->load();
    if (unanalysedSeed) {
        const auto seed = std::find_if(tracks.begin(), tracks.end(),
                                       [&](const Track& t) { return t.id == *unanalysedSeed; });
        const QString name = seed != tracks.end() ? seed->title : QString::number(*unanalysedSeed);
        return {std::move(tags), std::move(tagTable),
                QCoreApplication::translate("VectorSourceChoice",
                                            "“%1” is not analysed (not yet, or it could not be: see the "
                                            "problems): similarity from tags (genre, artist, year)")
                    .arg(name)};
    }
    return {std::move(tags), std::move(tagTable),
            QCoreApplication::translate(
                "VectorSourceChoice",
                "too few tracks are analysed yet: similarity from tags (genre, artist, year)")};
}

} // namespace soundalike
