#pragma once

#include <complex>
#include <span>

typedef struct fftwf_plan_s* fftwf_plan;

namespace soundalike {

// A real-to-complex FFT of one fixed size with FFTW (single precision). The plan is made once, with
// FFTW_ESTIMATE so every run and thread picks the same algorithm and results are bit-for-bit repeatable.
// One instance per thread: transform() uses the instance's own aligned buffers.
class RealFft
{
public:
    explicit RealFft(int size);
    ~RealFft();
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    int size() const { return m_size; }
    // Fill input(), then transform(); output() holds size/2 + 1 bins.
    std::span<float> input() { return {m_in, std::size_t(m_size)}; }
    void transform();
    std::span<const std::complex<float>> output() const { return {m_out, std::size_t(m_size / 2 + 1)}; }

private:
    int m_size;
    float* m_in = nullptr;
    std::complex<float>* m_out = nullptr;
    fftwf_plan m_plan = nullptr;
};

} // namespace soundalike
