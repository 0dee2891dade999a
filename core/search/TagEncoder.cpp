#include "core/search/TagEncoder.h"

#include "core/common/TextKey.h"
#include "core/common/Track.h"
#include "core/search/Checksum.h"
#include "core/search/SongKey.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace soundalike {

namespace {

// 2: placeholder artists ("Unknown", "[unknown]") carry no artist, as "Unknown artist" never did.
constexpr int kEncodingVersion = 2;
constexpr int kMaxGenres = 64;
constexpr int kMaxGenreWords = 32;
constexpr int kArtistBuckets = 48;
constexpr int kAlbumBuckets = 32;
constexpr int kMaxYearSteps = 16;

// How much each block counts once normalised: genres most, then artist, era, shared genre words, album.
constexpr float kGenreWeight = 1.0f;
constexpr float kWordWeight = 0.5f;
constexpr float kArtistWeight = 0.7f;
constexpr float kAlbumWeight = 0.35f;
constexpr float kYearWeight = 0.6f;

QStringList genreWords(const QString& genreKey)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList words;
    for (const QString& word : genreKey.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words << word;
    }
    return words;
}

// The `limit` most used names (ties by name), in alphabetical order: the vocabulary, and so the index, stays
// the same as tracks are added unless the set of names itself changes.
QStringList mostUsed(const std::map<QString, int>& counts, int limit)
{
    std::vector<std::pair<QString, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList names;
    for (const auto& entry : ranked) {
        if (names.size() < limit)
            names << entry.first;
    }
    names.sort();
    return names;
}

// Feature hashing with signs (a count sketch): two buckets per name, so two different names collide in full
// only rarely, and a partial collision adds as often as it subtracts.
void hashInto(const QString& name, std::span<float> block)
{
    const QByteArray bytes = name.toUtf8();
    const std::uint64_t h = checksum64(bytes.constData(), std::size_t(bytes.size()));
    const std::size_t n = block.size();
    block[(h & 0xffff) % n] += (h >> 16 & 1) ? 1.0f : -1.0f;
    block[(h >> 17 & 0xffff) % n] += (h >> 33 & 1) ? 1.0f : -1.0f;
}

void normaliseBlock(std::span<float> block, float weight)
{
    double squared = 0;
    for (float v : block)
        squared += double(v) * v;
    if (squared <= 0)
        return;
    const float scale = weight / float(std::sqrt(squared));
    for (float& v : block)
        v *= scale;
}

} // namespace

TagEncoder::TagEncoder(const std::vector<Track>& tracks)
{
    learnGenres(tracks);
    m_artistStart = int(m_names.size());
    addBlock(QStringLiteral("artist"), kArtistBuckets);
    m_albumStart = int(m_names.size());
    addBlock(QStringLiteral("album"), kAlbumBuckets);
    learnYears(tracks);
}

void TagEncoder::addBlock(const QString& name, int size)
{
    for (int i = 0; i < size; ++i)
        m_names << name;
}

void TagEncoder::learnGenres(const std::vector<Track>& tracks)
{
    std::map<QString, int> genreCounts;
    for (const Track& t : tracks) {
        for (const QString& g : t.genres)
            ++genreCounts[matchKey(g)];
    }
    const QStringList genres = mostUsed(genreCounts, kMaxGenres);
    m_genreStart = int(m_names.size());
    for (const QString& g : genres) {
        m_genreDims.insert(g, int(m_names.size()));
        m_names << QStringLiteral("genre:") + g;
    }
    m_genreCount = int(genres.size());

    // A word links genres only when it occurs in more than one of them.
    std::map<QString, int> genresPerWord;
    std::map<QString, int> tracksPerWord;
    for (const QString& g : genres) {
        for (const QString& w : genreWords(g)) {
            ++genresPerWord[w];
            tracksPerWord[w] += genreCounts[g];
        }
    }
    std::map<QString, int> linking;
    for (const auto& [word, count] : tracksPerWord) {
        if (genresPerWord[word] >= 2)
            linking[word] = count;
    }
    const QStringList words = mostUsed(linking, kMaxGenreWords);
    m_wordStart = int(m_names.size());
    for (const QString& w : words) {
        m_wordDims.insert(w, int(m_names.size()));
        m_names << QStringLiteral("genre word:") + w;
    }
    m_wordCount = int(words.size());
}

void TagEncoder::learnYears(const std::vector<Track>& tracks)
{
    int first = 0, last = 0;
    for (const Track& t : tracks) {
        if (t.year <= 0)
            continue;
        first = first ? std::min(first, t.year) : t.year;
        last = std::max(last, t.year);
    }
    m_yearStart = int(m_names.size());
    if (!first)
        return;
    m_yearStep = 5;
    while ((last - first) / m_yearStep + 1 > kMaxYearSteps)
        m_yearStep += 5;
    m_firstYear = first - first % 5;
    m_yearCount = (last - m_firstYear) / m_yearStep + 1;
    for (int i = 0; i < m_yearCount; ++i)
        m_names << QStringLiteral("year:%1").arg(m_firstYear + i * m_yearStep);
}

QString TagEncoder::key() const
{
    const QByteArray names = m_names.join(QChar(u'\n')).toUtf8();
    const std::uint64_t h = checksum64(names.constData(), std::size_t(names.size()));
    return QStringLiteral("tags/%1/%2").arg(kEncodingVersion).arg(h, 16, 16, QLatin1Char('0'));
}

void TagEncoder::encode(const Track& track, std::span<float> out) const
{
    std::fill(out.begin(), out.end(), 0.0f);
    encodeGenres(track, out);

    if (isKnownArtist(track.artist)) {
        auto block = out.subspan(std::size_t(m_artistStart), kArtistBuckets);
        hashInto(SongKey::artist(track.artist), block);
        normaliseBlock(block, kArtistWeight);
    }
    if (!track.album.isEmpty()) {
        auto block = out.subspan(std::size_t(m_albumStart), kAlbumBuckets);
        const QString& albumArtist = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
        hashInto(SongKey::artist(albumArtist) + QChar(u'\x1f') + matchKey(track.album), block);
        normaliseBlock(block, kAlbumWeight);
    }
    encodeYear(track.year, out.subspan(std::size_t(m_yearStart), std::size_t(m_yearCount)));
}

void TagEncoder::encodeGenres(const Track& track, std::span<float> out) const
{
    for (const QString& g : track.genres) {
        const QString key = matchKey(g);
        if (const auto it = m_genreDims.constFind(key); it != m_genreDims.cend())
            out[std::size_t(*it)] = 1.0f;
        for (const QString& w : genreWords(key)) {
            if (const auto it = m_wordDims.constFind(w); it != m_wordDims.cend())
                out[std::size_t(*it)] = 1.0f;
        }
    }
    normaliseBlock(out.subspan(std::size_t(m_genreStart), std::size_t(m_genreCount)), kGenreWeight);
    normaliseBlock(out.subspan(std::size_t(m_wordStart), std::size_t(m_wordCount)), kWordWeight);
}

void TagEncoder::encodeYear(int year, std::span<float> out) const
{
    if (year <= 0 || out.empty())
        return;
    // Soft membership: a 1993 track is mostly "1990", partly "1995", so nearby years stay similar.
    const double sigma = m_yearStep;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double centre = m_firstYear + double(i) * m_yearStep;
        const double z = (year - centre) / sigma;
        out[i] = float(std::exp(-0.5 * z * z));
    }
    normaliseBlock(out, kYearWeight);
}

} // namespace soundalike
