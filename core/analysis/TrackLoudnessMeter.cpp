#include "core/analysis/TrackLoudnessMeter.h"

#include <ebur128.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace soundalike {

namespace {

struct StateDeleter
{
    void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};
using State = std::unique_ptr<ebur128_state, StateDeleter>;

} // namespace

TrackLoudnessMeter::Result TrackLoudnessMeter::measure(const FilePath& path, const std::atomic_bool* cancel)
{
    if (::access(path.c_str(), R_OK) != 0)
        return {std::nullopt,
                QStringLiteral("cannot open the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                true};
    State state;
    bool failed = false;
    const Reason problem = m_decoder.readWhole(path, [&](std::span<const float> interleaved, int channels,
                                                         int sampleRate) {
        if (!state && !failed) {
            state.reset(ebur128_init(unsigned(channels), unsigned(sampleRate), EBUR128_MODE_I));
            // A mono file plays from both speakers: BS.1770 measures it as dual mono, as ReplayGain 2
            // scanners do and as the analysis's own meter does.
            failed = !state || (channels == 1 &&
                                ebur128_set_channel(state.get(), 0, EBUR128_DUAL_MONO) != EBUR128_SUCCESS);
        }
        if (state && ebur128_add_frames_float(state.get(), interleaved.data(),
                                              interleaved.size() / std::size_t(channels)) != EBUR128_SUCCESS)
            failed = true;
        return !failed && !(cancel && *cancel);
    });
    if (cancel && *cancel)
        return {std::nullopt, QStringLiteral("stopped"), true};
    if (!problem.isEmpty())
        return {std::nullopt, problem.text()};
    double lufs = -HUGE_VAL;
    if (failed || !state || ebur128_loudness_global(state.get(), &lufs) != EBUR128_SUCCESS)
        return {std::nullopt, QStringLiteral("libebur128 cannot measure its channels and sample rate")};
    if (!std::isfinite(lufs))
        return {std::nullopt, QStringLiteral("silent throughout")};
    return {lufs, {}};
}

} // namespace soundalike
