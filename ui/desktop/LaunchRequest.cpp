#include "ui/desktop/LaunchRequest.h"

#include <QCommandLineParser>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>
#include <QUrl>

#include <array>
#include <utility>

namespace soundalike {

namespace {

constexpr quint32 kMagic = 0x534e444c; // "SNDL"
constexpr quint32 kVersion = 1;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

const std::array<std::pair<const char*, LaunchRequest::Command>, 4> kCommands{{
    {"play-pause", LaunchRequest::Command::PlayPause},
    {"next", LaunchRequest::Command::Next},
    {"previous", LaunchRequest::Command::Previous},
    {"quit", LaunchRequest::Command::Quit},
}};

} // namespace

void LaunchRequest::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("play-pause"), tr("Play or pause in the running Soundalike.")});
    parser.addOption({QStringLiteral("next"), tr("Skip to the next track in the running Soundalike.")});
    parser.addOption(
        {QStringLiteral("previous"), tr("Go back to the previous track in the running Soundalike.")});
    parser.addOption({QStringLiteral("quit"), tr("Quit the running Soundalike.")});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        tr("mp3 files or folders to play (and offer as seeds), or an M3U playlist to "
           "load. Paths or file:// URLs."),
        tr("[FILE...]"));
}

LaunchRequest LaunchRequest::fromParser(const QCommandLineParser& parser, const QString& workingDirectory,
                                        QString* error)
{
    LaunchRequest request = open(parser.positionalArguments(), workingDirectory);
    for (const auto& [name, command] : kCommands) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        if (request.command != Command::None) {
            *error = tr("Give only one of --play-pause, --next, --previous and --quit.");
            return {};
        }
        request.command = command;
    }
    return request;
}

LaunchRequest LaunchRequest::open(const QStringList& arguments, const QString& workingDirectory)
{
    LaunchRequest request;
    for (const QString& argument : arguments) {
        if (!argument.isEmpty())
            request.paths << resolve(argument, workingDirectory);
    }
    return request;
}

QString LaunchRequest::resolve(const QString& argument, const QString& workingDirectory)
{
    const QString path = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(argument));
    // File managers pass file:// URLs for %U. A name that merely looks like a URL ("Live: Side A.mp3") is a
    // file when one exists by that name.
    static const QRegularExpression url(QStringLiteral("^(file:|[A-Za-z][A-Za-z0-9+.-]*://)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!url.match(argument).hasMatch() || QFileInfo::exists(path))
        return path;
    const QUrl parsed(argument);
    return parsed.isLocalFile() ? QDir::cleanPath(parsed.toLocalFile()) : argument;
}

QByteArray LaunchRequest::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << kVersion << qint32(command) << paths;
    return bytes;
}

std::optional<LaunchRequest> LaunchRequest::decode(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 command = 0;
    LaunchRequest request;
    in >> magic >> version >> command >> request.paths;
    if (in.status() != QDataStream::Ok || !in.atEnd() || magic != kMagic || version != kVersion ||
        command < qint32(Command::None) || command > qint32(Command::Quit))
        return std::nullopt;
    request.command = Command(command);
    return request;
}

} // namespace soundalike
