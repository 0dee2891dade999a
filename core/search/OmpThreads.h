#pragma once

namespace soundalike {

// Sets the OpenMP thread count (faiss and OpenBLAS follow it) for the calling thread while in scope, and
// restores it after. Measured: two threads make a single small query stall for 8-16 ms while the second
// thread wakes, so one-off queries run on one thread and only builds and large batches use every core.
class OmpThreads
{
public:
    explicit OmpThreads(int threads);
    ~OmpThreads();
    OmpThreads(const OmpThreads&) = delete;
    OmpThreads& operator=(const OmpThreads&) = delete;

    static int available();
    // The count to use for a batch of `queries` searches.
    static int forQueries(int queries);

private:
    int m_previous;
};

} // namespace soundalike
