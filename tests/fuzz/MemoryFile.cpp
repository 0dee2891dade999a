#include "tests/fuzz/MemoryFile.h"

#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace soundalike::fuzz {

namespace {

// A fuzz harness that cannot set itself up must stop loudly, not report inputs as passing.
[[noreturn]] void fail(const char* what)
{
    std::perror(what);
    std::abort();
}

} // namespace

MemoryFile::MemoryFile() : m_fd(::memfd_create("soundalike-fuzz", MFD_CLOEXEC))
{
    if (m_fd < 0)
        fail("memfd_create");
    m_path = "/proc/self/fd/" + std::to_string(m_fd);
}

MemoryFile::~MemoryFile()
{
    ::close(m_fd);
}

void MemoryFile::assign(const std::uint8_t* data, std::size_t size)
{
    if (::ftruncate(m_fd, 0) != 0)
        fail("ftruncate");
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::pwrite(m_fd, data + written, size - written, off_t(written));
        if (n <= 0)
            fail("pwrite");
        written += std::size_t(n);
    }
}

} // namespace soundalike::fuzz
