#pragma once

#include <span>
#include <vector>

namespace soundalike {

// Triangular filters evenly spaced on the mel scale, each normalised to unit area (as in Slaney's auditory
// toolbox), so white noise gives equal energy in every band. Stored sparsely: each band touches a few bins.
class MelFilterBank
{
public:
    MelFilterBank(int bands, int fftSize, int sampleRate, double lowHz, double highHz);

    int bands() const { return int(m_bands.size()); }
    void apply(std::span<const float> power, std::span<float> bandEnergy) const;

private:
    struct Band
    {
        int firstBin = 0;
        std::vector<float> weights;
    };
    std::vector<Band> m_bands;
};

} // namespace soundalike
