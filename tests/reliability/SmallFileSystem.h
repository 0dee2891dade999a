#pragma once

#include <QString>

namespace soundalike::test {

// A disk that really fills up: a tmpfs of a fixed size, mounted for a test and unmounted after it. Once it is
// full every write on it fails with "No space left on device", whatever the file (database, log, model,
// index), as on a full disk. A per-file limit (RLIMIT_FSIZE) would fail only a file that grows past it, and
// with a signal that kills the process, so it cannot stand in for one. Mounting needs root (CI runs as root).
class SmallFileSystem
{
public:
    SmallFileSystem(const QString& mountPoint, qint64 bytes);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem&) = delete;
    SmallFileSystem& operator=(const SmallFileSystem&) = delete;

    bool mounted() const { return m_mounted; }
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }

    // Takes all the free space but `leave` bytes, with a file that release() removes.
    bool fill(qint64 leave);
    void release();
    // Removes everything on it.
    void clear();
    qint64 available() const;

private:
    QString filler() const;

    QString m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace soundalike::test
