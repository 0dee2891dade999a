// Fuzzes the tag normalisation (core/library TagNormalizer): genre splitting, year parsing, "3/12" numbers,
// text cleaning and titles from file names. The input is read twice: as UTF-8 text whose lines are the values
// of a multi-value genre tag, and as raw UTF-16 (lone surrogates included, as a broken ID3v2 frame gives
// them).
#include "core/common/TextKey.h"
#include "core/library/TagNormalizer.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace soundalike;

namespace {

bool isClean(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            return false;
    }
    return text == text.trimmed() && text.isValidUtf16();
}

void checkText(const QString& text)
{
    const QString clean = TagNormalizer::cleanText(text);
    FUZZ_CHECK(isClean(clean));
    FUZZ_CHECK(TagNormalizer::cleanText(clean) == clean);

    const int year = TagNormalizer::parseYear(text);
    FUZZ_CHECK(year == 0 || (year >= 1000 && year <= 2999));

    const auto pair = TagNormalizer::parseNumberPair(text);
    FUZZ_CHECK(pair.number >= 0 && pair.number < 100000);
    FUZZ_CHECK(pair.total >= 0 && pair.total < 100000);
}

void checkGenres(const QStringList& raw)
{
    const QStringList genres = TagNormalizer::splitGenres(raw);
    QSet<QString> keys;
    for (const QString& genre : genres) {
        FUZZ_CHECK(!genre.isEmpty());
        FUZZ_CHECK(isClean(genre));
        keys.insert(matchKey(genre));
    }
    FUZZ_CHECK(keys.size() == genres.size());
    // Splitting is idempotent: clean genres split into themselves.
    FUZZ_CHECK(TagNormalizer::splitGenres(genres) == genres);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString utf8 = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString utf16(qsizetype(size / sizeof(QChar)), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, std::size_t(utf16.size()) * sizeof(QChar));
    for (const QString& text : {utf8, utf16}) {
        checkText(text);
        checkGenres(text.split(QLatin1Char('\n')));
    }
    const FilePath name(reinterpret_cast<const char*>(data), size);
    FUZZ_CHECK(isClean(TagNormalizer::titleFromPath(name)));
    return 0;
}
