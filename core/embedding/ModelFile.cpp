#include "core/embedding/ModelFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <algorithm>

namespace soundalike {

namespace {

constexpr char kMagic[8] = {'S', 'N', 'D', 'L', 'K', 'M', 'D', 'L'};
constexpr QCryptographicHash::Algorithm kHash = QCryptographicHash::Sha256;
constexpr qsizetype kVersionBytes = 4;
constexpr qsizetype kHashBytes = 32;
constexpr qsizetype kHeaderBytes = qsizetype(sizeof kMagic) + kVersionBytes + kHashBytes;

std::nullopt_t fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

QByteArray ModelFile::seal(const QByteArray& archive)
{
    QByteArray file(kMagic, sizeof kMagic);
    char version[kVersionBytes];
    qToLittleEndian(quint32(kFormatVersion), version);
    file.append(version, kVersionBytes);
    file.append(QCryptographicHash::hash(archive, kHash));
    file.append(archive);
    return file;
}

std::optional<QByteArray> ModelFile::unseal(const QByteArray& file, QString* error)
{
    if (!file.startsWith(QByteArray::fromRawData(kMagic, sizeof kMagic)) || file.size() < kHeaderBytes)
        return fail(error, QStringLiteral("not a Soundalike model file"));
    if (qFromLittleEndian<quint32>(file.constData() + sizeof kMagic) != quint32(kFormatVersion))
        return fail(error, QStringLiteral("unsupported model format version"));
    const QByteArray archive = file.mid(kHeaderBytes);
    if (QCryptographicHash::hash(archive, kHash) != file.mid(kHeaderBytes - kHashBytes, kHashBytes))
        return fail(error, QStringLiteral("the model file is damaged (checksum mismatch)"));
    return archive;
}

std::optional<QByteArray> ModelFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return fail(error, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, file.errorString());
    // A device or a pipe has no size (0) and is read up to the limit; a file no further than its size, so
    // that reading a small model does not set aside the limit's 64 MB.
    const QByteArray bytes =
        file.read((file.isSequential() ? kMaxBytes : std::min(file.size(), kMaxBytes)) + 1);
    if (bytes.size() > kMaxBytes)
        return fail(error, QStringLiteral("the file is too large to be a model"));
    return unseal(bytes, error);
}

} // namespace soundalike
