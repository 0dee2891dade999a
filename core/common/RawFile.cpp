#include "core/common/RawFile.h"

#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace soundalike {

namespace {

[[noreturn]] void fail(const char* what, const FilePath& path, int error)
{
    throw std::runtime_error(std::string(what) + " " + displayPath(path).toStdString() + ": " +
                             std::strerror(error));
}

class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_fd; }
    // close() can report a failed write-back, so its result matters for the writer.
    bool close() { return ::close(std::exchange(m_fd, -1)) == 0; }

private:
    int m_fd;
};

void writeAll(int fd, const QByteArray& bytes, const FilePath& path)
{
    const char* data = bytes.constData();
    std::size_t left = std::size_t(bytes.size());
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("cannot write", path, errno);
        data += n;
        left -= std::size_t(n);
    }
}

constexpr const char* kTemporaryMark = ".tmp-";

// O_EXCL with a random suffix: never reuses or follows someone else's file.
std::pair<int, FilePath> createTemporary(const FilePath& path)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const FilePath temporary =
            path + kTemporaryMark + std::to_string(QRandomGenerator::global()->generate64() % 1000000000);
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return {fd, temporary};
        if (errno != EEXIST)
            fail("cannot create", path, errno);
    }
    fail("cannot create", path, EEXIST);
}

FilePath folderOf(const FilePath& path)
{
    const auto slash = path.rfind('/');
    return slash == FilePath::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

// A process killed while writing leaves its temporary behind, as large as the file. Another writer's lives
// for as long as writing takes, so one unchanged for a minute is abandoned.
void removeAbandonedTemporaries(const FilePath& path)
{
    const FilePath folder = folderOf(path);
    const std::string prefix = path.substr(path.rfind('/') + 1) + kTemporaryMark;
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    const std::time_t abandoned = std::time(nullptr) - 60;
    while (const dirent* entry = ::readdir(dir)) {
        const FilePath candidate = folder + '/' + entry->d_name;
        struct stat st = {};
        if (std::string_view(entry->d_name).starts_with(prefix) && ::lstat(candidate.c_str(), &st) == 0 &&
            S_ISREG(st.st_mode) && st.st_mtime < abandoned)
            ::unlink(candidate.c_str());
    }
    ::closedir(dir);
}

// Makes a rename durable: the new name is an entry of the folder, which has its own blocks to flush.
void syncFolder(const FilePath& path)
{
    const Descriptor fd(::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

} // namespace

QByteArray RawFile::read(const FilePath& path, qint64 maxBytes)
{
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        fail("cannot open", path, errno);
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0)
        fail("cannot read", path, errno);
    if (S_ISDIR(st.st_mode))
        fail("cannot read", path, EISDIR);
    if (st.st_size > maxBytes)
        throw std::runtime_error("too large to read (" + std::to_string(st.st_size) +
                                 " bytes): " + displayPath(path).toStdString());
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("cannot read", path, errno);
        if (n == 0)
            return bytes;
        if (bytes.size() + n > maxBytes)
            throw std::runtime_error("too large to read: " + displayPath(path).toStdString());
        bytes.append(buffer, n);
    }
}

void RawFile::writeAtomically(const FilePath& path, const QByteArray& bytes)
{
    removeAbandonedTemporaries(path);
    auto [rawFd, temporary] = createTemporary(path);
    Descriptor fd(rawFd);
    try {
        struct stat existing = {};
        if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
            ::fchmod(fd.get(), existing.st_mode & 07777);
        writeAll(fd.get(), bytes, path);
        if (::fsync(fd.get()) != 0 || !fd.close())
            fail("cannot write", path, errno);
        if (::rename(temporary.c_str(), path.c_str()) != 0)
            fail("cannot replace", path, errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    syncFolder(path);
}

} // namespace soundalike
