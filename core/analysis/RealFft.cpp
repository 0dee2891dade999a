#include "core/analysis/RealFft.h"

#include <fftw3.h>

#include <mutex>
#include <stdexcept>

namespace soundalike {

namespace {

// FFTW's planner is not thread-safe; executing a plan is.
std::mutex& plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

RealFft::RealFft(int size) : m_size(size)
{
    const std::lock_guard lock(plannerMutex());
    m_in = fftwf_alloc_real(std::size_t(size));
    auto* out = fftwf_alloc_complex(std::size_t(size / 2 + 1));
    m_out = reinterpret_cast<std::complex<float>*>(out);
    if (m_in && out)
        m_plan = fftwf_plan_dft_r2c_1d(size, m_in, out, FFTW_ESTIMATE | FFTW_DESTROY_INPUT);
    if (!m_plan) {
        fftwf_free(m_in);
        fftwf_free(out);
        throw std::runtime_error("cannot plan an FFT of size " + std::to_string(size));
    }
}

RealFft::~RealFft()
{
    const std::lock_guard lock(plannerMutex());
    fftwf_destroy_plan(m_plan);
    fftwf_free(m_in);
    fftwf_free(m_out);
}

void RealFft::transform()
{
    fftwf_execute(m_plan);
}

} // namespace soundalike
