#pragma once

#include "core/common/FilePath.h"

#include <cstddef>
#include <cstdint>

namespace soundalike {

// A file opened by its raw path and read at byte offsets (pread), for the header readers that look at a few
// bytes here and there without TagLib or a decoder.
class OpenFile
{
public:
    explicit OpenFile(const FilePath& path);
    ~OpenFile();
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;

    [[nodiscard]] std::int64_t size() const { return m_size; }
    // All `bytes` from `at`, or false.
    [[nodiscard]] bool read(std::int64_t at, void* into, std::size_t bytes) const;

private:
    int m_fd = -1;
    std::int64_t m_size = 0;
};

} // namespace soundalike
