#include "core/playback/Player.h"
#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "tests/support/PlaybackBackend.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "tests/ui/WindowSettling.h"
#include "ui/MainWindow.h"
#include "ui/PlaybackMenu.h"
#include "ui/SleepTimerMenu.h"
#include "ui/UiLanguage.h"
#include "ui/desktop/LaunchActions.h"
#include "ui/desktop/TrayIcon.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

// The tray host (tests/support/TrayHost.cpp), a process of its own on the test's private session bus.
pid_t g_host = -1;

bool startTrayHost()
{
    int ready[2];
    if (::pipe(ready) != 0)
        return false;
    g_host = ::fork();
    if (g_host == 0) {
        ::dup2(ready[1], STDOUT_FILENO);
        ::close(ready[0]);
        ::close(ready[1]);
        ::execl(SOUNDALIKE_TRAY_HOST, SOUNDALIKE_TRAY_HOST, static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(ready[1]);
    char line[16] = {};
    const ssize_t got = g_host > 0 ? ::read(ready[0], line, sizeof line - 1) : -1;
    ::close(ready[0]);
    return got > 0 && QByteArray(line).startsWith("ready");
}

void stopTrayHost()
{
    if (g_host <= 0)
        return;
    ::kill(g_host, SIGTERM);
    ::waitpid(g_host, nullptr, 0);
}

// The desktop's side of the icon: its StatusNotifierItem, reached as the tray host reaches it, from a
// connection of its own. Calls wait with the GUI running, since the item answers from this very process.
class TrayItem
{
public:
    TrayItem() : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("host"))) {}

    // The services registered with the tray host.
    QStringList registered() const
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.kde.StatusNotifierWatcher")
            << QStringLiteral("RegisteredStatusNotifierItems");
        const QDBusMessage reply = m_bus.call(get, QDBus::BlockWithGui);
        return reply.arguments().value(0).value<QDBusVariant>().variant().toStringList();
    }

    QDBusMessage call(const QString& method)
    {
        // Not through QDBusInterface, whose introspection would wait for this process without running it.
        QDBusMessage click =
            QDBusMessage::createMethodCall(registered().value(0), QStringLiteral("/StatusNotifierItem"),
                                           QStringLiteral("org.kde.StatusNotifierItem"), method);
        click << 0 << 0;
        return m_bus.call(click, QDBus::BlockWithGui);
    }

    // The tooltip's title and text, as a tray shows it on hover.
    QString toolTip()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            registered().value(0), QStringLiteral("/StatusNotifierItem"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.kde.StatusNotifierItem") << QStringLiteral("ToolTip");
        const QDBusMessage reply = m_bus.call(get, QDBus::BlockWithGui);
        const auto tip = reply.arguments().value(0).value<QDBusVariant>().variant().value<QDBusArgument>();
        QString icon, title, text;
        tip.beginStructure();
        tip >> icon;
        tip.beginArray();
        while (!tip.atEnd()) {
            int width = 0, height = 0;
            QByteArray pixels;
            tip.beginStructure();
            tip >> width >> height >> pixels;
            tip.endStructure();
        }
        tip.endArray();
        tip >> title >> text;
        tip.endStructure();
        return text.isEmpty() ? title : title + QLatin1Char('\n') + text;
    }

private:
    QDBusConnection m_bus;
};

} // namespace

// The icon in the desktop's tray, through the StatusNotifierItem protocol a tray host speaks (the host runs
// in a process of its own on the test's private session bus, the window on a real X server): a click shows
// and hides the window, a middle click plays and pauses, the tooltip names the song, the menu follows the
// player, and closing the window keeps the app in the tray only when asked and only while a tray shows the
// icon.
class TestTrayIcon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_scanned;

    struct TrayWindow
    {
        explicit TrayWindow(const ScannedDemoLibrary::Copy& copy)
            : speaking(QStringLiteral("en")), window(copy.db, copy.settings), actions(window),
              tray(window, actions)
        {
            window.show();
            waitUntilSettled(window);
        }

        void play(const QString& title)
        {
            const auto catalog = window.library().catalog();
            window.player().playNow({{*catalog->find(idOf(*catalog, title)), -1, 0, {}}});
        }

        const UiLanguage speaking;
        MainWindow window;
        LaunchActions actions;
        TrayIcon tray;
    };

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("The tray needs an X server: CTest runs this test under xvfb-run.");
        if (g_host <= 0)
            QSKIP("No tray host on a session bus: CTest runs this test under dbus-run-session.");
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
        QVERIFY(m_scanned.prepare(m_dir.filePath(QStringLiteral("scanned"))));
    }

    void aClickShowsAndHidesTheWindowAndAMiddleClickPlays()
    {
        TrayWindow app(m_scanned.freshCopy());
        QVERIFY(app.tray.isShown());
        TrayItem item;
        QTRY_COMPARE_WITH_TIMEOUT(item.registered().size(), 1, 5000);
        QCOMPARE(item.toolTip(), QStringLiteral("Soundalike"));

        QCOMPARE(item.call(QStringLiteral("Activate")).type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY(!app.window.isVisible());
        QCOMPARE(item.call(QStringLiteral("Activate")).type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY(app.window.isVisible());

        app.play(QStringLiteral("Afterglow"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window.player().isPlaying(), 10000);
        const Track song = *app.window.player().track();
        QCOMPARE(item.toolTip(), song.title + QLatin1Char('\n') + song.artist);
        QCOMPARE(item.call(QStringLiteral("SecondaryActivate")).type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.player().isPlaying(), 5000);
        QCOMPARE(item.toolTip(), song.title + QLatin1Char('\n') + song.artist + QStringLiteral("\nPaused"));
        QCOMPARE(item.call(QStringLiteral("SecondaryActivate")).type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY_WITH_TIMEOUT(app.window.player().isPlaying(), 5000);
        app.window.player().stop();
    }

    void theMenuFollowsThePlayerAndTheWindow()
    {
        TrayWindow app(m_scanned.freshCopy());
        QMenu* menu = app.tray.menu();
        const auto entry = [menu](const QString& text) -> QAction* {
            for (QAction* action : menu->actions())
                if (action->text() == text)
                    return action;
            return nullptr;
        };
        emit menu->aboutToShow();
        // The Playback menu's sleep timer itself, so that both menus show the one timer.
        QVERIFY(menu->actions().contains(app.window.playbackMenu()->sleepTimer()->menu()->menuAction()));
        QVERIFY(entry(QStringLiteral("Play")));
        QVERIFY(entry(QStringLiteral("Hide Soundalike")));
        entry(QStringLiteral("Hide Soundalike"))->trigger();
        QVERIFY(!app.window.isVisible());
        emit menu->aboutToShow();
        entry(QStringLiteral("Show Soundalike"))->trigger();
        QVERIFY(app.window.isVisible());

        app.play(QStringLiteral("Afterglow"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window.player().isPlaying(), 10000);
        QVERIFY(entry(QStringLiteral("Pause")));
        entry(QStringLiteral("Pause"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.player().isPlaying(), 5000);
        entry(QStringLiteral("Play"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(app.window.player().isPlaying(), 5000);
        entry(QStringLiteral("Stop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window.player().isPlaying(), 5000);
    }

    // Closing quits, as it always did, unless the listener asked otherwise; then it hides the window, once
    // saying where it went, and File ▸ Quit still quits.
    void closingKeepsTheAppInTheTrayOnlyWhenAsked()
    {
        {
            TrayWindow app(m_scanned.freshCopy());
            QVERIFY(!app.tray.keepsRunningWhenClosed());
            QVERIFY(app.window.close());
        }
        TrayWindow app(m_scanned.freshCopy());
        app.window.settings().setKeepRunningInTray(true);
        QVERIFY(app.tray.keepsRunningWhenClosed());
        QSignalSpy hidden(&app.window, &MainWindow::hiddenOnClose);
        QVERIFY(!app.window.close());
        QVERIFY(!app.window.isVisible());
        QCOMPARE(hidden.count(), 1);
        app.actions.raise();
        QVERIFY(app.window.isVisible());

        // With the icon turned off there is nothing to come back from: closing quits.
        app.window.settings().setTrayIcon(false);
        app.window.application().applySettings();
        QVERIFY(!app.tray.isShown());
        QVERIFY(!app.tray.keepsRunningWhenClosed());
        app.window.settings().setTrayIcon(true);
        app.window.application().applySettings();
        QVERIFY(app.tray.keepsRunningWhenClosed());

        // Quit ends it, whatever closing would do.
        app.window.quit();
        QVERIFY(!app.window.isVisible());
        QCOMPARE(hidden.count(), 1);
    }
};

int main(int argc, char* argv[])
{
    // A desktop's tray host is there before its apps start, and Qt picks a tray as the application starts.
    const bool hosted = startTrayHost();
    if (!hosted)
        g_host = -1;
    int failed = 0;
    {
        QApplication app(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Soundalike"));
        TestTrayIcon test;
        failed = QTest::qExec(&test, argc, argv);
    }
    stopTrayHost();
    return failed;
}

#include "tst_trayicon.moc"
