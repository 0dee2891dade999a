#include "ui/desktop/LaunchRequest.h"

#include "core/common/FileUrl.h"
#include "core/common/RawArgument.h"
#include "core/common/RawPath.h"

#include <QCommandLineParser>
#include <QDataStream>
#include <QIODevice>
#include <QRegularExpression>
#include <QUrl>

#include <array>
#include <sys/stat.h>
#include <utility>

namespace soundalike {

namespace {

constexpr quint32 kMagic = 0x534e444c; // "SNDL"
constexpr quint32 kVersion = 2;        // 2: paths as raw bytes
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
        tr("Audio files or folders to play (and offer as seeds), or an M3U playlist to "
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
            request.paths.push_back(resolve(argument, workingDirectory));
    }
    return request;
}

FilePath LaunchRequest::resolve(const QString& argument, const QString& workingDirectory)
{
    const FilePath raw = rawArgument(argument).value_or(toFilePath(argument));
    const FilePath path = RawPath::isAbsolute(raw)
                              ? RawPath::normal(raw)
                              : RawPath::normal(toFilePath(workingDirectory) + '/' + raw);
    // File managers pass file:// URLs for %U. A name that merely looks like a URL ("Live: Side A.mp3") is a
    // file when one exists by that name.
    static const QRegularExpression url(QStringLiteral("^(file:|[A-Za-z][A-Za-z0-9+.-]*://)"),
                                        QRegularExpression::CaseInsensitiveOption);
    struct stat st
    {};
    if (!url.match(argument).hasMatch() || ::stat(path.c_str(), &st) == 0)
        return path;
    if (const std::optional<FilePath> local = filePathOf(QUrl(argument)))
        return RawPath::normal(*local);
    return toFilePath(argument);
}

QByteArray LaunchRequest::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    QList<QByteArray> raw;
    for (const FilePath& path : paths)
        raw << QByteArray::fromStdString(path);
    out << kMagic << kVersion << qint32(command) << raw;
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
    QList<QByteArray> raw;
    in >> magic >> version >> command >> raw;
    for (const QByteArray& path : raw)
        request.paths.push_back(path.toStdString());
    if (in.status() != QDataStream::Ok || !in.atEnd() || magic != kMagic || version != kVersion ||
        command < qint32(Command::None) || command > qint32(Command::Quit))
        return std::nullopt;
    request.command = Command(command);
    return request;
}

} // namespace soundalike
