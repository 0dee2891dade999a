#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace soundalike {

// Draws P classes × K rows of one labelling of the training rows: the batches a supervised term (ArcFace on
// genre tags) learns from beside the self-supervised one. Plain C++17: the libtorch module uses it.
class ClassBatchSampler
{
public:
    // `labels[row]` is the row's class, -1 for none; classes with fewer than 2 rows are left out.
    explicit ClassBatchSampler(const std::vector<int>& labels);

    int classes() const { return int(m_rows.size()); }
    // At least two classes to tell apart.
    bool usable() const { return m_rows.size() >= 2; }
    // Up to `classesPerBatch` random classes with up to `batchRows / classes` distinct random rows each
    // (at least 2); `classIds` gets each row's class as 0..classes()-1.
    void draw(std::mt19937_64& rng, int classesPerBatch, int batchRows, std::vector<std::int64_t>& rows,
              std::vector<std::int64_t>& classIds);

private:
    std::vector<std::vector<int>> m_rows; // per class
    std::vector<int> m_order;
};

} // namespace soundalike
