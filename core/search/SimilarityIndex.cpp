#include "core/search/SimilarityIndex.h"

#include "core/search/OmpThreads.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/impl/AuxIndexStructures.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>
#include <faiss/utils/distances.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <unordered_set>

namespace soundalike {

namespace {

using faiss_id = faiss::Index::idx_t;

constexpr int kCalibrationQueries = 256;
constexpr int kCalibrationK = 50;
// faiss wants at least 39 training points per list; 64 gives stable centroids at little extra cost.
constexpr std::size_t kTrainingPointsPerList = 64;
constexpr std::size_t kMinPointsPerList = 39;

// Small query batches go through BLAS too: one pass over the vectors for all queries instead of one per
// query (measured 4x faster for 5 queries over 100,000 vectors).
void useBlasForSmallBatches()
{
    static const bool once = [] {
        faiss::distance_compute_blas_threshold = 1;
        return true;
    }();
    (void)once;
}

int buildThreads(const IndexPolicy& policy)
{
    return policy.threads > 0 ? policy.threads : OmpThreads::available();
}

std::size_t listCount(std::size_t vectors, double listsPerSqrt)
{
    const double wanted = std::max(1.0, std::sqrt(double(vectors)) * listsPerSqrt);
    std::size_t lists = std::bit_ceil(std::size_t(wanted));
    if (double(lists) > wanted * 1.414)
        lists /= 2;
    while (lists > 1 && lists * kMinPointsPerList > vectors)
        lists /= 2;
    return lists;
}

// Every step-th row: a deterministic sample spread over the whole table.
std::vector<float> sampleRows(const VectorTable& table, std::size_t count, std::vector<std::size_t>* rows)
{
    const std::size_t d = std::size_t(table.dimension());
    const std::size_t step = std::max<std::size_t>(1, table.size() / count);
    std::vector<float> sample;
    sample.reserve(count * d);
    for (std::size_t row = 0; row < table.size() && sample.size() < count * d; row += step) {
        const auto v = table.vector(row);
        sample.insert(sample.end(), v.begin(), v.end());
        if (rows)
            rows->push_back(row);
    }
    return sample;
}

// faiss reads from and writes to our buffers directly: a million vectors are 256 MB not worth copying twice.
struct SpanReader : faiss::IOReader
{
    explicit SpanReader(std::span<const char> bytes) : bytes(bytes) {}

    std::size_t operator()(void* ptr, std::size_t size, std::size_t nitems) override
    {
        // faiss reads an empty vector into its null data(), and memcpy may not be given a null pointer even
        // for 0 bytes (found by the sanitizer suite).
        if (size == 0 || nitems == 0)
            return 0;
        const std::size_t items = std::min(nitems, (bytes.size() - position) / size);
        std::memcpy(ptr, bytes.data() + position, items * size);
        position += items * size;
        return items;
    }

    std::span<const char> bytes;
    std::size_t position = 0;
};

struct ByteArrayWriter : faiss::IOWriter
{
    explicit ByteArrayWriter(QByteArray& out) : out(out) {}

    std::size_t operator()(const void* ptr, std::size_t size, std::size_t nitems) override
    {
        out.append(static_cast<const char*>(ptr), qsizetype(size * nitems));
        return nitems;
    }

    QByteArray& out;
};

} // namespace

SimilarityIndex::SimilarityIndex(std::unique_ptr<faiss::Index> index, Kind kind)
    : m_index(std::move(index)), m_kind(kind)
{
    useBlasForSmallBatches();
}

SimilarityIndex::SimilarityIndex(SimilarityIndex&&) noexcept = default;
SimilarityIndex& SimilarityIndex::operator=(SimilarityIndex&&) noexcept = default;
SimilarityIndex::~SimilarityIndex() = default;

SimilarityIndex SimilarityIndex::build(const VectorTable& table, const IndexPolicy& policy)
{
    if (table.size() > policy.exactLimit)
        return buildApproximate(table, policy);
    auto map = std::make_unique<faiss::IndexIDMap>(new faiss::IndexFlatIP(table.dimension()));
    map->own_fields = true;
    SimilarityIndex index(std::move(map), Kind::Exact);
    index.add(table.ids(), table.data());
    return index;
}

SimilarityIndex SimilarityIndex::buildApproximate(const VectorTable& table, const IndexPolicy& policy)
{
    const OmpThreads threads(buildThreads(policy));
    const int d = table.dimension();
    const std::size_t lists = listCount(table.size(), policy.listsPerSqrt);
    auto ivf = std::make_unique<faiss::IndexIVFFlat>(new faiss::IndexFlatIP(d), d, lists,
                                                     faiss::METRIC_INNER_PRODUCT);
    ivf->own_fields = true;
    ivf->cp.verbose = false;
    ivf->cp.niter = policy.trainingIterations;
    const std::vector<float> training = sampleRows(table, lists * kTrainingPointsPerList, nullptr);
    ivf->train(faiss_id(training.size() / std::size_t(d)), training.data());
    ivf->add_with_ids(faiss_id(table.size()), table.data(), table.ids().data());

    SimilarityIndex index(std::move(ivf), Kind::Approximate);
    index.calibrateProbes(table, policy);
    return index;
}

void SimilarityIndex::calibrateProbes(const VectorTable& table, const IndexPolicy& policy)
{
    auto* ivf = dynamic_cast<faiss::IndexIVF*>(m_index.get());
    const std::size_t d = std::size_t(table.dimension());
    std::vector<std::size_t> rows;
    const std::vector<float> queries = sampleRows(table, kCalibrationQueries, &rows);
    const std::size_t nq = rows.size();
    const std::size_t k = std::min<std::size_t>(kCalibrationK, table.size());

    std::vector<float> distances(nq * k);
    std::vector<faiss_id> truthRows(nq * k);
    faiss::knn_inner_product(queries.data(), table.data(), d, nq, table.size(), k, distances.data(),
                             truthRows.data());
    const auto recallAt = [&](std::size_t probes) {
        ivf->nprobe = probes;
        const auto found = search(queries, int(k), buildThreads(policy));
        std::size_t hits = 0;
        for (std::size_t q = 0; q < nq; ++q) {
            std::unordered_set<std::int64_t> truth;
            for (std::size_t j = 0; j < k; ++j)
                truth.insert(table.id(std::size_t(truthRows[q * k + j])));
            for (const Neighbor& n : found[q])
                hits += truth.count(n.id);
        }
        return double(hits) / double(nq * k);
    };
    // Double the probes until the target is met, then search back down for the fewest that still meet it.
    std::size_t high = 1;
    while (high < ivf->nlist && recallAt(high) < policy.targetRecall)
        high *= 2;
    high = std::min(high, ivf->nlist);
    std::size_t low = high / 2;
    while (high - low > 1) {
        const std::size_t mid = (low + high) / 2;
        (recallAt(mid) >= policy.targetRecall ? high : low) = mid;
    }
    ivf->nprobe = high;
}

SimilarityIndex SimilarityIndex::readFrom(std::span<const char> bytes)
{
    SpanReader reader(bytes);
    std::unique_ptr<faiss::Index> index;
    try {
        index.reset(faiss::read_index(&reader));
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("unreadable search index: ") + e.what());
    }
    if (index->metric_type != faiss::METRIC_INNER_PRODUCT)
        throw std::runtime_error("search index uses another metric");
    if (dynamic_cast<faiss::IndexIVFFlat*>(index.get()))
        return SimilarityIndex(std::move(index), Kind::Approximate);
    const auto* map = dynamic_cast<faiss::IndexIDMap*>(index.get());
    if (map && dynamic_cast<const faiss::IndexFlatIP*>(map->index))
        return SimilarityIndex(std::move(index), Kind::Exact);
    throw std::runtime_error("search index of an unknown kind");
}

void SimilarityIndex::writeTo(QByteArray& out) const
{
    ByteArrayWriter writer(out);
    faiss::write_index(m_index.get(), &writer);
}

int SimilarityIndex::dimension() const
{
    return m_index->d;
}

std::size_t SimilarityIndex::size() const
{
    return std::size_t(m_index->ntotal);
}

int SimilarityIndex::lists() const
{
    const auto* ivf = dynamic_cast<const faiss::IndexIVF*>(m_index.get());
    return ivf ? int(ivf->nlist) : 0;
}

int SimilarityIndex::probes() const
{
    const auto* ivf = dynamic_cast<const faiss::IndexIVF*>(m_index.get());
    return ivf ? int(ivf->nprobe) : 0;
}

void SimilarityIndex::add(std::span<const std::int64_t> ids, const float* vectors)
{
    if (ids.empty())
        return;
    const OmpThreads threads(1);
    static_assert(sizeof(faiss_id) == sizeof(std::int64_t));
    m_index->add_with_ids(faiss_id(ids.size()), vectors, reinterpret_cast<const faiss_id*>(ids.data()));
}

std::size_t SimilarityIndex::remove(std::span<const std::int64_t> ids)
{
    if (ids.empty())
        return 0;
    const faiss::IDSelectorBatch selector(ids.size(), reinterpret_cast<const faiss_id*>(ids.data()));
    return m_index->remove_ids(selector);
}

std::vector<std::vector<Neighbor>> SimilarityIndex::search(std::span<const float> queries, int k) const
{
    return search(queries, k, OmpThreads::forQueries(int(queries.size() / std::size_t(dimension()))));
}

std::vector<std::vector<Neighbor>> SimilarityIndex::search(std::span<const float> queries, int k,
                                                           int threads) const
{
    const std::size_t d = std::size_t(dimension());
    const std::size_t nq = queries.size() / d;
    const std::size_t kk =
        std::size_t(std::clamp<std::int64_t>(k, 1, std::max<std::int64_t>(1, m_index->ntotal)));
    std::vector<float> distances(nq * kk);
    std::vector<faiss_id> labels(nq * kk);
    {
        const OmpThreads scope(threads);
        m_index->search(faiss_id(nq), queries.data(), faiss_id(kk), distances.data(), labels.data());
    }
    std::vector<std::vector<Neighbor>> results(nq);
    for (std::size_t q = 0; q < nq; ++q) {
        results[q].reserve(kk);
        for (std::size_t j = 0; j < kk && k > 0; ++j) {
            if (labels[q * kk + j] >= 0)
                results[q].push_back({labels[q * kk + j], distances[q * kk + j]});
        }
    }
    return results;
}

} // namespace soundalike
