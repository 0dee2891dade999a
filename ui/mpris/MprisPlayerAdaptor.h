#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusObjectPath>
#include <QTimer>
#include <QVariantMap>

namespace soundalike {

class CoverArtFile;
class LyricsText;
class MprisService;
class Player;
class Playlist;

// org.mpris.MediaPlayer2.Player over the app's Player and Playlist: transport, seek, volume, shuffle and
// repeat (LoopStatus), status and the playing track's metadata. Every change of a property a widget shows is
// announced with PropertiesChanged (gathered into one message per turn of the event loop); jumps in position
// with Seeked. Times on the bus are in microseconds.
class MprisPlayerAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(double Rate READ rate WRITE setRate)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(bool Shuffle READ shuffle WRITE setShuffle)
    Q_PROPERTY(QString LoopStatus READ loopStatus WRITE setLoopStatus)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canGoNext)
    Q_PROPERTY(bool CanGoPrevious READ canGoPrevious)
    Q_PROPERTY(bool CanPlay READ canPlay)
    Q_PROPERTY(bool CanPause READ canPause)
    Q_PROPERTY(bool CanSeek READ canSeek)
    Q_PROPERTY(bool CanControl READ canControl)

public:
    MprisPlayerAdaptor(MprisService& service, Player& player, Playlist& playlist);

    QString playbackStatus() const;
    // Soundalike plays at normal speed only; the specification still asks for the properties.
    double rate() const { return 1.0; }
    void setRate(double) {}
    QVariantMap metadata() const;
    double volume() const;
    void setVolume(double volume);
    bool shuffle() const;
    void setShuffle(bool on);
    // "None", "Track" or "Playlist": repeat off, this song, the whole playlist.
    QString loopStatus() const;
    void setLoopStatus(const QString& status);
    qlonglong position() const;
    bool canGoNext() const;
    bool canGoPrevious() const;
    bool canPlay() const;
    bool canPause() const { return canPlay(); }
    bool canSeek() const;
    bool canControl() const { return true; }

public slots:
    void Next();
    void Previous();
    void Pause();
    void PlayPause();
    void Stop();
    void Play();
    void Seek(qlonglong offset);
    void SetPosition(const QDBusObjectPath& trackId, qlonglong position);
    void OpenUri(const QString& uri);

signals:
    void Seeked(qlonglong position);

private:
    QVariantMap announcedProperties() const;
    void announceChanges();
    // Starts finding the playing track's cover and lyrics, which widgets read from the metadata.
    void showExtras();

    MprisService& m_service;
    Player& m_player;
    Playlist& m_playlist;
    CoverArtFile* m_cover;
    LyricsText* m_lyrics;
    QTimer m_announce;
    QVariantMap m_announced;
};

} // namespace soundalike
