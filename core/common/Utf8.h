#pragma once

#include <QByteArray>
#include <QStringDecoder>

namespace soundalike {

inline bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // decode() is lazy: the conversion runs here
    return !decoder.hasError();
}

} // namespace soundalike
