#include "tests/ui/DemoLibrary.h"

#include "tests/support/Mp3Fixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace soundalike::test {

namespace {

struct AlbumSpec
{
    const char* artist;
    const char* album;
    const char* genre;
    int year;
    QRgb from;
    QRgb to;
    bool embedCover;
    QStringList titles;
};

const QList<AlbumSpec>& albums()
{
    static const QList<AlbumSpec> list = {
        {"Aurora Lane",
         "Northern Lights",
         "Indie Pop",
         2019,
         0x3a1c71,
         0xffaf7b,
         true,
         {"Glass Harbour", "Paper Moons", "Slow Satellites", "Driftwood"}},
        {"The Velvet Static",
         "Night Drive",
         "Synthwave",
         2016,
         0x0f0c29,
         0xe9418a,
         false,
         {"Neon Rain", "Midnight Arcade", "Chrome Hearts", "Last Exit"}},
        {"Miles Kendrick Trio",
         "Blue Hour Sessions",
         "Jazz",
         2008,
         0x141e30,
         0x4a90c2,
         true,
         {"Blue Hour", "Kendrick's Walk", "Late Light", "Soft Rain Ballad"}},
        {"Hollow Pines",
         "Cabin Tapes",
         "Folk",
         2021,
         0x2c3e1f,
         0xc9b37e,
         false,
         {"Woodsmoke", "River Song", "Old Roads", "Lanterns"}},
        {"Sola Rey",
         "Mercado",
         "Latin",
         2018,
         0xf7971e,
         0xffd200,
         true,
         {"Calle Luna", "Mercado", "Verano Azul"}},
        {"Kilowatt",
         "Pulse Theory",
         "Electronic",
         2020,
         0x00c6ff,
         0x0072ff,
         true,
         {"Voltage", "Pulse Theory", "Afterglow", "Overclock"}},
        {"Marta Stone",
         "Ember",
         "Soul",
         2014,
         0x870000,
         0xf0a35e,
         false,
         {"Ember", "Sunday Letters", "Gold", "Hold the Line"}},
        {"Dust & Daylight",
         "Western Skies",
         "Americana",
         2012,
         0x8e5b2d,
         0xf3d9a4,
         true,
         {"Dry County", "Tumbleweed Waltz", "Western Skies"}},
    };
    return list;
}

QByteArray coverJpeg(const AlbumSpec& spec, int index)
{
    QImage image(480, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, 480, 480);
    gradient.setColorAt(0, QColor::fromRgb(spec.from));
    gradient.setColorAt(1, QColor::fromRgb(spec.to));
    painter.fillRect(image.rect(), gradient);
    // A different simple motif per album, so the covers tell albums apart at a glance.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 60));
    for (int i = 0; i < 5; ++i) {
        const int r = 60 + 40 * ((i + index) % 4);
        painter.drawEllipse(QPoint(90 + 70 * i, 120 + 50 * ((i * (index + 2)) % 5)), r, r);
    }
    painter.setPen(QColor(255, 255, 255, 235));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(44);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(30, 300, 420, 60), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::fromUtf8(spec.album));
    font.setPixelSize(28);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QRect(30, 360, 420, 50), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::fromUtf8(spec.artist));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

// Encoded once each, then copied and re-tagged per song: LAME is the slow part, tagging is instant.
QList<QByteArray> baseRecordings(DemoLibrary::Lengths lengths)
{
    QList<QByteArray> recordings;
    const double scale = lengths == DemoLibrary::Lengths::Realistic ? 1.0 : 0.1;
    const double seconds[] = {192 * scale, 227 * scale, 245 * scale, 178 * scale, 263 * scale};
    const double tones[] = {220, 247, 262, 294, 330};
    for (int i = 0; i < 5; ++i) {
        AudioSpec spec;
        spec.seconds = seconds[i];
        spec.frequency = tones[i];
        spec.amplitude = 0.05;
        spec.sampleRate = 22050;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        recordings << encodeMp3(generate(spec), spec.sampleRate, spec.channels, spec.bitrateKbps);
    }
    return recordings;
}

} // namespace

bool DemoLibrary::write(const QString& root, Lengths lengths)
{
    m_folder = root;
    m_songs.clear();
    const QList<QByteArray> recordings = baseRecordings(lengths);
    int n = 0;
    for (int a = 0; a < albums().size(); ++a) {
        const AlbumSpec& spec = albums()[a];
        const QString artist = QString::fromUtf8(spec.artist);
        const QString album = QString::fromUtf8(spec.album);
        const QString folder = QStringLiteral("%1/%2/%3").arg(root, artist, album);
        const QByteArray cover = coverJpeg(spec, a);
        if (!spec.embedCover && !writeFile(folder + QStringLiteral("/cover.jpg"), cover))
            return false;
        for (int t = 0; t < spec.titles.size(); ++t, ++n) {
            Song song{artist, album, spec.titles[t], QString::fromUtf8(spec.genre), spec.year, t + 1, {}};
            song.path = QStringLiteral("%1/%2 %3.mp3")
                            .arg(folder)
                            .arg(t + 1, 2, 10, QLatin1Char('0'))
                            .arg(song.title);
            Tags tags;
            tags.title = song.title;
            tags.artist = artist;
            tags.album = album;
            tags.genres = {song.genre};
            tags.date = QString::number(spec.year);
            tags.track = QStringLiteral("%1/%2").arg(t + 1).arg(spec.titles.size());
            if (spec.embedCover)
                tags.cover = cover;
            if (!writeFile(song.path, recordings[n % recordings.size()]) || !writeTags(song.path, tags))
                return false;
            m_songs << song;
        }
    }
    return true;
}

const DemoLibrary::Song* DemoLibrary::find(const QString& title) const
{
    for (const Song& song : m_songs) {
        if (song.title == title)
            return &song;
    }
    return nullptr;
}

} // namespace soundalike::test
