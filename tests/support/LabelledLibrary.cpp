#include "tests/support/LabelledLibrary.h"

#include "tests/support/Mp3Fixture.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace soundalike::test {

namespace {

constexpr int kSampleRate = 22050;

// Plain copies: ten thousand encodes and tag writes would take a minute, copies take a second.
bool copyBytes(const QString& path, const QByteArray& bytes)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.constData(), std::size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && ok;
}

} // namespace

LabelledLibrary::LabelledLibrary(const QString& root, int genres, int perGenre, int fillers)
    : m_root(root), m_genres(genres), m_perGenre(perGenre), m_fillers(fillers)
{}

QString LabelledLibrary::genreName(int genre)
{
    static const char* const names[] = {"Rock", "Jazz", "Drone", "Folk", "Dub", "Polka"};
    return QLatin1String(names[genre % 6]) + (genre < 6 ? QString() : QString::number(genre / 6));
}

QString LabelledLibrary::track(int genre, int index) const
{
    return m_root + QStringLiteral("/%1/%2.mp3").arg(genreName(genre)).arg(index, 2, 10, QLatin1Char('0'));
}

QString LabelledLibrary::fillerFolder() const
{
    return m_root + QStringLiteral("/filler");
}

bool LabelledLibrary::write() const
{
    for (int g = 0; g < m_genres; ++g) {
        for (int i = 0; i < m_perGenre; ++i) {
            Tags tags;
            tags.genres = {genreName(g)};
            tags.artist = QStringLiteral("%1 Artist %2").arg(genreName(g)).arg(i % 4);
            tags.title = QStringLiteral("%1 %2").arg(genreName(g)).arg(i);
            // Each genre its own kind of sound, each track its own pitch and tempo.
            const AudioSpec spec{g % 3 == 2 ? AudioSpec::Wave::Sine : AudioSpec::Wave::Music,
                                 3.0,
                                 110.0 + 20 * i,
                                 0.5,
                                 90.0 + 25 * g + i,
                                 kSampleRate,
                                 1,
                                 32,
                                 unsigned(100 * g + i + 1)};
            if (!writeMp3(track(g, i), spec, tags))
                return false;
        }
    }
    if (m_fillers == 0)
        return true;
    const QString first = fillerFolder() + QStringLiteral("/00000.mp3");
    Tags tags;
    tags.artist = QStringLiteral("Filler");
    tags.genres = {QStringLiteral("Filler")};
    if (!writeMp3(first, {AudioSpec::Wave::Noise, 0.2, 0, 0.2, 120, kSampleRate, 1, 32}, tags))
        return false;
    QFile tagged(first);
    if (!tagged.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = tagged.readAll();
    for (int i = 1; i < m_fillers; ++i) {
        if (!copyBytes(fillerFolder() + QStringLiteral("/%1.mp3").arg(i, 5, 10, QLatin1Char('0')), bytes))
            return false;
    }
    return true;
}

} // namespace soundalike::test
