#include "core/common/LegacyText.h"

#include "core/common/Utf8.h"

#include <QChar>
#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace soundalike {

namespace {

bool isWordByte(unsigned char c)
{
    return c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

QString decodeCyrillic(const QByteArray& bytes)
{
    iconv_t converter = iconv_open("UTF-8", "CP1251");
    if (converter == iconv_t(-1))
        return QString::fromLatin1(bytes);
    QByteArray utf8;
    QByteArray chunk(4096, '\0');
    char* in = const_cast<char*>(bytes.constData());
    std::size_t left = std::size_t(bytes.size());
    while (left > 0) {
        char* out = chunk.data();
        std::size_t room = std::size_t(chunk.size());
        const std::size_t done = iconv(converter, &in, &left, &out, &room);
        utf8.append(chunk.constData(), chunk.size() - qsizetype(room));
        if (done == std::size_t(-1) && errno != E2BIG) {
            utf8.append("\xEF\xBF\xBD"); // windows-1251 leaves 0x98 without a character
            ++in;
            --left;
        }
    }
    iconv_close(converter);
    return QString::fromUtf8(utf8);
}

// UTF-16 passes a lone surrogate through, and a regular expression then matches nothing in the text.
QString withoutLoneSurrogates(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

LegacyText::CodePage LegacyText::guess(const QByteArray& text)
{
    int eightBitWords = 0;
    int mixedWords = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordByte(uchar(text[i]))) {
            ++i;
            continue;
        }
        int length = 0, high = 0;
        for (; i < text.size() && isWordByte(uchar(text[i])); ++i, ++length)
            high += uchar(text[i]) >= 0x80 ? 1 : 0;
        if (length >= 2 && high == length)
            ++eightBitWords;
        else if (high > 0)
            ++mixedWords;
    }
    return eightBitWords > mixedWords ? CodePage::Cyrillic : CodePage::Western;
}

QString LegacyText::decode(const QByteArray& bytes, CodePage page)
{
    return page == CodePage::Cyrillic ? decodeCyrillic(bytes) : QString::fromLatin1(bytes);
}

QString LegacyText::decodeFile(const QByteArray& bytes)
{
    if (const auto marked = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*marked, QStringDecoder::Flag::Stateless);
        return withoutLoneSurrogates(decoder.decode(bytes)); // the decoder drops the mark itself
    }
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : decode(bytes, guess(bytes));
}

} // namespace soundalike
