#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace soundalike::fuzz {

// A file held in memory (memfd) with a path that opens it, so that code reading files by name is fuzzed as
// the program runs it, without writing to the disk or leaving files behind after a crash.
class MemoryFile
{
public:
    MemoryFile();
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    // Makes the file hold exactly these bytes.
    void assign(const std::uint8_t* data, std::size_t size);
    const std::string& path() const { return m_path; }

private:
    int m_fd = -1;
    std::string m_path;
};

} // namespace soundalike::fuzz
