#include "tests/support/ProcessRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace soundalike::test {

QJsonObject ProcessResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProcessResult runCli(const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(SOUNDALIKE_CLI), arguments);
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

} // namespace soundalike::test
