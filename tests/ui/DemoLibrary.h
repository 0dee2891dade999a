#pragma once

#include <QString>
#include <QStringList>

namespace soundalike::test {

// A small, realistic music folder for UI tests and the screenshot: eight albums by fictional artists, real
// mp3 files of plausible lengths, covers embedded in some albums and as cover.jpg beside the others.
class DemoLibrary
{
public:
    struct Song
    {
        QString artist;
        QString album;
        QString title;
        QString genre;
        int year = 0;
        int track = 0;
        QString path;
    };

    // Realistic lengths (three to five minutes) look right in a screenshot; tests get by with seconds and
    // encode ten times faster.
    enum class Lengths
    {
        Short,
        Realistic
    };

    // Writes the folder below `root`; false if a file could not be written.
    bool write(const QString& root, Lengths lengths = Lengths::Short);
    const QList<Song>& songs() const { return m_songs; }
    const Song* find(const QString& title) const;
    QString folder() const { return m_folder; }

private:
    QString m_folder;
    QList<Song> m_songs;
};

} // namespace soundalike::test
