#pragma once

#include "core/common/Track.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace soundalike {

// What the user asks for when pressing Generate.
struct PlaylistRequest
{
    enum class Unit
    {
        Tracks,
        Minutes
    };
    enum class Order
    {
        Similar, // most similar first
        Smooth,  // a chain of close neighbours from the first seed
        Path     // a walk from the first seed to the second
    };

    std::vector<std::int64_t> seeds; // track ids, in the user's order
    Unit unit = Unit::Tracks;
    int length = 30;        // tracks or minutes, by `unit`
    int artistGap = 5;      // no artist twice within this many tracks
    double diversity = 0.3; // 0 = closest matches only, 1 = as varied as the seeds allow
    Order order = Order::Smooth;
    unsigned randomSeed = 0; // Regenerate draws a new one for a fresh list from the same seeds
};

// One generated track and why it is there.
struct PlaylistEntry
{
    Track track;
    double similarity = -1;  // 0..1 to its seed; negative when not known (an imported or hand-made entry)
    std::int64_t seedId = 0; // the seed it came from; 0 when none
    QString why;             // one line for a tooltip: the seed and the descriptor dimensions that matched
};

struct PlaylistResult
{
    std::vector<PlaylistEntry> entries;
    QStringList notes; // e.g. "artist gap relaxed: the library ran short"
    QString error;     // empty on success
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::PlaylistResult)
