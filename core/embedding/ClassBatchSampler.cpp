#include "core/embedding/ClassBatchSampler.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace soundalike {

ClassBatchSampler::ClassBatchSampler(const std::vector<int>& labels)
{
    std::map<int, std::vector<int>> byLabel;
    for (std::size_t row = 0; row < labels.size(); ++row) {
        if (labels[row] >= 0)
            byLabel[labels[row]].push_back(int(row));
    }
    for (auto& [label, rows] : byLabel) {
        if (rows.size() >= 2)
            m_rows.push_back(std::move(rows));
    }
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
}

void ClassBatchSampler::draw(std::mt19937_64& rng, int classesPerBatch, int batchRows,
                             std::vector<std::int64_t>& rows, std::vector<std::int64_t>& classIds)
{
    rows.clear();
    classIds.clear();
    std::shuffle(m_order.begin(), m_order.end(), rng);
    const int classes = std::min(classesPerBatch, int(m_order.size()));
    const int perClass = std::max(2, batchRows / std::max(1, classes));
    for (int i = 0; i < classes; ++i) {
        std::vector<int>& members = m_rows[std::size_t(m_order[std::size_t(i)])];
        const int take = std::min(perClass, int(members.size()));
        // A partial Fisher-Yates shuffle: cheap when a class holds thousands of segment rows.
        for (int k = 0; k < take; ++k) {
            std::uniform_int_distribution<std::size_t> pick(std::size_t(k), members.size() - 1);
            std::swap(members[std::size_t(k)], members[pick(rng)]);
            rows.push_back(members[std::size_t(k)]);
            classIds.push_back(m_order[std::size_t(i)]);
        }
    }
}

} // namespace soundalike
