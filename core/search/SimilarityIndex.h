#pragma once

#include "core/search/VectorTable.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace faiss {
struct Index;
}

namespace soundalike {

struct Neighbor
{
    std::int64_t id = 0;
    float similarity = 0; // inner product of normalised vectors: cosine similarity
};

// How an index is built; the defaults are the measured choices (see tests/bench/bench_search.cpp).
struct IndexPolicy
{
    // Up to this many vectors the index is exact (a flat scan through BLAS); above it an inverted-file index.
    // Measured on these 2-core machines (64-d, 5 seeds): the exact 5-query scan took 6.5 ms at 50,000 and
    // 7.5-10 ms at 100,000 tracks, too close to the 10 ms playlist budget; the calibrated inverted-file index
    // took 0.7 ms at 100,000 with recall@50 of 0.977 (tests/bench/bench_search.cpp).
    std::size_t exactLimit = 50000;
    // Inverted lists per square root of the vector count (rounded to a power of two).
    double listsPerSqrt = 1.0;
    // k-means iterations for the lists' centroids; the probe calibration makes up for rougher centroids.
    int trainingIterations = 10;
    // The approximate index probes as few lists as reach this recall@50 on a sample of its own vectors.
    double targetRecall = 0.97;
    // Threads for building; 0 = every core. One by default: with two, OpenMP's barriers spin while other
    // processes hold the cores, and a 300,000-vector build took 8.8 s instead of 1.6 s on a busy 2-core
    // machine (see tests/bench/bench_search.cpp); one thread builds a million vectors well within a minute.
    int threads = 1;
};

// Nearest neighbours by inner product over L2-normalised vectors, ids = track ids. A small interface over
// faiss (the only place in Soundalike that includes it): exact IndexFlatIP for small libraries, IVF-Flat with
// a calibrated probe count for large ones.
class SimilarityIndex
{
public:
    enum class Kind
    {
        Exact,
        Approximate
    };

    static SimilarityIndex build(const VectorTable& table, const IndexPolicy& policy = {});
    // Throws std::runtime_error when `bytes` is not an index this class wrote.
    static SimilarityIndex readFrom(std::span<const char> bytes);

    SimilarityIndex(SimilarityIndex&&) noexcept;
    SimilarityIndex& operator=(SimilarityIndex&&) noexcept;
    ~SimilarityIndex();

    // Appends the serialised index to `out`.
    void writeTo(QByteArray& out) const;
    Kind kind() const { return m_kind; }
    int dimension() const;
    std::size_t size() const;
    int lists() const;  // inverted lists; 0 when exact
    int probes() const; // lists searched per query; 0 when exact

    // `vectors` holds ids.size() × dimension() floats, already normalised.
    void add(std::span<const std::int64_t> ids, const float* vectors);
    std::size_t remove(std::span<const std::int64_t> ids);
    // For each of the queries (n × dimension() floats) its k nearest, best first; fewer when the index holds
    // fewer. Safe to call from several threads at once.
    std::vector<std::vector<Neighbor>> search(std::span<const float> queries, int k) const;

private:
    std::vector<std::vector<Neighbor>> search(std::span<const float> queries, int k, int threads) const;
    SimilarityIndex(std::unique_ptr<faiss::Index> index, Kind kind);
    static SimilarityIndex buildApproximate(const VectorTable& table, const IndexPolicy& policy);
    void calibrateProbes(const VectorTable& table, const IndexPolicy& policy);

    std::unique_ptr<faiss::Index> m_index;
    Kind m_kind;
};

} // namespace soundalike
