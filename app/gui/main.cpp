#include "core/common/AppPaths.h"
#include "core/service/Settings.h"
#include "ui/MainWindow.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // GStreamer is the Qt 6.4 default on Debian; the ffmpeg backend crashes on machines without an audio
    // device, so it is never picked by accident.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("soundalike"));
    QApplication::setApplicationDisplayName(QStringLiteral("Soundalike"));
    QApplication::setApplicationVersion(QStringLiteral(SOUNDALIKE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.soundalike.Soundalike"));
    // Before any text is made, --help included. A language chosen in the settings wins over the system's.
    const soundalike::UiLanguage language(soundalike::UiLanguage::choose(
        soundalike::Settings(soundalike::AppPaths::defaultSettingsPath()).language(), QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Soundalike: playlists of similar songs from your own music."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"), QCoreApplication::translate("main", "Library database to open."),
        QCoreApplication::translate("main", "PATH"), soundalike::AppPaths::defaultDatabasePath());
    parser.addOption(db);
    parser.process(app);

    soundalike::MainWindow window(parser.value(db));
    window.show();
    return QApplication::exec();
}
