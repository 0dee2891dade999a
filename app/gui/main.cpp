#include "core/common/AppPaths.h"
#include "core/common/DesktopId.h"
#include "core/common/Logging.h"
#include "core/service/Settings.h"
#include "ui/MainWindow.h"
#include "ui/UiLanguage.h"
#include "ui/desktop/LaunchActions.h"
#include "ui/desktop/LaunchRequest.h"
#include "ui/desktop/MprisBridge.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/desktop/SongNotifier.h"
#include "ui/desktop/TerminationSignals.h"
#include "ui/desktop/TrayIcon.h"
#include "ui/mpris/MprisService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>

#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace soundalike;
    // GStreamer is the Qt 6.4 default on Debian; the ffmpeg backend crashes on machines without an audio
    // device, so it is never picked by accident.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("soundalike"));
    QApplication::setApplicationDisplayName(QStringLiteral("Soundalike"));
    QApplication::setApplicationVersion(QStringLiteral(SOUNDALIKE_VERSION));
    QApplication::setDesktopFileName(desktopId());
    // Before any text is made, --help included. A language chosen in the settings wins over the system's.
    const UiLanguage language(
        UiLanguage::choose(Settings(AppPaths::defaultSettingsPath()).language(), QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Soundalike: playlists of similar songs from your own music."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Library database to open."),
                                QCoreApplication::translate("main", "PATH"), AppPaths::defaultDatabasePath());
    parser.addOption(db);
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main",
                                    "Print what each part of Soundalike does on stderr (debug log)."));
    parser.addOption(verbose);
    LaunchRequest::addOptions(parser);
    parser.process(app);
    if (parser.isSet(verbose))
        enableVerboseLogging();
    QString error;
    const LaunchRequest request = LaunchRequest::fromParser(parser, QDir::currentPath(), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    // A library already open in a window gets the request there; this start ends.
    SingleInstance instance(parser.value(db));
    if (instance.handOverOrListen(request) || request.command == LaunchRequest::Command::Quit)
        return 0;

    MainWindow window(parser.value(db));
    const TerminationSignals termination(window);
    LaunchActions actions(window);
    const TrayIcon tray(window, actions);
    QObject::connect(&instance, &SingleInstance::requestReceived, &actions, &LaunchActions::carryOut);
    MprisService mpris(window.player(), window.playlist());
    MprisBridge::connect(mpris, window, actions);
    mpris.registerOn(QDBusConnection::sessionBus());
    const SongNotifier notifier(
        window.player(),
        [&window] {
            // A minimised window can stay the active one when no other window takes the focus.
            const bool inFront = window.isActiveWindow() && !window.isMinimized();
            return window.settings().songNotifications() && !inFront;
        },
        QDBusConnection::sessionBus());
    QObject::connect(&notifier, &SongNotifier::raiseRequested, &actions, &LaunchActions::raise);
    window.show();
    actions.carryOut(request);
    return QApplication::exec();
}
