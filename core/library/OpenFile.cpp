#include "core/library/OpenFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soundalike {

OpenFile::OpenFile(const FilePath& path) : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC))
{
    struct stat info = {};
    m_size = m_fd >= 0 && ::fstat(m_fd, &info) == 0 ? std::int64_t(info.st_size) : 0;
}

OpenFile::~OpenFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool OpenFile::read(std::int64_t at, void* into, std::size_t bytes) const
{
    return m_fd >= 0 && at >= 0 && at + std::int64_t(bytes) <= m_size &&
           ::pread(m_fd, into, bytes, off_t(at)) == ssize_t(bytes);
}

} // namespace soundalike
