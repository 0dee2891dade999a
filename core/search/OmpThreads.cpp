#include "core/search/OmpThreads.h"

#include <omp.h>

#include <algorithm>

namespace soundalike {

namespace {

// Below this many queries a batch is faster on one thread than paying for the second one to wake up.
constexpr int kParallelQueries = 128;

} // namespace

OmpThreads::OmpThreads(int threads) : m_previous(omp_get_max_threads())
{
    omp_set_num_threads(std::max(1, threads));
}

OmpThreads::~OmpThreads()
{
    omp_set_num_threads(m_previous);
}

int OmpThreads::available()
{
    return std::max(1, omp_get_num_procs());
}

int OmpThreads::forQueries(int queries)
{
    return queries >= kParallelQueries ? available() : 1;
}

} // namespace soundalike
