#pragma once

#include "core/common/Track.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace soundalike {

// Turns a track's tags into a vector whose inner products mean "shares genres, artist, album, era": blocks of
// multi-hot genres, words shared between genres ("rock" in "indie rock" and "hard rock"), hashed artist and
// album, and the year as soft membership of 5-year steps. The vocabulary is learned from the library, so the
// dimensions are named ("genre:jazz", "year:1995") and a playlist can say why a track was chosen.
class TagEncoder
{
public:
    explicit TagEncoder(const std::vector<Track>& tracks);

    const QStringList& dimensionNames() const { return m_names; }
    // Changes whenever the vocabulary or the encoding changes.
    QString key() const;
    // Writes dimensionNames().size() values into `out` (not normalised; zero when the track has no tags).
    void encode(const Track& track, std::span<float> out) const;

private:
    void learnGenres(const std::vector<Track>& tracks);
    void learnYears(const std::vector<Track>& tracks);
    void addBlock(const QString& name, int size);
    void encodeGenres(const Track& track, std::span<float> out) const;
    void encodeYear(int year, std::span<float> out) const;

    QStringList m_names;
    QHash<QString, int> m_genreDims; // genre match key → dimension
    QHash<QString, int> m_wordDims;  // genre word → dimension
    int m_genreStart = 0, m_genreCount = 0;
    int m_wordStart = 0, m_wordCount = 0;
    int m_artistStart = 0, m_albumStart = 0;
    int m_yearStart = 0, m_yearCount = 0;
    int m_firstYear = 0, m_yearStep = 5;
};

} // namespace soundalike
