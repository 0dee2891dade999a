#include "core/library/LibraryScanner.h"
#include "core/playback/Player.h"
#include "core/playback/Playlist.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryQueries.h"
#include "core/service/Settings.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "core/service/playlists/SavedPlaylists.h"
#include "tests/support/DesktopPlayback.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/MprisClient.h"
#include "tests/support/PlaylistEntries.h"
#include "ui/MainWindow.h"
#include "ui/desktop/LaunchActions.h"
#include "ui/desktop/MprisBridge.h"
#include "ui/mpris/MprisPlaylistTypes.h"
#include "ui/mpris/MprisService.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace soundalike;
using namespace soundalike::test;

namespace {

const QString kPlaylists = QStringLiteral("org.mpris.MediaPlayer2.Playlists");

QStringList namesOf(const QList<MprisPlaylist>& playlists)
{
    QStringList names;
    for (const MprisPlaylist& p : playlists)
        names << p.name;
    return names;
}

} // namespace

// org.mpris.MediaPlayer2.Playlists over a real session bus (the test runs under dbus-run-session), driven
// from a second connection the way a desktop widget does, over the real window wired as the app wires it
// (MprisBridge): saved playlists listed, one activated and played, the active one and every change announced.
class TestMprisPlaylists : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scannedDb;
    int m_case = 0;
    std::int64_t m_morning = 0;
    std::int64_t m_alpha = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LaunchActions> m_actions;
    std::unique_ptr<MprisService> m_mpris;
    std::unique_ptr<MprisClient> m_client;
    QList<QVariantMap> m_announced; // PropertiesChanged of the Playlists interface
    QList<MprisPlaylist> m_changed; // PlaylistChanged

    QVariant get(const QString& property) { return m_client->get(kPlaylists, property); }

    MprisMaybePlaylist active()
    {
        return qdbus_cast<MprisMaybePlaylist>(get(QStringLiteral("ActivePlaylist")));
    }

    QList<MprisPlaylist> playlists(uint index, uint count, const QString& order, bool reverse = false)
    {
        const QDBusMessage reply =
            m_client->call(kPlaylists, QStringLiteral("GetPlaylists"), {index, count, order, reverse});
        return reply.arguments().isEmpty() ? QList<MprisPlaylist>()
                                           : qdbus_cast<QList<MprisPlaylist>>(reply.arguments().at(0));
    }

    QStringList playlistTitles() const { return titlesOf(m_window->playlist().entries()); }

    bool announcedActive(const QString& name) const
    {
        for (const QVariantMap& changed : m_announced) {
            if (!changed.contains(QStringLiteral("ActivePlaylist")))
                continue;
            const auto maybe =
                qdbus_cast<MprisMaybePlaylist>(changed.value(QStringLiteral("ActivePlaylist")));
            if (maybe.valid && maybe.playlist.name == name)
                return true;
        }
        return false;
    }

public slots:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList&)
    {
        if (interface == kPlaylists)
            m_announced << changed;
    }

    void onPlaylistChanged(const QDBusMessage& message)
    {
        m_changed << qdbus_cast<MprisPlaylist>(message.arguments().at(0));
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = desktopPlaybackMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        registerMprisPlaylistTypes();
        AudioSpec spec;
        spec.seconds = 5;
        for (const char* title : {"Dawn", "Noon", "Dusk"}) {
            spec.frequency += 90;
            QVERIFY(writeMp3(m_dir.filePath(QStringLiteral("Music/%1.mp3").arg(QLatin1String(title))), spec,
                             songTags(QLatin1String(title), QStringLiteral("Band"))));
        }
        m_scannedDb = m_dir.filePath(QStringLiteral("scanned.db"));
        LibraryScanner(m_scannedDb).scan({m_dir.filePath(QStringLiteral("Music"))});
        m_client = std::make_unique<MprisClient>(QStringLiteral("mpris-playlists-test-client"));
        QVERIFY(m_client->isConnected());
    }

    void init()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_case));
        QDir().mkpath(folder);
        const QString db = folder + QStringLiteral("/library.db");
        QVERIFY(QFile::copy(m_scannedDb, db));
        {
            std::vector<Track> tracks = LibraryQueries(db).tracks({});
            const auto entry = [&](const QString& title) {
                const auto it = std::find_if(tracks.begin(), tracks.end(),
                                             [&](const Track& t) { return t.title == title; });
                return PlaylistEntry{*it, -1, 0, {}};
            };
            SavedPlaylists saved(db);
            m_morning = saved.save(QStringLiteral("Morning"),
                                   {entry(QStringLiteral("Dusk")), entry(QStringLiteral("Dawn"))});
            m_alpha = saved.save(QStringLiteral("Alpha"), {entry(QStringLiteral("Noon"))});
        }
        Settings settings(folder + QStringLiteral("/settings.conf"));
        settings.setRescanOnStart(false);
        settings.sync();

        m_window = std::make_unique<MainWindow>(db, folder + QStringLiteral("/settings.conf"));
        m_actions = std::make_unique<LaunchActions>(*m_window);
        m_mpris = std::make_unique<MprisService>(m_window->player(), m_window->playlist());
        MprisBridge::connect(*m_mpris, *m_window, *m_actions);
        QVERIFY(m_mpris->registerOn(QDBusConnection::sessionBus()));
        m_window->show();
        QTRY_VERIFY(m_window->application().savedPlaylists().isLoaded());
        m_announced.clear();
        m_changed.clear();
        m_client->setService(m_mpris->serviceName());
        QVERIFY(m_client->subscribe(MprisClient::kProperties, QStringLiteral("PropertiesChanged"), this,
                                    SLOT(onPropertiesChanged(QString, QVariantMap, QStringList))));
        QVERIFY(m_client->subscribe(kPlaylists, QStringLiteral("PlaylistChanged"), this,
                                    SLOT(onPlaylistChanged(QDBusMessage))));
    }

    void cleanup()
    {
        m_client->unsubscribeAll();
        m_mpris.reset();
        m_actions.reset();
        m_window.reset();
    }

    void countOrderingsAndTypesAsTheSpecificationSays()
    {
        QCOMPARE(get(QStringLiteral("PlaylistCount")).toUInt(), 2u);
        QCOMPARE(get(QStringLiteral("Orderings")).toStringList(),
                 (QStringList{"Alphabetical", "CreationDate", "ModifiedDate"}));
        QVERIFY(!active().valid);
        const QDBusMessage xml = m_client->call(QStringLiteral("org.freedesktop.DBus.Introspectable"),
                                                QStringLiteral("Introspect"));
        const QString text = xml.arguments().value(0).toString();
        QVERIFY(text.contains(QLatin1String("<interface name=\"org.mpris.MediaPlayer2.Playlists\">")));
        QVERIFY2(text.contains(
                     QLatin1String("<property name=\"ActivePlaylist\" type=\"(b(oss))\" access=\"read\"")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("<property name=\"PlaylistCount\" type=\"u\" access=\"read\"")));
        QVERIFY(text.contains(QLatin1String("<arg name=\"playlistId\" type=\"o\" direction=\"in\"/>")));
        QVERIFY(text.contains(QLatin1String("<arg type=\"a(oss)\" direction=\"out\"/>")));
        QVERIFY(text.contains(QLatin1String("<signal name=\"PlaylistChanged\">")));
    }

    void playlistsArePagedAndOrdered()
    {
        QList<MprisPlaylist> all = playlists(0, 100, QStringLiteral("Alphabetical"));
        QCOMPARE(namesOf(all), (QStringList{"Alpha", "Morning"}));
        QCOMPARE(all[1].id.path(),
                 QStringLiteral("/io/github/soundalike/Soundalike/playlist/%1").arg(m_morning));
        QCOMPARE(all[0].icon, QString());
        QCOMPARE(namesOf(playlists(0, 100, QStringLiteral("Alphabetical"), true)),
                 (QStringList{"Morning", "Alpha"}));
        QCOMPARE(namesOf(playlists(0, 100, QStringLiteral("CreationDate"))),
                 (QStringList{"Morning", "Alpha"}));
        QCOMPARE(namesOf(playlists(1, 1, QStringLiteral("Alphabetical"))), QStringList{"Morning"});
        QCOMPARE(namesOf(playlists(0, 1, QStringLiteral("ModifiedDate"), true)), QStringList{"Alpha"});
        QVERIFY(playlists(5, 10, QStringLiteral("Alphabetical")).isEmpty());
    }

    // ActivatePlaylist plays it in the window, as the sidebar's Play does; the active playlist follows, and
    // what changes afterwards (a new playlist, a rename) is announced.
    void activatingAPlaylistPlaysItAndAnnouncesIt()
    {
        QCOMPARE(m_client
                     ->call(kPlaylists, QStringLiteral("ActivatePlaylist"),
                            {QVariant::fromValue(MprisPlaylist::pathOf(m_morning))})
                     .type(),
                 QDBusMessage::ReplyMessage);
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), (QStringList{"Dusk", "Dawn"}), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->player().isPlaying(), 5000);
        QCOMPARE(m_window->player().track()->title, QStringLiteral("Dusk"));
        const MprisMaybePlaylist now = active();
        QVERIFY(now.valid);
        QCOMPARE(now.playlist.name, QStringLiteral("Morning"));
        QCOMPARE(MprisPlaylist::idOf(now.playlist.id), m_morning);
        QTRY_VERIFY(announcedActive(QStringLiteral("Morning")));

        PlaylistLibrary& library = m_window->application().savedPlaylists();
        library.save(QStringLiteral("Evening"), {}, std::nullopt, false, nullptr, {});
        QTRY_VERIFY(std::any_of(m_announced.begin(), m_announced.end(), [](const QVariantMap& changed) {
            return changed.value(QStringLiteral("PlaylistCount")).toUInt() == 3;
        }));
        library.rename(m_morning, QStringLiteral("Sunrise"));
        QTRY_COMPARE(m_changed.size(), 1);
        QCOMPARE(m_changed.front().name, QStringLiteral("Sunrise"));
        QCOMPARE(MprisPlaylist::idOf(m_changed.front().id), m_morning);
        QTRY_VERIFY(announcedActive(QStringLiteral("Sunrise")));

        // Another list replaces it (playing the other saved one): that one is active now.
        m_client->call(kPlaylists, QStringLiteral("ActivatePlaylist"),
                       {QVariant::fromValue(MprisPlaylist::pathOf(m_alpha))});
        QTRY_COMPARE_WITH_TIMEOUT(playlistTitles(), QStringList{"Noon"}, 10000);
        QTRY_COMPARE(active().playlist.name, QStringLiteral("Alpha"));
    }

    void anUnknownPlaylistIsIgnored()
    {
        m_client->call(kPlaylists, QStringLiteral("ActivatePlaylist"),
                       {QVariant::fromValue(QDBusObjectPath(
                           QStringLiteral("/io/github/soundalike/Soundalike/playlist/999")))});
        m_client->call(kPlaylists, QStringLiteral("ActivatePlaylist"),
                       {QVariant::fromValue(QDBusObjectPath(QStringLiteral("/x")))});
        QTest::qWait(300);
        QVERIFY(m_window->playlist().isEmpty());
        QVERIFY(!active().valid);
    }
};
QTEST_MAIN(TestMprisPlaylists)
#include "tst_mprisplaylists.moc"
