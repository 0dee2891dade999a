#pragma once

#include <QString>

namespace soundalike::test {

// A small library that can be trained on: `genres` folders of short, distinct, genre-tagged tracks
// (<root>/<Genre>/NN.mp3) and `fillers` copies of one tiny tagged file in <root>/filler, which make a scan
// commit many batches at little cost.
class LabelledLibrary
{
public:
    LabelledLibrary(const QString& root, int genres, int perGenre, int fillers);

    bool write() const;

    const QString& root() const { return m_root; }
    QString track(int genre, int index) const;
    QString fillerFolder() const;
    int files() const { return m_genres * m_perGenre + m_fillers; }
    static QString genreName(int genre);

private:
    QString m_root;
    int m_genres;
    int m_perGenre;
    int m_fillers;
};

} // namespace soundalike::test
