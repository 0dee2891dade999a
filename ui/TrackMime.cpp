#include "ui/TrackMime.h"

#include "core/common/FileUrl.h"
#include "ui/ArtistText.h"

#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace soundalike {

QStringList TrackMime::formats()
{
    return {idsFormat(), QStringLiteral("text/uri-list")};
}

QMimeData* TrackMime::encode(const std::vector<const Track*>& tracks, const QString& origin)
{
    auto* data = new QMimeData;
    QByteArray ids;
    QList<QUrl> urls;
    QStringList names;
    for (const Track* track : tracks) {
        ids += QByteArray::number(qint64(track->id)) + '\n';
        urls << fileUrl(track->path);
        names << artistText(track->artist) + QStringLiteral(" – ") + track->title;
    }
    data->setData(idsFormat(), ids);
    if (!origin.isEmpty())
        data->setData(originFormat(), origin.toUtf8());
    data->setUrls(urls);
    data->setText(names.join(QLatin1Char('\n')));
    return data;
}

std::vector<std::int64_t> TrackMime::trackIds(const QMimeData* data)
{
    std::vector<std::int64_t> ids;
    for (const QByteArray& line : data->data(idsFormat()).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.push_back(id);
    }
    return ids;
}

QString TrackMime::origin(const QMimeData* data)
{
    return QString::fromUtf8(data->data(originFormat()));
}

std::vector<FilePath> TrackMime::localPaths(const QMimeData* data)
{
    std::vector<FilePath> paths;
    for (const QUrl& url : data->urls()) {
        if (std::optional<FilePath> path = filePathOf(url))
            paths.push_back(std::move(*path));
    }
    return paths;
}

bool TrackMime::hasTracksOrFiles(const QMimeData* data)
{
    return data->hasFormat(idsFormat()) || !localPaths(data).empty();
}

std::vector<int> TrackMime::distinctRows(const QModelIndexList& indexes)
{
    std::vector<int> rows;
    for (const QModelIndex& index : indexes)
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace soundalike
