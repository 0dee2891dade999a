#pragma once

#include "core/analysis/HalfbandDecimator.h"

#include <cstddef>
#include <vector>

struct SwrContext;

namespace soundalike {

// Brings mono float audio of any rate to analysis::kSampleRate: halving with HalfbandDecimator while the rate
// stays an even number at or above twice the target (44.1 kHz needs nothing more; 48 kHz becomes 24 kHz, 96
// kHz 24 kHz), then libswresample for what is left (24 to 22.05 kHz). libswresample alone widens its filter
// by the ratio and cost ~35 ms per 120 s at 44.1 kHz, more than FLAC decoding itself.
class RateConverter
{
public:
    RateConverter() = default;
    ~RateConverter();
    RateConverter(const RateConverter&) = delete;
    RateConverter& operator=(const RateConverter&) = delete;

    // Starts over for input at `inputRate`; false when libswresample cannot convert from it.
    [[nodiscard]] bool configure(int inputRate);
    void process(const float* input, std::size_t count, std::vector<float>& output);
    // Appends what the filters still hold, and starts over at the same rate.
    void flush(std::vector<float>& output);

private:
    void finalStage(const float* input, std::size_t count, std::vector<float>& output);

    std::vector<HalfbandDecimator> m_halvings;
    std::vector<float> m_between[2];
    SwrContext* m_swr = nullptr; // when the halvings do not land on the analysis rate
};

} // namespace soundalike
