#include "core/common/FilePath.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "tests/support/DesktopPlayback.h"
#include "tests/support/Mp3Fixture.h"
#include "ui/desktop/SongNotifier.h"

#include <QBuffer>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

namespace {

Track songAt(const QString& path, std::int64_t id, const QString& title, const QString& artist,
             const QString& album = {})
{
    Track track;
    track.id = id;
    track.path = toFilePath(path);
    track.title = title;
    track.artist = artist;
    track.album = album;
    return track;
}

} // namespace

// The desktop's notification service, as the freedesktop specification has it, on a connection of its own
// to the test's private session bus: it keeps what it is asked to show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint replaces;
        QString icon, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString&, uint replaces, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int)
    {
        shown.append({replaces, icon, summary, body, actions, hints});
        return 40 + uint(shown.size());
    }
};

// Each new song is told to the desktop with its title, artist, album and cover, one notification replacing
// the last; a pause and resume tells nothing, and nothing is told when not wanted. A real Player plays real
// mp3 files; the notifications travel over a real session bus (the test runs under dbus-run-session).
class TestSongNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_cover;
    Track m_first;
    Track m_second;

    static inline const QString kServerConnection = QStringLiteral("notifications");

    // Puts `server` on the bus as the desktop's notification service, on a connection of its own; the same
    // connection for every test, since the service name stays with the connection that first took it.
    [[nodiscard]] static bool serve(NotificationServer& server)
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kServerConnection);
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                  QDBusConnection::ExportAllSlots) &&
               bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = desktopPlaybackMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(QColor(30, 160, 90));
        QBuffer buffer(&m_cover);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        AudioSpec spec;
        spec.seconds = 4;
        Tags first = songTags(QStringLiteral("Rock & Roll <Live>"), QStringLiteral("Sam & Dave"));
        first.album = QStringLiteral("Hits");
        first.cover = m_cover;
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("a/one.mp3")), spec, first));
        spec.frequency = 550;
        QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("b/two.mp3")), spec,
                         songTags(QStringLiteral("Second Song"), QStringLiteral("Band"))));
        m_first =
            songAt(m_dir.filePath(QStringLiteral("a/one.mp3")), 1, first.title, first.artist, first.album);
        m_second = songAt(m_dir.filePath(QStringLiteral("b/two.mp3")), 2, QStringLiteral("Second Song"),
                          QStringLiteral("Band"));
    }

    void eachNewSongIsToldOnce()
    {
        NotificationServer server;
        QVERIFY(serve(server));

        Playlist playlist;
        playlist.setEntries({{m_first, -1, 0, {}}, {m_second, -1, 0, {}}});
        Player player(playlist);
        bool wanted = true;
        const SongNotifier notifier(
            player, [&wanted] { return wanted; }, QDBusConnection::sessionBus());

        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 1, 5000);
        const NotificationServer::Shown first = server.shown.front();
        QCOMPARE(first.summary, QStringLiteral("Rock & Roll <Live>"));
        // The body may be read as markup: names are escaped.
        QCOMPARE(first.body, QStringLiteral("Sam &amp; Dave — Hits"));
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(first.icon, QStringLiteral("io.github.soundalike.Soundalike"));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.soundalike.Soundalike"));
        QVERIFY(first.hints.value(QStringLiteral("transient")).toBool());
        // The embedded cover, written out where the desktop can read it.
        const QUrl cover(first.hints.value(QStringLiteral("image-path")).toString());
        QVERIFY2(cover.isLocalFile(), qPrintable(cover.toString()));
        QImage shownCover;
        QVERIFY(shownCover.load(cover.toLocalFile()));
        QCOMPARE(shownCover.pixelColor(5, 5), QColor(30, 160, 90));

        // A pause and resume is the same song.
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        player.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTest::qWait(600);
        QCOMPARE(server.shown.size(), 1);

        // The next song replaces the notification; one without a cover is told without one, after a short
        // wait.
        player.next();
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 2, 5000);
        QCOMPARE(server.shown.last().summary, QStringLiteral("Second Song"));
        QCOMPARE(server.shown.last().body, QStringLiteral("Band"));
        QCOMPARE(server.shown.last().replaces, 41u);
        QVERIFY(!server.shown.last().hints.contains(QStringLiteral("image-path")));

        // Not wanted (turned off, or the window in front): nothing is told.
        wanted = false;
        player.playRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
        QTest::qWait(800);
        QCOMPARE(server.shown.size(), 2);
        player.stop();
    }

    // Its buttons work as a listener expects: Next skips (and is not offered at the last song), Pause
    // pauses, a click on the notification asks for the window; a click on a notification a later one
    // replaced does nothing. The server sends ActionInvoked on the bus, as GNOME's and KDE's do.
    void itsButtonsPauseAndSkip()
    {
        NotificationServer server;
        QVERIFY(serve(server));
        QDBusConnection serverBus(kServerConnection);
        const auto click = [&serverBus](uint id, const QString& key) {
            QDBusMessage invoked = QDBusMessage::createSignal(
                QStringLiteral("/org/freedesktop/Notifications"),
                QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
            invoked << id << key;
            QVERIFY(serverBus.send(invoked));
        };

        Playlist playlist;
        playlist.setEntries({{m_first, -1, 0, {}}, {m_second, -1, 0, {}}});
        Player player(playlist);
        SongNotifier notifier(
            player, [] { return true; }, QDBusConnection::sessionBus());
        QSignalSpy raise(&notifier, &SongNotifier::raiseRequested);

        player.playRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 1, 5000);
        QCOMPARE(server.shown.front().actions,
                 QStringList({QStringLiteral("default"), QStringLiteral("Show Soundalike"),
                              QStringLiteral("media-playback-pause"), QStringLiteral("Pause"),
                              QStringLiteral("media-skip-forward"), QStringLiteral("Next")}));
        QVERIFY(server.shown.front().hints.value(QStringLiteral("action-icons")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);

        click(41, QStringLiteral("media-skip-forward"));
        QTRY_COMPARE_WITH_TIMEOUT(player.track()->title, QStringLiteral("Second Song"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.shown.size(), 2, 5000);
        QVERIFY(!server.shown.last().actions.contains(QStringLiteral("media-skip-forward")));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);

        click(41, QStringLiteral("media-playback-pause")); // the notification replaced: nothing
        click(42, QStringLiteral("default"));
        QTRY_COMPARE_WITH_TIMEOUT(raise.count(), 1, 5000);
        QVERIFY(player.isPlaying());
        click(42, QStringLiteral("media-playback-pause"));
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
        QCOMPARE(player.track()->title, QStringLiteral("Second Song"));
        player.stop();
    }
};

QTEST_MAIN(TestSongNotifier)
#include "tst_songnotifier.moc"
