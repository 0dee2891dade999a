#include "core/common/FileUrl.h"

namespace soundalike {

QUrl fileUrl(const FilePath& path)
{
    const QByteArray bytes = QByteArray::fromRawData(path.data(), qsizetype(path.size()));
    return QUrl::fromEncoded("file://" + bytes.toPercentEncoding("/"), QUrl::StrictMode);
}

std::optional<FilePath> filePathOf(const QUrl& url)
{
    if (!url.isLocalFile())
        return std::nullopt;
    // The encoded path keeps bytes that are not UTF-8 as %XX; decoding them ourselves gives them back.
    return QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1()).toStdString();
}

} // namespace soundalike
