#include "tests/support/ProcessRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

namespace soundalike::test {

namespace {

ProcessResult run(const QString& program, const QStringList& arguments, int timeoutMs,
                  const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    // Closing stdin tells a command that reads it where the input ends.
    process.write(input);
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString cliProgram()
{
    return QStringLiteral(SOUNDALIKE_CLI);
}

ProcessResult runCli(const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    return run(cliProgram(), arguments, timeoutMs, input);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

ProcessResult runCliUnprivileged(const QStringList& arguments, int timeoutMs)
{
    if (!runningAsRoot())
        return runCli(arguments, timeoutMs);
    return run(QStringLiteral("setpriv"),
               QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), cliProgram()} +
                   arguments,
               timeoutMs, {});
}

} // namespace soundalike::test
