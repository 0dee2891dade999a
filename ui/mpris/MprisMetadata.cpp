#include "ui/mpris/MprisMetadata.h"

#include "core/common/FileUrl.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace soundalike {

namespace {

const QString kTrackPath = QStringLiteral("/io/github/soundalike/Soundalike/track/");

void insertText(QVariantMap& map, const QString& key, const QString& text)
{
    if (!text.isEmpty())
        map.insert(key, text);
}

// xesam names people (and genres) as lists of strings, even when there is one.
void insertList(QVariantMap& map, const QString& key, const QStringList& list)
{
    if (!list.isEmpty() && !(list.size() == 1 && list.front().isEmpty()))
        map.insert(key, list);
}

void insertNumber(QVariantMap& map, const QString& key, int number)
{
    if (number > 0)
        map.insert(key, number);
}

} // namespace

QDBusObjectPath MprisMetadata::trackId(const Track& track)
{
    if (track.id > 0)
        return QDBusObjectPath(kTrackPath + QString::number(track.id));
    // A track outside any library has no id; its path names it (object paths allow only [A-Za-z0-9_]).
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(track.path), QCryptographicHash::Sha1);
    return QDBusObjectPath(kTrackPath + QStringLiteral("f") + QString::fromLatin1(hash.toHex()));
}

QVariantMap MprisMetadata::of(const Track& track, qint64 durationMs, const QUrl& artUrl,
                              const QString& lyrics)
{
    const QString path = displayPath(track.path);
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(trackId(track)));
    if (durationMs > 0)
        map.insert(QStringLiteral("mpris:length"), qlonglong(durationMs) * 1000);
    if (artUrl.isValid())
        map.insert(QStringLiteral("mpris:artUrl"), artUrl.toString(QUrl::FullyEncoded));
    map.insert(QStringLiteral("xesam:title"),
               track.title.isEmpty() ? QFileInfo(path).completeBaseName() : track.title);
    insertList(map, QStringLiteral("xesam:artist"), {track.artist});
    insertText(map, QStringLiteral("xesam:album"), track.album);
    insertList(map, QStringLiteral("xesam:albumArtist"), {track.albumArtist});
    insertList(map, QStringLiteral("xesam:genre"), track.genres);
    insertNumber(map, QStringLiteral("xesam:trackNumber"), track.trackNumber);
    insertNumber(map, QStringLiteral("xesam:discNumber"), track.discNumber);
    map.insert(QStringLiteral("xesam:url"), fileUrl(track.path).toString(QUrl::FullyEncoded));
    insertText(map, QStringLiteral("xesam:asText"), lyrics);
    return map;
}

} // namespace soundalike
