#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace soundalike {

// A Barnes-Hut quadtree over 2-D points (x, y interleaved): t-SNE's repulsion from far-away groups of points
// is taken from their centre of mass, which makes a gradient step O(n log n) instead of O(n^2).
class QuadTree
{
public:
    explicit QuadTree(std::span<const float> xy);

    // Adds the repulsion on a point at (x, y) to `force` and its terms of the normalisation Z: the sums over
    // the other points j of w^(1 + 1/a) (y - y_j) and of w, w = (1 + d^2 / a)^-a for the kernel's degrees of
    // freedom a (1: Cauchy), with each cell that looks smaller than `theta` from the point taken as one point
    // at its centre of mass.
    void repulsion(float x, float y, float theta, float dof, double force[2], double& z) const;
    // The points in the order the tree's leaves hold them: neighbours on the map follow each other, so
    // computing repulsions in this order walks the same cells one after another (measured: several times
    // faster at 100,000 points than in table order, which scatters over memory).
    const std::vector<std::uint32_t>& order() const { return m_order; }

private:
    struct Node
    {
        float centreX, centreY, half;
        float massX = 0, massY = 0; // sums of positions while building; the centre of mass after
        int count = 0;
        int firstChild = -1; // four children from here; -1 for a leaf
        int point = -1;      // a leaf's point (the first, when duplicates share it)
    };

    void insert(int point);
    void split(int node);
    void finish(int node);

    std::span<const float> m_xy;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order;
};

} // namespace soundalike
