#include "tests/support/TaggedTracks.h"

#include "core/analysis/DescriptorLayout.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/FolderStore.h"
#include "core/storage/TrackStore.h"
#include "core/storage/Transaction.h"
#include "tests/support/SyntheticLibrary.h"

#include <QRandomGenerator>
#include <QStringList>

namespace soundalike::test {

namespace {

const QStringList kWords = {
    "love",   "night", "blue",     "river",    "fire",   "heart",  "dream",  "light",   "rain",  "gold",
    "road",   "city",  "summer",   "ghost",    "wild",   "silver", "ocean",  "stone",   "star",  "shadow",
    "paper",  "glass", "velvet",   "echo",     "winter", "north",  "sugar",  "honey",   "storm", "moon",
    "garden", "radio", "electric", "midnight", "broken", "golden", "lonely", "crystal", "sweet", "dark",
    "young",  "empty", "lost",     "slow",     "open",   "hidden"};
const QStringList kGenres = {"Rock",    "Pop",       "Jazz",  "Electronic", "Folk",   "Soul",
                             "Hip-Hop", "Classical", "Metal", "Country",    "Reggae", "Blues",
                             "Ambient", "Punk",      "Latin", "Funk"};

QString words(QRandomGenerator& rng, int count)
{
    QStringList picked;
    for (int i = 0; i < count; ++i) {
        QString w = kWords[int(rng.bounded(qsizetype(kWords.size())))];
        w[0] = w[0].toUpper();
        picked << w;
    }
    return picked.join(QLatin1Char(' '));
}

} // namespace

void writeTaggedTracks(const QString& db, int tracks)
{
    Database database(db);
    TrackStore store(database);
    Transaction transaction(database);
    const std::int64_t folder = FolderStore(database).ensure("/bench/music");
    QRandomGenerator rng(42);
    QString artist;
    QString album;
    int year = 1990;
    for (int i = 0; i < tracks; ++i) {
        if (i % 88 == 0)
            artist = words(rng, 2) + QStringLiteral(" %1").arg(i / 88);
        if (i % 11 == 0) {
            album = words(rng, 2);
            year = 1960 + int(rng.bounded(64));
        }
        TrackInfo info;
        info.path = QStringLiteral("/bench/music/%1/%2/%3.mp3").arg(i / 88).arg(i / 11).arg(i).toStdString();
        info.stamp = {4000000 + i, 1};
        info.title = words(rng, 2 + int(rng.bounded(2)));
        info.artist = artist;
        info.album = album;
        info.genres = {kGenres[int(rng.bounded(qsizetype(kGenres.size())))]};
        info.year = year;
        info.trackNumber = i % 11 + 1;
        info.durationMs = 120000 + int(rng.bounded(240000));
        store.insert(info, folder);
    }
    transaction.commit();
}

void writeSyntheticDescriptors(const QString& db, int tracks)
{
    SyntheticOptions options;
    options.tracks = std::size_t(tracks);
    options.dimension = DescriptorLayout::Dimensions;
    const SyntheticLibrary library(options);
    Database database(db);
    Transaction transaction(database);
    DescriptorStore store(database);
    for (std::int64_t id = 1; id <= tracks; ++id) {
        const auto v = library.vectors().vector(*library.vectors().row(id));
        AudioDescriptor descriptor;
        descriptor.version = DescriptorLayout::kVersion;
        descriptor.summary.assign(v.begin(), v.end());
        descriptor.segments = descriptor.summary;
        store.put(id, descriptor);
    }
    transaction.commit();
}

} // namespace soundalike::test
