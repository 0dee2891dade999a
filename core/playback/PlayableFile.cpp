#include "core/playback/PlayableFile.h"

#include "core/common/FileUrl.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace soundalike {

namespace {

bool isUtf8(const FilePath& path)
{
    const QByteArray bytes = QByteArray::fromRawData(path.data(), qsizetype(path.size()));
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

FilePath linkFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    const QString folder =
        QStringLiteral("%1/soundalike-play-%2").arg(base).arg(QCoreApplication::applicationPid());
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return toFilePath(folder);
}

// The extension tells GStreamer's type finder nothing it would not find itself, but keeps the link readable.
FilePath extensionOf(const FilePath& path)
{
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of('/');
    if (dot == FilePath::npos || (slash != FilePath::npos && dot < slash))
        return {};
    FilePath extension = path.substr(dot);
    return isUtf8(extension) ? extension : FilePath();
}

} // namespace

PlayableFile::~PlayableFile()
{
    removeLink();
}

QUrl PlayableFile::urlFor(const FilePath& path)
{
    removeLink();
    if (isUtf8(path))
        return fileUrl(path);
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(path), QCryptographicHash::Sha1);
    const FilePath link = linkFolder() + '/' + hash.toHex().left(16).toStdString() + extensionOf(path);
    ::unlink(link.c_str());
    if (::symlink(path.c_str(), link.c_str()) != 0) {
        qCWarning(lcPlayback) << "cannot link" << displayPath(path)
                              << "for playback:" << std::strerror(errno);
        return fileUrl(path);
    }
    m_link = link;
    qCDebug(lcPlayback) << "playing" << displayPath(path) << "through" << displayPath(link);
    return fileUrl(link);
}

void PlayableFile::removeLink()
{
    if (!m_link.empty())
        ::unlink(m_link.c_str());
    m_link.clear();
}

} // namespace soundalike
