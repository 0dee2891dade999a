#include "core/map/QuadTree.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace soundalike {

namespace {

// Points closer than a cell this deep are one point to the tree (duplicates would otherwise split forever).
constexpr int kMaxDepth = 40;

} // namespace

QuadTree::QuadTree(std::span<const float> xy) : m_xy(xy)
{
    const std::size_t n = xy.size() / 2;
    if (n == 0)
        return;
    float left = std::numeric_limits<float>::max(), top = left;
    float right = std::numeric_limits<float>::lowest(), bottom = right;
    for (std::size_t i = 0; i < n; ++i) {
        left = std::min(left, xy[2 * i]);
        right = std::max(right, xy[2 * i]);
        top = std::min(top, xy[2 * i + 1]);
        bottom = std::max(bottom, xy[2 * i + 1]);
    }
    const float half = std::max({right - left, bottom - top, 1e-6f}) / 2 * 1.0001f;
    m_nodes.reserve(3 * n);
    m_nodes.push_back({(left + right) / 2, (top + bottom) / 2, half});
    for (std::size_t i = 0; i < n; ++i)
        insert(int(i));
    m_order.reserve(n);
    finish(0);
    // Duplicates cut off at the depth limit share their leaf with its first point: list them after the rest.
    if (m_order.size() < n) {
        std::vector<bool> listed(n, false);
        for (std::uint32_t p : m_order)
            listed[p] = true;
        for (std::size_t i = 0; i < n; ++i) {
            if (!listed[i])
                m_order.push_back(std::uint32_t(i));
        }
    }
}

void QuadTree::split(int node)
{
    const Node parent = m_nodes[std::size_t(node)];
    const float h = parent.half / 2;
    m_nodes[std::size_t(node)].firstChild = int(m_nodes.size());
    for (int c = 0; c < 4; ++c)
        m_nodes.push_back({parent.centreX + (c & 1 ? h : -h), parent.centreY + (c & 2 ? h : -h), h});
}

void QuadTree::insert(int point)
{
    const float x = m_xy[2 * std::size_t(point)], y = m_xy[2 * std::size_t(point) + 1];
    int node = 0;
    for (int depth = 0;; ++depth) {
        Node& n = m_nodes[std::size_t(node)];
        n.massX += x;
        n.massY += y;
        ++n.count;
        if (n.firstChild < 0) {
            if (n.count == 1) {
                n.point = point;
                return;
            }
            if (depth >= kMaxDepth)
                return;
            // A leaf with a point already: split it and move the old point one level down.
            const int old = n.point;
            split(node);
            Node& parent = m_nodes[std::size_t(node)];
            parent.point = -1;
            const float ox = m_xy[2 * std::size_t(old)], oy = m_xy[2 * std::size_t(old) + 1];
            Node& child = m_nodes[std::size_t(parent.firstChild + (ox > parent.centreX ? 1 : 0) +
                                              (oy > parent.centreY ? 2 : 0))];
            child.massX = ox;
            child.massY = oy;
            child.count = 1;
            child.point = old;
        }
        const Node& parent = m_nodes[std::size_t(node)];
        node = parent.firstChild + (x > parent.centreX ? 1 : 0) + (y > parent.centreY ? 2 : 0);
    }
}

// Turns sums into centres of mass and lists the points leaf by leaf.
void QuadTree::finish(int node)
{
    Node& n = m_nodes[std::size_t(node)];
    if (n.count == 0)
        return;
    n.massX /= float(n.count);
    n.massY /= float(n.count);
    if (n.firstChild >= 0) {
        for (int c = 0; c < 4; ++c)
            finish(m_nodes[std::size_t(node)].firstChild + c);
    } else {
        m_order.push_back(std::uint32_t(n.point));
    }
}

void QuadTree::repulsion(float x, float y, float theta, float dof, double force[2], double& z) const
{
    if (m_nodes.empty())
        return;
    int stack[4 * kMaxDepth + 8];
    int top = 0;
    stack[top++] = 0;
    const float theta2 = theta * theta;
    float fx = 0, fy = 0, sum = 0;
    while (top > 0) {
        const Node& n = m_nodes[std::size_t(stack[--top])];
        if (n.count == 0)
            continue;
        const float dx = x - n.massX, dy = y - n.massY;
        const float d2 = dx * dx + dy * dy;
        const float size = 2 * n.half;
        if (n.firstChild >= 0 && size * size >= theta2 * d2) {
            for (int c = 0; c < 4; ++c)
                stack[top++] = n.firstChild + c;
            continue;
        }
        // The point's own leaf (with any duplicates of it) adds to Z at distance 0 but pushes nothing.
        const float count = float(n.count) - (n.firstChild < 0 && d2 < 1e-12f ? 1.0f : 0.0f);
        const float inverse = 1.0f / (1.0f + d2 / dof);
        // The Cauchy 1 and the measured 0.5 without pow, which would double the time of a layout.
        const float w = dof == 0.5f ? std::sqrt(inverse) : dof == 1.0f ? inverse : std::pow(inverse, dof);
        sum += count * w;
        fx += count * w * inverse * dx;
        fy += count * w * inverse * dy;
    }
    force[0] += fx;
    force[1] += fy;
    z += sum;
}

} // namespace soundalike
