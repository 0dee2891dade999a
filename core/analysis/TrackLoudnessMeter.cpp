#include "core/analysis/TrackLoudnessMeter.h"

#include <ebur128.h>

#include <cmath>
#include <memory>

namespace soundalike {

namespace {

struct StateDeleter
{
    void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using State = std::unique_ptr<ebur128_state, StateDeleter>;

} // namespace

TrackLoudnessMeter::Result TrackLoudnessMeter::measure(const FilePath& path)
{
    State state;
    bool failed = false;
    const QString problem = m_decoder.readWhole(path, [&](std::span<const float> interleaved, int channels,
                                                          int sampleRate) {
        if (!state && !failed) {
            state.reset(ebur128_init(unsigned(channels), unsigned(sampleRate), EBUR128_MODE_I));
            failed = !state;
        }
        if (state && ebur128_add_frames_float(state.get(), interleaved.data(),
                                              interleaved.size() / std::size_t(channels)) != EBUR128_SUCCESS)
            failed = true;
    });
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    double lufs = -HUGE_VAL;
    if (failed || !state || ebur128_loudness_global(state.get(), &lufs) != EBUR128_SUCCESS)
        return {std::nullopt, QStringLiteral("libebur128 cannot measure its channels and sample rate")};
    if (!std::isfinite(lufs))
        return {std::nullopt, QStringLiteral("silent throughout")};
    return {lufs, {}};
}

} // namespace soundalike
