#include "core/common/FileUrl.h"
#include "core/common/RawPath.h"
#include "core/library/DirectoryWalker.h"
#include "core/library/TagReader.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/DesktopPlayback.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/MprisClient.h"
#include "ui/mpris/MprisService.h"

#include <QBuffer>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <memory>
#include <sys/stat.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const QString kRoot = QStringLiteral("org.mpris.MediaPlayer2");
const QString kPlayer = QStringLiteral("org.mpris.MediaPlayer2.Player");

// Tag text is data: quotes, LIKE wildcards, an SQL fragment, a tab (the one control character tags keep)
// and right-to-left text with its mark must reach the desktop exactly.
const QString kTitle = QStringLiteral("He said \"hi\" \u2014 100% _done_ ');\tDROP TABLE tracks;--");
const QString kArtist = QStringLiteral("O'Brien & \u200F\u05E9\u05DC\u05D5\u05DD \"Sons\" 50%_off");
const QString kAlbum = QStringLiteral("SELECT * FROM tracks WHERE title LIKE '%_%'");

Track readTrack(const QString& path, std::int64_t id)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    const TagReader::Result read = TagReader::read(toFilePath(path), DirectoryWalker::stampOf(st));
    Track track;
    if (read.info)
        static_cast<TrackInfo&>(track) = *read.info;
    track.id = id;
    return track;
}

PlaylistEntry entry(const Track& track)
{
    return {track, -1, 0, {}};
}

QVariantMap toMap(const QVariant& value)
{
    return value.canConvert<QDBusArgument>() ? qdbus_cast<QVariantMap>(value.value<QDBusArgument>())
                                             : value.toMap();
}

} // namespace

// Drives the MPRIS2 interface the way a desktop does, over a real session bus (the test runs under
// dbus-run-session) from a second connection, while the real Player plays real mp3 files.
class TestMpris : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_cover;
    Track m_first;
    Track m_second;
    Track m_long;
    std::unique_ptr<Playlist> m_playlist;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<MprisService> m_service;
    std::unique_ptr<MprisClient> m_client;
    QList<QVariantMap> m_announced; // PropertiesChanged of the Player interface, in order
    QList<qlonglong> m_seeked;

    QString status() { return m_client->get(kPlayer, QStringLiteral("PlaybackStatus")).toString(); }
    QVariantMap metadata() { return toMap(m_client->get(kPlayer, QStringLiteral("Metadata"))); }
    QString title() { return metadata().value(QStringLiteral("xesam:title")).toString(); }
    qlonglong position() { return m_client->get(kPlayer, QStringLiteral("Position")).toLongLong(); }

    bool announced(const QString& property, const QVariant& value) const
    {
        for (const QVariantMap& changed : m_announced) {
            if (changed.contains(property) && changed.value(property) == value)
                return true;
        }
        return false;
    }

    bool announcedTitle(const QString& expected) const
    {
        for (const QVariantMap& changed : m_announced) {
            if (changed.value(QStringLiteral("Metadata")).toMap().value(QStringLiteral("xesam:title")) ==
                expected)
                return true;
        }
        return false;
    }

public slots:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList&)
    {
        QCOMPARE(interface, kPlayer);
        QVariantMap plain = changed;
        if (plain.contains(QStringLiteral("Metadata")))
            plain.insert(QStringLiteral("Metadata"), toMap(plain.value(QStringLiteral("Metadata"))));
        m_announced << plain;
    }

    void onSeeked(qlonglong position) { m_seeked << position; }

private slots:
    void initTestCase()
    {
        if (const QString missing = desktopPlaybackMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QImage image(48, 48, QImage::Format_RGB32);
        image.fill(QColor(200, 40, 90));
        QBuffer buffer(&m_cover);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));

        // Each in a folder of its own, so no cover.jpg of another is found beside it.
        const QString first = m_dir.filePath(QStringLiteral("a \"quoted\" 100% _x/one.mp3"));
        const QString second = m_dir.filePath(QStringLiteral("b/two.mp3"));
        const QString longer = m_dir.filePath(QStringLiteral("c/long.mp3"));
        AudioSpec spec;
        spec.seconds = 5;
        Tags tricky = songTags(kTitle, kArtist);
        tricky.album = kAlbum;
        tricky.cover = m_cover;
        tricky.lyrics = QStringLiteral("[00:01.00]Первая строка\n[00:03.00]Second line");
        QVERIFY(writeMp3(first, spec, tricky));
        spec.frequency = 550;
        QVERIFY(writeMp3(second, spec, songTags(QStringLiteral("Second Song"), QStringLiteral("Band"))));
        spec.seconds = 60;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        QVERIFY(writeMp3(longer, spec, songTags(QStringLiteral("Long Song"), QStringLiteral("Band"))));
        m_first = readTrack(first, 11);
        m_second = readTrack(second, 12);
        m_long = readTrack(longer, 13);
        QCOMPARE(m_first.title, kTitle);

        m_client = std::make_unique<MprisClient>(QStringLiteral("mpris-test-client"));
        QVERIFY(m_client->isConnected());
    }

    void init()
    {
        m_playlist = std::make_unique<Playlist>();
        m_player = std::make_unique<Player>(*m_playlist);
        m_service = std::make_unique<MprisService>(*m_player, *m_playlist);
        QVERIFY(m_service->registerOn(QDBusConnection::sessionBus()));
        QCOMPARE(m_service->serviceName(), MprisService::kServiceName);
        m_announced.clear();
        m_seeked.clear();
        m_client->setService(m_service->serviceName());
        QVERIFY(m_client->subscribe(MprisClient::kProperties, QStringLiteral("PropertiesChanged"), this,
                                    SLOT(onPropertiesChanged(QString, QVariantMap, QStringList))));
        QVERIFY(m_client->subscribe(kPlayer, QStringLiteral("Seeked"), this, SLOT(onSeeked(qlonglong))));
    }

    void cleanup()
    {
        m_client->unsubscribeAll();
        m_service.reset();
        m_player.reset();
        m_playlist.reset();
    }

    void identifiesTheApplication()
    {
        QCOMPARE(m_client->get(kRoot, QStringLiteral("Identity")).toString(), QStringLiteral("Soundalike"));
        QCOMPARE(m_client->get(kRoot, QStringLiteral("CanQuit")).toBool(), true);
        QCOMPARE(m_client->get(kRoot, QStringLiteral("CanRaise")).toBool(), true);
        QCOMPARE(m_client->get(kRoot, QStringLiteral("HasTrackList")).toBool(), false);
        QCOMPARE(m_client->get(kRoot, QStringLiteral("SupportedUriSchemes")).toStringList(),
                 QStringList{"file"});
        // The desktop entry it names is the one packaging/ installs, with the same MIME types.
        QFile desktop(QStringLiteral(SOUNDALIKE_DESKTOP_FILE));
        QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
        QCOMPARE(m_client->get(kRoot, QStringLiteral("DesktopEntry")).toString() + QStringLiteral(".desktop"),
                 QFileInfo(desktop.fileName()).fileName());
        QStringList mimeTypes;
        for (const QString& line : QString::fromUtf8(desktop.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("MimeType=")))
                mimeTypes = line.mid(9).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        }
        QVERIFY(!mimeTypes.isEmpty());
        QCOMPARE(m_client->get(kRoot, QStringLiteral("SupportedMimeTypes")).toStringList(), mimeTypes);

        // Widgets read the types from introspection: times are int64 (x), metadata a{sv}.
        const QDBusMessage xml = m_client->call(QStringLiteral("org.freedesktop.DBus.Introspectable"),
                                                QStringLiteral("Introspect"));
        const QString text = xml.arguments().value(0).toString();
        QVERIFY(text.contains(QLatin1String("<interface name=\"org.mpris.MediaPlayer2.Player\">")));
        QVERIFY(text.contains(QLatin1String("<property name=\"Metadata\" type=\"a{sv}\" access=\"read\"")));
        QVERIFY(text.contains(QLatin1String("<property name=\"Position\" type=\"x\" access=\"read\"")));
        QVERIFY(text.contains(QLatin1String("<property name=\"Volume\" type=\"d\" access=\"readwrite\"")));
        QVERIFY(text.contains(QLatin1String("<arg name=\"trackId\" type=\"o\" direction=\"in\"/>")));
        QVERIFY(text.contains(QLatin1String("<signal name=\"Seeked\">")));

        QSignalSpy raise(m_service.get(), &MprisService::raiseRequested);
        QSignalSpy quit(m_service.get(), &MprisService::quitRequested);
        QCOMPARE(m_client->call(kRoot, QStringLiteral("Raise")).type(), QDBusMessage::ReplyMessage);
        QCOMPARE(raise.count(), 1);
        QCOMPARE(m_client->call(kRoot, QStringLiteral("Quit")).type(), QDBusMessage::ReplyMessage);
        QCOMPARE(quit.count(), 1);
    }

    void statusAndMetadataFollowPlayback()
    {
        QCOMPARE(status(), QStringLiteral("Stopped"));
        QVERIFY(metadata().isEmpty());
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("CanPlay")).toBool(), false);
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("CanControl")).toBool(), true);

        m_playlist->setEntries({entry(m_first), entry(m_second)});
        QTRY_VERIFY(announced(QStringLiteral("CanPlay"), true));
        QCOMPARE(m_client->call(kPlayer, QStringLiteral("Play")).type(), QDBusMessage::ReplyMessage);
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Playing"), 5000);
        QVERIFY(m_player->isPlaying());
        QTRY_VERIFY(announced(QStringLiteral("PlaybackStatus"), QStringLiteral("Playing")));
        QTRY_VERIFY(announcedTitle(kTitle));

        const QVariantMap meta = metadata();
        QCOMPARE(meta.value(QStringLiteral("xesam:title")).toString(), kTitle);
        QCOMPARE(meta.value(QStringLiteral("xesam:artist")).toStringList(), QStringList{kArtist});
        QCOMPARE(meta.value(QStringLiteral("xesam:album")).toString(), kAlbum);
        QCOMPARE(meta.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(),
                 QStringLiteral("/io/github/soundalike/Soundalike/track/11"));
        QCOMPARE(QUrl(meta.value(QStringLiteral("xesam:url")).toString()).toLocalFile(),
                 displayPath(m_first.path));
        const QVariant length = meta.value(QStringLiteral("mpris:length"));
        QCOMPARE(length.metaType(), QMetaType::fromType<qlonglong>());
        QVERIFY2(std::abs(length.toLongLong() - 5'000'000) < 300'000, qPrintable(length.toString()));

        // The embedded cover, written out for the desktop to read.
        QTRY_VERIFY(metadata().contains(QStringLiteral("mpris:artUrl")));
        const QUrl art(metadata().value(QStringLiteral("mpris:artUrl")).toString());
        QVERIFY(art.isLocalFile());
        QFile cover(art.toLocalFile());
        QVERIFY(cover.open(QIODevice::ReadOnly));
        QCOMPARE(cover.readAll(), m_cover);
        QVERIFY(m_announced.last()
                    .value(QStringLiteral("Metadata"))
                    .toMap()
                    .contains(QStringLiteral("mpris:artUrl")));

        // The lyrics as text (widgets show them as they are, so without the times).
        QTRY_COMPARE(metadata().value(QStringLiteral("xesam:asText")).toString(),
                     QStringLiteral("Первая строка\nSecond line"));

        // Another program on the bus sees the same.
        QProcess dbusSend;
        dbusSend.start(QStringLiteral("dbus-send"),
                       {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                        QStringLiteral("--dest=") + m_service->serviceName(), MprisService::kObjectPath,
                        MprisClient::kProperties + QStringLiteral(".Get"),
                        QStringLiteral("string:") + kPlayer, QStringLiteral("string:PlaybackStatus")});
        QTRY_COMPARE_WITH_TIMEOUT(dbusSend.state(), QProcess::NotRunning, 10000);
        QVERIFY2(dbusSend.readAllStandardOutput().contains("\"Playing\""), dbusSend.readAllStandardError());

        m_client->call(kPlayer, QStringLiteral("PlayPause"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Paused"), 5000);
        QTRY_VERIFY(announced(QStringLiteral("PlaybackStatus"), QStringLiteral("Paused")));
        m_client->call(kPlayer, QStringLiteral("PlayPause"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Playing"), 5000);

        QCOMPARE(m_client->get(kPlayer, QStringLiteral("CanGoNext")).toBool(), true);
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("CanGoPrevious")).toBool(), false);
        m_client->call(kPlayer, QStringLiteral("Next"));
        QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("Second Song"), 5000);
        QTRY_VERIFY(announcedTitle(QStringLiteral("Second Song")));
        QCOMPARE(metadata().value(QStringLiteral("xesam:artist")).toStringList(), QStringList{"Band"});
        // No cover for this one: none beside it either. No lyrics either: the last song's are gone.
        QVERIFY(!metadata().contains(QStringLiteral("mpris:artUrl")));
        QVERIFY(!metadata().contains(QStringLiteral("xesam:asText")));
        QTRY_VERIFY(announced(QStringLiteral("CanGoNext"), false));
        QTRY_VERIFY(announced(QStringLiteral("CanGoPrevious"), true));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Playing"), 5000);

        m_client->call(kPlayer, QStringLiteral("Previous"));
        QTRY_COMPARE_WITH_TIMEOUT(title(), kTitle, 5000);
        m_client->call(kPlayer, QStringLiteral("Stop"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Stopped"), 5000);
        QTRY_VERIFY(announced(QStringLiteral("PlaybackStatus"), QStringLiteral("Stopped")));
    }

    // A song cued where a restored session left it is paused to the desktop, not stopped, so its media
    // controls show it; Stop makes it stopped.
    void aCuedSongIsPaused()
    {
        m_playlist->setEntries({entry(m_first), entry(m_second)});
        m_player->cue(1, 1500);
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Paused"), 5000);
        QTRY_VERIFY(announced(QStringLiteral("PlaybackStatus"), QStringLiteral("Paused")));
        QTRY_VERIFY(announcedTitle(QStringLiteral("Second Song")));
        m_client->call(kPlayer, QStringLiteral("Stop"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Stopped"), 5000);
        QTRY_VERIFY(announced(QStringLiteral("PlaybackStatus"), QStringLiteral("Stopped")));
    }

    // A name that is not UTF-8 (Latin-1, from an old Windows disk) plays, and xesam:url carries its bytes.
    void aNameThatIsNotUtf8KeepsItsBytesInTheUrl()
    {
        Track latin1 = m_first;
        latin1.path = RawPath::parentFolder(m_first.path) + "/Caf\xe9.mp3";
        QVERIFY(QFile::copy(displayPath(m_first.path), displayPath(m_first.path) + QStringLiteral(".copy")));
        QVERIFY(::rename((m_first.path + ".copy").c_str(), latin1.path.c_str()) == 0);
        m_playlist->setEntries({entry(latin1)});
        m_client->call(kPlayer, QStringLiteral("Play"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Playing"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_player->position() > 200, 5000);
        const QString url = metadata().value(QStringLiteral("xesam:url")).toString();
        QVERIFY2(url.endsWith(QLatin1String("/Caf%E9.mp3")), qPrintable(url));
        QCOMPARE(filePathOf(QUrl(url)), std::optional<FilePath>(latin1.path));
        m_client->call(kPlayer, QStringLiteral("Stop"));
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("Stopped"), 5000);
    }

    void volumeBothWays()
    {
        QVERIFY(m_client->set(kPlayer, QStringLiteral("Volume"), 0.25).type() == QDBusMessage::ReplyMessage);
        QTRY_COMPARE(m_player->volume(), 0.25);
        QTRY_VERIFY(announced(QStringLiteral("Volume"), 0.25));
        m_player->setVolume(0.6);
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("Volume")).toDouble(), 0.6);
        QTRY_VERIFY(announced(QStringLiteral("Volume"), 0.6));
        m_client->set(kPlayer, QStringLiteral("Volume"), -3.0);
        QTRY_COMPARE(m_player->volume(), 0.0);
        m_client->set(kPlayer, QStringLiteral("Volume"), 7.0);
        QTRY_COMPARE(m_player->volume(), 1.0);
    }

    void shuffleAndLoopStatusBothWays()
    {
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("Shuffle")).toBool(), false);
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("LoopStatus")).toString(), QStringLiteral("None"));
        QVERIFY(m_client->set(kPlayer, QStringLiteral("Shuffle"), true).type() == QDBusMessage::ReplyMessage);
        QTRY_VERIFY(m_player->shuffle());
        QVERIFY(m_client->set(kPlayer, QStringLiteral("LoopStatus"), QStringLiteral("Track")).type() ==
                QDBusMessage::ReplyMessage);
        QTRY_COMPARE(m_player->repeat(), PlayOrder::Repeat::One);
        QVERIFY(m_client->set(kPlayer, QStringLiteral("LoopStatus"), QStringLiteral("Playlist")).type() ==
                QDBusMessage::ReplyMessage);
        QTRY_COMPARE(m_player->repeat(), PlayOrder::Repeat::All);
        // Changed in the app: announced to the desktop.
        m_player->setShuffle(false);
        m_player->setRepeat(PlayOrder::Repeat::Off);
        QTRY_VERIFY(announced(QStringLiteral("Shuffle"), false));
        QTRY_VERIFY(announced(QStringLiteral("LoopStatus"), QStringLiteral("None")));
        QCOMPARE(m_client->get(kPlayer, QStringLiteral("LoopStatus")).toString(), QStringLiteral("None"));
    }

    void seeksInMicroseconds()
    {
        m_playlist->setEntries({entry(m_long)});
        m_player->playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_player->isPlaying(), 5000);
        QTRY_VERIFY(m_client->get(kPlayer, QStringLiteral("CanSeek")).toBool());
        const auto trackId = metadata().value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>();
        QCOMPARE(trackId.path(), QStringLiteral("/io/github/soundalike/Soundalike/track/13"));

        m_client->call(kPlayer, QStringLiteral("SetPosition"),
                       {QVariant::fromValue(trackId), qlonglong(30'000'000)});
        QTRY_COMPARE(m_seeked, QList<qlonglong>{30'000'000});
        QTRY_VERIFY_WITH_TIMEOUT(position() >= 30'000'000 && position() < 38'000'000, 8000);

        m_client->call(kPlayer, QStringLiteral("Seek"), {qlonglong(10'000'000)});
        QTRY_COMPARE(m_seeked.size(), 2);
        QVERIFY2(m_seeked.last() >= 40'000'000 && m_seeked.last() < 48'000'000,
                 qPrintable(QString::number(m_seeked.last())));
        QTRY_VERIFY_WITH_TIMEOUT(position() >= 40'000'000, 8000);

        // About a track that no longer plays: ignored.
        m_client->call(kPlayer, QStringLiteral("SetPosition"),
                       {QVariant::fromValue(
                            QDBusObjectPath(QStringLiteral("/io/github/soundalike/Soundalike/track/12"))),
                        qlonglong(1'000'000)});
        QTest::qWait(300);
        QCOMPARE(m_seeked.size(), 2);
        QVERIFY(position() >= 40'000'000);

        m_client->call(kPlayer, QStringLiteral("Seek"), {qlonglong(-600'000'000)});
        QTRY_COMPARE(m_seeked.size(), 3);
        QCOMPARE(m_seeked.last(), qlonglong(0));
        QTRY_VERIFY_WITH_TIMEOUT(position() < 5'000'000, 8000);
    }

    void openUriIsHandedToTheApplication()
    {
        QSignalSpy open(m_service.get(), &MprisService::openRequested);
        const QString uri = QStringLiteral("file:///music/a%20b.mp3");
        m_client->call(kPlayer, QStringLiteral("OpenUri"), {uri});
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), uri);
    }

    void anyControlCharacterArrivesUnchanged()
    {
        // Not from a tag (the scanner drops these), but whatever a Track holds must cross the bus intact.
        Track odd = m_second;
        odd.title = QStringLiteral("bell\u0007 escape\u001B[31m red \u202Eevil");
        odd.artist = QStringLiteral("back\\slash\r\nnew line");
        m_playlist->setEntries({entry(odd)});
        m_player->cue(0, 0);
        QCOMPARE(title(), odd.title);
        QCOMPARE(metadata().value(QStringLiteral("xesam:artist")).toStringList(), QStringList{odd.artist});
        QTRY_VERIFY(announcedTitle(odd.title));
    }

    void anotherInstanceTakesAPerProcessName()
    {
        Playlist playlist;
        Player player(playlist);
        MprisService second(player, playlist);
        // As another process would: its own connection (one connection has one object per path).
        QVERIFY(second.registerOn(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("second-instance"))));
        QCOMPARE(second.serviceName(),
                 MprisService::kServiceName +
                     QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid()));
    }
};

QTEST_GUILESS_MAIN(TestMpris)
#include "tst_mpris.moc"
