#include "core/search/StoredIndex.h"

#include "core/search/IndexFile.h"

#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace soundalike {

namespace {

// An approximate index is retrained when the library has grown this much since its lists were trained, or
// when this share of it changed: its lists would no longer fit the vectors.
constexpr double kRetrainGrowth = 2.0;
constexpr double kRetrainChange = 0.25;

std::vector<TrackStamp> stampsOf(const VectorTable& table)
{
    std::vector<TrackStamp> stamps(table.size());
    for (std::size_t row = 0; row < table.size(); ++row)
        stamps[row] = {table.id(row), IndexFile::stamp(table.vector(row))};
    std::sort(stamps.begin(), stamps.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return stamps;
}

struct Difference
{
    std::vector<std::int64_t> added;   // new or changed tracks
    std::vector<std::int64_t> removed; // gone or changed tracks
};

Difference compare(const std::vector<TrackStamp>& indexed, const std::vector<TrackStamp>& current)
{
    Difference diff;
    auto a = indexed.begin();
    auto b = current.begin();
    while (a != indexed.end() || b != current.end()) {
        if (b == current.end() || (a != indexed.end() && a->id < b->id)) {
            diff.removed.push_back((a++)->id);
        } else if (a == indexed.end() || b->id < a->id) {
            diff.added.push_back((b++)->id);
        } else {
            if (a->stamp != b->stamp) {
                diff.removed.push_back(a->id);
                diff.added.push_back(b->id);
            }
            ++a;
            ++b;
        }
    }
    return diff;
}

SimilarityIndex::Kind kindFor(const VectorTable& table, const IndexPolicy& policy)
{
    return table.size() > policy.exactLimit ? SimilarityIndex::Kind::Approximate
                                            : SimilarityIndex::Kind::Exact;
}

// Why the loaded index cannot simply be updated, or nothing when it can.
std::optional<QString> rebuildReason(const IndexFile::Loaded& loaded, const VectorTable& table,
                                     const IndexPolicy& policy, const Difference& diff)
{
    if (loaded.header.sourceKey != table.sourceKey() || loaded.header.dimension != table.dimension())
        return QStringLiteral("the index was made from other vectors");
    if (loaded.index.kind() != kindFor(table, policy))
        return QStringLiteral("the library's size calls for another kind of index");
    if (loaded.index.kind() == SimilarityIndex::Kind::Exact)
        return std::nullopt;
    const double built = double(std::max<std::uint64_t>(1, loaded.header.builtSize));
    if (double(table.size()) > built * kRetrainGrowth)
        return QStringLiteral("the library has grown too much since the index was trained");
    if (double(diff.added.size() + diff.removed.size()) > built * kRetrainChange)
        return QStringLiteral("too many tracks changed since the index was trained");
    return std::nullopt;
}

void update(SimilarityIndex& index, const VectorTable& table, const Difference& diff)
{
    index.remove(diff.removed);
    std::vector<float> vectors;
    vectors.reserve(diff.added.size() * std::size_t(table.dimension()));
    for (std::int64_t id : diff.added) {
        const auto v = table.vector(*table.row(id));
        vectors.insert(vectors.end(), v.begin(), v.end());
    }
    index.add(diff.added, vectors.data());
}

void save(const QString& path, IndexHeader header, const SimilarityIndex& index, IndexStatus& status)
{
    try {
        IndexFile::write(path, header, index);
    } catch (const std::exception& e) {
        status.warning = QString::fromStdString(e.what());
    }
}

} // namespace

QString StoredIndex::pathFor(const QString& databasePath, const QString& sourceName)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1Char('.') + sourceName +
           QStringLiteral(".index");
}

SimilarityIndex StoredIndex::open(const QString& path, const VectorTable& table, const IndexPolicy& policy,
                                  IndexStatus* statusOut)
{
    IndexStatus status;
    std::vector<TrackStamp> stamps = stampsOf(table);
    IndexHeader header{table.sourceKey(), table.dimension(), table.size(), {}};
    std::optional<SimilarityIndex> index;
    try {
        IndexFile::Loaded loaded = IndexFile::read(path);
        const Difference diff = compare(loaded.header.stamps, stamps);
        if (const auto reason = rebuildReason(loaded, table, policy, diff)) {
            status.reason = *reason;
        } else {
            index.emplace(std::move(loaded.index));
            header.builtSize = loaded.header.builtSize;
            status.added = diff.added.size();
            status.removed = diff.removed.size();
            status.action = diff.added.empty() && diff.removed.empty() ? IndexStatus::Action::Loaded
                                                                       : IndexStatus::Action::Updated;
            if (status.action == IndexStatus::Action::Updated)
                update(*index, table, diff);
        }
    } catch (const std::exception& e) {
        status.reason = QString::fromStdString(e.what());
    }
    if (!index) {
        status.action = IndexStatus::Action::Built;
        status.added = table.size();
        index.emplace(SimilarityIndex::build(table, policy));
    }
    if (status.action != IndexStatus::Action::Loaded) {
        header.stamps = std::move(stamps);
        save(path, std::move(header), *index, status);
    }
    if (statusOut)
        *statusOut = status;
    return std::move(*index);
}

} // namespace soundalike
