#pragma once

#include "app/cli/TerminalOutput.h"
#include "core/common/FilePath.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>
#include <stdexcept>

namespace soundalike::cli {

// Bad command-line usage: reported on stderr with exit code 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// An argument's exact bytes (see rawArgument); throws UsageError when they cannot be recovered.
FilePath exactArgument(const QString& argument);

// What a running command needs: its parsed options, the library database's path, and the output channel.
class CliContext
{
public:
    // `libraryMustExist`: the command only reads a library (CliCommand::needsLibrary).
    CliContext(QCommandLineParser& parser, bool libraryMustExist);
    ~CliContext();

    QCommandLineParser& options() { return m_parser; }
    const QCommandLineParser& options() const { return m_parser; }
    QStringList positional() const;
    bool json() const { return m_json; }
    // Throws when the library must exist and there is no database at the path. Ask on the command's own
    // thread: a worker would turn the message into an unhandled exception.
    const QString& databasePath() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonObject& object);

    int intOption(const QString& name, int fallback, int min, int max) const;
    // A finite number from min to max ("nan" reads as a number to Qt, and compares false with both bounds);
    // `usage` is the message for anything else.
    double numberOption(const QString& name, double fallback, double min, double max,
                        const char* usage) const;

private:
    QCommandLineParser& m_parser;
    QString m_databasePath;
    bool m_libraryMustExist;
    bool m_json = false;
    TerminalOutput m_stdout;
    TerminalOutput m_stderr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace soundalike::cli
