#pragma once

#include <cstdint>
#include <vector>

namespace soundalike {

// What the radio has learnt of the listener this session. Anchors are what the next songs are asked to be
// like: the seeds, then songs played through or marked "More like this"; each has a weight that the songs
// it brought in move, up when they are played through, down when they are skipped, so an anchor whose songs
// keep being skipped drops out. Every song liked and every song skipped early is remembered: a candidate
// that sounds more like the skipped ones than like the liked ones is not added.
class RadioTaste
{
public:
    static constexpr int kMaxAnchors = 6;
    static constexpr int kMaxLiked = 48;
    static constexpr int kMaxAvoided = 48;
    // How many of the nearest liked and skipped songs a candidate is compared with.
    static constexpr int kNeighbours = 3;

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
    // The seeds still wanted and the songs liked, the most recent last.
    [[nodiscard]] std::vector<std::int64_t> liked() const;
    // The songs skipped early, the most recent last.
    const std::vector<std::int64_t>& avoided() const { return m_avoided; }
    [[nodiscard]] double weight(std::int64_t anchor) const;

    // How much more a candidate sounds like the liked songs than like the skipped ones: the mean similarity
    // of its nearest liked songs less that of its nearest skipped ones (as many of each, at most
    // kNeighbours). Above 0 it is wanted; with nothing skipped every candidate leans the same.
    [[nodiscard]] static float leaning(std::vector<float> toLiked, std::vector<float> toAvoided);
    [[nodiscard]] static bool wants(std::vector<float> toLiked, std::vector<float> toAvoided)
    {
        return leaning(std::move(toLiked), std::move(toAvoided)) > 0;
    }

private:
    struct Anchor
    {
        std::int64_t id = 0;
        double weight = 0;
        int order = 0; // when it was last touched: later is more recent
        bool seed = false;
    };

    Anchor* find(std::int64_t id);
    void adjust(std::int64_t anchor, double by);

    std::vector<Anchor> m_anchors;
    std::vector<std::int64_t> m_liked;
    std::vector<std::int64_t> m_avoided;
    int m_clock = 0;
};

} // namespace soundalike
