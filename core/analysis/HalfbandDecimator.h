#pragma once

#include <cstddef>
#include <vector>

namespace soundalike {

// Halves the sample rate of a mono stream with a linear-phase half-band FIR (47 taps, Kaiser window: flat to
// 0.41 of the input's Nyquist rate, 75 dB down from 0.59). Half the taps are zero, so it costs a quarter of a
// general filter of that length, and 44.1 kHz audio (nearly all of it) reaches the analysis rate with no
// other resampling. The filter is centred: output m is input 2m, with zeros before the first sample.
class HalfbandDecimator
{
public:
    // Appends the outputs `input` completes to `output`.
    void process(const float* input, std::size_t count, std::vector<float>& output);
    // Appends the outputs still held back for lack of later input (as if zeros followed), and starts over.
    void flush(std::vector<float>& output);
    void reset();

private:
    // Appends `outputs` outputs, the first centred on window[kHalfLength].
    void filter(const float* window, std::size_t outputs, std::vector<float>& output);

    std::vector<float> m_pending;   // inputs from (2 * next output - kHalfLength) on
    std::size_t m_consumedBase = 0; // absolute index of m_pending[0]
    std::size_t m_nextOutput = 0;
    std::size_t m_inputs = 0;         // received since the start
    std::vector<float> m_even, m_odd; // the window split into its two phases (kept to reuse their memory)
};

} // namespace soundalike
