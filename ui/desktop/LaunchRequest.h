#pragma once

#include "core/common/FilePath.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

class QCommandLineParser;

namespace soundalike {

// What one start of `soundalike` asks for: files to open (from the command line, a file manager's "Open
// with", or MPRIS OpenUri) and a transport command (the desktop file's actions). A second start for the same
// library sends it to the running window, so everything here is resolved first: relative paths against the
// sender's working folder, file:// URLs to paths.
class LaunchRequest
{
    Q_DECLARE_TR_FUNCTIONS(LaunchRequest)

public:
    enum class Command : qint32
    {
        None,
        PlayPause,
        Next,
        Previous,
        Quit
    };

    Command command = Command::None;
    // Absolute local paths as raw bytes (a name that is not UTF-8 still opens); URLs of other schemes as
    // given (reported when opened).
    std::vector<FilePath> paths;

    bool isEmpty() const { return command == Command::None && paths.empty(); }
    bool operator==(const LaunchRequest&) const = default;

    // The command options and the FILE arguments.
    static void addOptions(QCommandLineParser& parser);
    // `error` says why the arguments make no request (e.g. two commands at once).
    static LaunchRequest fromParser(const QCommandLineParser& parser, const QString& workingDirectory,
                                    QString* error);
    static LaunchRequest open(const QStringList& arguments, const QString& workingDirectory);
    // A path or a file:// URL as an absolute, clean path of the argument's exact bytes; another URL
    // unchanged.
    static FilePath resolve(const QString& argument, const QString& workingDirectory);

    // For the single-instance socket: versioned, and decode() refuses anything it did not write.
    QByteArray encode() const;
    static std::optional<LaunchRequest> decode(const QByteArray& bytes);
};

} // namespace soundalike
