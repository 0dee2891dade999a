#pragma once

#include "core/analysis/Decoder.h"
#include "core/common/Track.h"

#include <QString>

#include <atomic>
#include <optional>

namespace soundalike {

// The integrated loudness (EBU R 128) of a whole track as a listener hears it: every sample, in the file's
// own channels and rate, measured by libebur128. The analysis's loudness descriptor hears only its mono
// excerpt, which misjudges a wide stereo mix (the mono mix loses the difference of the channels: up to ~3 LU
// on real music) and an intro or outro that differs from the middle; volume levelling uses this instead once
// it is known. A whole decode costs several times the analysis's excerpt, so it runs as a background pass of
// its own. One per thread.
class TrackLoudnessMeter
{
public:
    struct Result
    {
        std::optional<double> lufs; // none when the track is silent or could not be decoded
        QString problem;            // why there is no loudness
        // Nothing is known of the file yet: it could not be opened (a drive gone) or the measure was stopped.
        bool tryAgain = false;
    };

    // Stops soon after `cancel` is set (a track of an hour takes seconds).
    [[nodiscard]] Result measure(const FilePath& path, const std::atomic_bool* cancel = nullptr);

private:
    Decoder m_decoder;
};

} // namespace soundalike
