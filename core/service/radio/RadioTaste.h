#pragma once

#include <cstdint>
#include <vector>

namespace soundalike {

// What the radio has learnt of the listener this session. Anchors are what the next songs are asked to be
// like: the seeds, then songs played through or marked "More like this"; each has a weight that the songs
// it brought in move, up when they are played through, down when they are skipped, so an anchor whose songs
// keep being skipped drops out. Songs skipped early are remembered too: a candidate closer to one of them
// than to every anchor is not added.
class RadioTaste
{
public:
    static constexpr int kMaxAnchors = 6;
    static constexpr int kMaxAvoided = 24;

    // Starts over from these seeds (none: the radio starts from what is being played).
    void reset(const std::vector<std::int64_t>& seeds);
    // A song played through (`strongly`: marked "More like this"). `cameFrom`: the anchor it was chosen for,
    // 0 when none.
    void like(std::int64_t trackId, std::int64_t cameFrom, bool strongly);
    // A song skipped in its first seconds.
    void dislike(std::int64_t trackId, std::int64_t cameFrom);

    bool isEmpty() const { return m_anchors.empty(); }
    // The anchors the next songs are asked for: the heaviest, the most recent first among equals. Never empty
    // while any anchor is known: when every weight has fallen to nothing, the least disliked one stays.
    [[nodiscard]] std::vector<std::int64_t> anchors() const;
    // The songs skipped early, the most recent last.
    const std::vector<std::int64_t>& avoided() const { return m_avoided; }
    [[nodiscard]] double weight(std::int64_t anchor) const;

    // Whether a candidate is wanted, from its similarity to the closest anchor and to the closest avoided
    // song: it must be nearer what was liked than what was skipped.
    [[nodiscard]] static bool wants(float toAnchor, float toAvoided) { return toAnchor > toAvoided; }

private:
    struct Anchor
    {
        std::int64_t id = 0;
        double weight = 0;
        int order = 0; // when it was last touched: later is more recent
    };

    Anchor* find(std::int64_t id);
    void adjust(std::int64_t anchor, double by);

    std::vector<Anchor> m_anchors;
    std::vector<std::int64_t> m_avoided;
    int m_clock = 0;
};

} // namespace soundalike
