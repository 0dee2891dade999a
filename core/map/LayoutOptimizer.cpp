#include "core/map/LayoutOptimizer.h"

#include "core/map/FastPower.h"
#include "core/map/LayoutRandom.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

namespace soundalike {

namespace {

// The curve 1 / (1 + a d^2b) that UMAP fits to its default minimum distance 0.1 and spread 1: how closely
// near neighbours may pack on the map.
constexpr float kA = 1.577f;
constexpr float kB = 0.8951f;
constexpr float kClip = 4.0f;
constexpr float kPushEpsilon = 0.001f;
// Closer than this two points count as one place (and fastPow needs a normal float).
constexpr float kSamePlace = 1e-20f;

float clip(float v)
{
    return std::clamp(v, -kClip, kClip);
}

// Positions are shared between threads without locks, as in UMAP: an occasional lost update is noise the
// descent absorbs. Relaxed atomics make that sharing well-defined and cost nothing on x86.
struct Position
{
    float x, y;
};

Position load(std::span<float> xy, std::uint32_t point)
{
    return {std::atomic_ref<float>(xy[2 * point]).load(std::memory_order_relaxed),
            std::atomic_ref<float>(xy[2 * point + 1]).load(std::memory_order_relaxed)};
}

void store(std::span<float> xy, std::uint32_t point, Position p)
{
    std::atomic_ref<float>(xy[2 * point]).store(p.x, std::memory_order_relaxed);
    std::atomic_ref<float>(xy[2 * point + 1]).store(p.y, std::memory_order_relaxed);
}

// When each edge is next due, in epochs, for pulls and for pushes.
struct Schedule
{
    std::vector<std::uint32_t> edges; // indexes of the edges strong enough to be drawn at least once
    std::vector<float> pullEvery;
    std::vector<float> nextPull;
    std::vector<float> pushEvery;
    std::vector<float> nextPush;
};

Schedule scheduleFor(const WeightedEdges& edges, int epochs, int pushesPerPull)
{
    Schedule s;
    const float strongest =
        edges.weight.empty() ? 1.0f : *std::max_element(edges.weight.begin(), edges.weight.end());
    for (std::uint32_t e = 0; e < edges.size(); ++e) {
        const float every = strongest / edges.weight[e];
        if (every > float(epochs))
            continue;
        s.edges.push_back(e);
        s.pullEvery.push_back(every);
        s.nextPull.push_back(every);
        s.pushEvery.push_back(every / float(pushesPerPull));
        s.nextPush.push_back(every / float(pushesPerPull));
    }
    return s;
}

class Descent
{
public:
    Descent(const OptimiserRun& run, Schedule& schedule) : m_run(run), m_s(schedule) {}

    // One epoch over schedule entries [begin, end).
    void epoch(int n, float rate, std::size_t begin, std::size_t end, LayoutRandom& random)
    {
        const WeightedEdges& edges = *m_run.edges;
        for (std::size_t i = begin; i < end; ++i) {
            if (m_s.nextPull[i] > float(n))
                continue;
            const std::uint32_t e = m_s.edges[i];
            const std::uint32_t head = edges.head[e];
            const std::uint32_t tail = edges.tail[e];
            Position p = pull(head, tail, rate);
            m_s.nextPull[i] += m_s.pullEvery[i];
            const int pushes = int((float(n) - m_s.nextPush[i]) / m_s.pushEvery[i]);
            for (int k = 0; k < pushes; ++k)
                p = push(p, head, random.below(m_run.pushRange), rate);
            store(m_run.xy, head, p);
            m_s.nextPush[i] += float(pushes) * m_s.pushEvery[i];
        }
    }

private:
    Position pull(std::uint32_t head, std::uint32_t tail, float rate)
    {
        Position p = load(m_run.xy, head);
        Position q = load(m_run.xy, tail);
        const float dx = p.x - q.x, dy = p.y - q.y;
        const float d2 = dx * dx + dy * dy;
        if (d2 <= kSamePlace)
            return p;
        const float power = fastPow(d2, kB);
        const float coefficient = -2.0f * kA * kB * (power / d2) / (kA * power + 1.0f);
        const float gx = clip(coefficient * dx) * rate, gy = clip(coefficient * dy) * rate;
        p.x += gx;
        p.y += gy;
        if (m_run.moveTails)
            store(m_run.xy, tail, {q.x - gx, q.y - gy});
        return p;
    }

    Position push(Position p, std::uint32_t head, std::uint32_t other, float rate) const
    {
        if (other == head)
            return p;
        const Position q = load(m_run.xy, other);
        const float dx = p.x - q.x, dy = p.y - q.y;
        const float d2 = dx * dx + dy * dy;
        if (d2 <= kSamePlace) // on top of each other: any direction will do, as in UMAP
            return {p.x + kClip * rate, p.y + kClip * rate};
        const float coefficient = 2.0f * kB / ((kPushEpsilon + d2) * (kA * fastPow(d2, kB) + 1.0f));
        return {p.x + clip(coefficient * dx) * rate, p.y + clip(coefficient * dy) * rate};
    }

    const OptimiserRun& m_run;
    Schedule& m_s;
};

} // namespace

bool optimiseLayout(const OptimiserRun& run, const EpochProgress& progress, const std::atomic_bool& cancel)
{
    if (run.pushRange == 0 || run.edges->size() == 0)
        return !cancel;
    Schedule schedule = scheduleFor(*run.edges, run.epochs, run.pushesPerPull);
    Descent descent(run, schedule);
    const int threads = std::max(1, run.threads);
    int epoch = 0;
    bool stopped = false;
    std::barrier sync(threads, [&]() noexcept {
        ++epoch;
        if (progress)
            progress(epoch, run.epochs);
        stopped = stopped || cancel;
    });
    const auto work = [&](int thread) {
        LayoutRandom random(run.seed * 1000003u + std::uint64_t(thread));
        const std::size_t share = (schedule.edges.size() + std::size_t(threads) - 1) / std::size_t(threads);
        const std::size_t begin = std::min(schedule.edges.size(), share * std::size_t(thread));
        const std::size_t end = std::min(schedule.edges.size(), begin + share);
        while (epoch < run.epochs && !stopped) {
            const float rate = run.learningRate * (1.0f - float(epoch) / float(run.epochs));
            descent.epoch(epoch, rate, begin, end, random);
            sync.arrive_and_wait();
        }
    };
    std::vector<std::jthread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, t);
    work(0);
    helpers.clear();
    return !stopped;
}

} // namespace soundalike
