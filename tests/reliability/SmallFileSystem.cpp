#include "tests/reliability/SmallFileSystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace soundalike::test {

namespace {

// The filler's name starts with a dot, so listings of what the commands wrote need not mention it.
constexpr const char* kFiller = "/.filler";

} // namespace

SmallFileSystem::SmallFileSystem(const QString& mountPoint, qint64 bytes) : m_path(mountPoint)
{
    QDir().mkpath(mountPoint);
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1,mode=0777").arg(bytes), QStringLiteral("tmpfs"), mountPoint});
    m_mounted =
        mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        m_error = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--lazy"), m_path});
}

QString SmallFileSystem::filler() const
{
    return m_path + QLatin1String(kFiller);
}

qint64 SmallFileSystem::available() const
{
    struct statvfs st
    {};
    return ::statvfs(QFile::encodeName(m_path).constData(), &st) == 0
               ? qint64(st.f_bavail) * qint64(st.f_frsize)
               : -1;
}

bool SmallFileSystem::fill(qint64 leave)
{
    const qint64 size = available() - leave;
    if (size <= 0)
        return size == 0;
    const int fd =
        ::open(QFile::encodeName(filler()).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::posix_fallocate(fd, 0, size) == 0;
    return ::close(fd) == 0 && ok;
}

void SmallFileSystem::release()
{
    QFile::remove(filler());
}

void SmallFileSystem::clear()
{
    QDir folder(m_path);
    for (const QFileInfo& entry :
         folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace soundalike::test
