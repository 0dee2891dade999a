#include "core/common/AppPaths.h"
#include "ui/MainWindow.h"

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Soundalike: playlists of similar songs from your own music."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Library database to open."),
                                QStringLiteral("PATH"), soundalike::AppPaths::defaultDatabasePath());
    parser.addOption(db);
    parser.process(app);

    soundalike::MainWindow window(parser.value(db));
    window.show();
    return QApplication::exec();
}
