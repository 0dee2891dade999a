#include "core/common/Track.h"

#include <QFile>

namespace soundalike {

QString displayPath(const FilePath& path)
{
    return QFile::decodeName(QByteArray::fromRawData(path.data(), qsizetype(path.size())));
}

FilePath toFilePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace soundalike
