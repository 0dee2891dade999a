#include "core/embedding/TrackLabels.h"

#include "core/common/AlbumKeys.h"
#include "core/common/TextKey.h"
#include "core/embedding/AnalysedLibrary.h"
#include "core/library/GenreTable.h"
#include "core/storage/FingerprintStore.h"
#include "core/storage/TrackStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <numeric>
#include <stdexcept>

namespace soundalike {

namespace {

// Interns strings as small integers.
class Interner
{
public:
    int id(const QString& key, const QString& name, QStringList* names = nullptr)
    {
        const auto [it, added] = m_ids.try_emplace(key, int(m_ids.size()));
        if (added && names)
            names->append(name);
        return it->second;
    }

private:
    std::unordered_map<QString, int> m_ids;
};

int internedAlbum(Interner& albums, const std::optional<AlbumKeys::Album>& album)
{
    return album ? albums.id(album->key, album->name) : -1;
}

std::vector<int> recordingsOf(Database& db, const AnalysedLibrary& library)
{
    std::vector<int> first(library.trackIds.size());
    std::iota(first.begin(), first.end(), 0);
    for (const std::vector<std::int64_t>& copies : FingerprintStore(db).groups()) {
        int leader = -1;
        for (const std::int64_t id : copies) {
            const int index = library.indexOf(id);
            if (index < 0)
                continue;
            if (leader < 0)
                leader = index;
            first[std::size_t(index)] = leader;
        }
    }
    return first;
}

} // namespace

TrackLabels TrackLabels::fromGenres(Database& db, const AnalysedLibrary& library, double maxLabelShare)
{
    TrackLabels result;
    result.labels.resize(library.trackIds.size());
    result.genres.assign(library.trackIds.size(), -1);
    result.groups.assign(library.trackIds.size(), -1);
    result.albums.assign(library.trackIds.size(), -1);
    Interner families, genres, artists, albums;
    QHash<QString, GenreInfo> seen; // a library repeats a few hundred genre strings
    const std::vector<Track> tracks = TrackStore(db).all();
    const AlbumKeys albumKeys(tracks);
    for (const Track& track : tracks) {
        const int index = library.indexOf(track.id);
        if (index < 0)
            continue;
        auto& own = result.labels[std::size_t(index)];
        for (const QString& tag : track.genres) {
            auto it = seen.constFind(tag);
            if (it == seen.cend())
                it = seen.insert(tag, GenreTable::builtIn().lookup(tag));
            if (!it->isStyle())
                continue;
            const int family = families.id(GenreTable::key(it->family), it->family, &result.names);
            if (std::find(own.begin(), own.end(), family) == own.end())
                own.push_back(family);
            if (it->isSubGenre() && result.genres[std::size_t(index)] < 0)
                result.genres[std::size_t(index)] =
                    genres.id(GenreTable::key(it->genre), it->genre, &result.genreNames);
        }
        if (isKnownArtist(track.artist))
            result.groups[std::size_t(index)] = artists.id(matchKey(track.artist), track.artist);
        const auto album = albumKeys.of(track);
        result.albums[std::size_t(index)] = internedAlbum(albums, album);
        if (album && album->folder) {
            result.folderAlbums.resize(
                std::max(result.folderAlbums.size(), std::size_t(result.albums[std::size_t(index)]) + 1));
            result.folderAlbums[std::size_t(result.albums[std::size_t(index)])] = true;
        }
    }
    result.recordings = recordingsOf(db, library);
    result.dropCommonLabels(maxLabelShare);
    return result;
}

void TrackLabels::dropCommonLabels(double share)
{
    const double limit = share * double(labels.size());
    std::vector<int> families(std::size_t(names.size()), 0), subGenres(std::size_t(genreNames.size()), 0);
    for (std::size_t t = 0; t < labels.size(); ++t) {
        for (int label : labels[t])
            ++families[std::size_t(label)];
        if (!genres.empty() && genres[t] >= 0)
            ++subGenres[std::size_t(genres[t])];
    }
    for (std::size_t t = 0; t < labels.size(); ++t) {
        std::erase_if(labels[t], [&](int label) { return families[std::size_t(label)] > limit; });
        if (!genres.empty() && genres[t] >= 0 && subGenres[std::size_t(genres[t])] > limit)
            genres[t] = -1;
    }
}

TrackLabels TrackLabels::fromFile(Database& db, const AnalysedLibrary& library, const QString& tsvPath)
{
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read labels file " + tsvPath.toStdString() + ": " +
                                 file.errorString().toStdString());
    TrackLabels result;
    result.labels.resize(library.trackIds.size());
    result.genres.assign(library.trackIds.size(), -1);
    result.groups.assign(library.trackIds.size(), -1);
    result.albums.assign(library.trackIds.size(), -1);
    Interner labels, groups, albums;
    TrackStore tracks(db);
    const QDir base = QFileInfo(tsvPath).absoluteDir();
    int matched = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> fields = line.split('\t');
        if (line.isEmpty() || fields.size() < 2)
            continue;
        const QString path = QDir::cleanPath(base.absoluteFilePath(QFile::decodeName(fields[0])));
        const auto track = tracks.trackByPath(toFilePath(path));
        const int index = track ? library.indexOf(track->id) : -1;
        if (index < 0)
            continue;
        const QString label = QString::fromUtf8(fields[1]).trimmed();
        result.labels[std::size_t(index)] = {labels.id(matchKey(label), label, &result.names)};
        const QString group = fields.size() > 2 ? QString::fromUtf8(fields[2]).trimmed() : track->artist;
        result.groups[std::size_t(index)] = groups.id(matchKey(group), group);
        // A labelled set built from sources without album tags names each track's source (say, the package
        // it came from) in a fourth column.
        const QString album = fields.size() > 3 ? QString::fromUtf8(fields[3]).trimmed() : QString();
        result.albums[std::size_t(index)] = album.isEmpty() ? internedAlbum(albums, AlbumKeys::tagged(*track))
                                                            : albums.id(QChar(0x1e) + matchKey(album), album);
        ++matched;
    }
    if (matched == 0)
        throw std::runtime_error("no line of " + tsvPath.toStdString() +
                                 " names an analysed track of the library");
    return result;
}

std::vector<int> TrackLabels::primaryLabels() const
{
    std::vector<int> counts(std::size_t(names.size()), 0);
    for (const auto& trackLabels : labels) {
        for (int label : trackLabels)
            ++counts[std::size_t(label)];
    }
    std::vector<int> primary(labels.size(), -1);
    for (std::size_t t = 0; t < labels.size(); ++t) {
        for (int label : labels[t]) {
            if (primary[t] < 0 || counts[std::size_t(label)] > counts[std::size_t(primary[t])])
                primary[t] = label;
        }
    }
    return primary;
}

std::vector<int> TrackLabels::labelledTracks() const
{
    std::vector<int> tracks;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!labels[i].empty())
            tracks.push_back(int(i));
    }
    return tracks;
}

EvaluationLabels TrackLabels::evaluationLabels(const std::vector<int>& tracks) const
{
    EvaluationLabels truth;
    truth.labelCount = int(names.size());
    for (int t : tracks) {
        truth.labels.push_back(labels[std::size_t(t)]);
        truth.groups.push_back(groups[std::size_t(t)]);
        truth.albums.push_back(albums.empty() ? -1 : albums[std::size_t(t)]);
    }
    return truth;
}

} // namespace soundalike
