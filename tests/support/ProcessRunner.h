#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace soundalike::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
};

// The soundalike-cli of this build (the real binary under test). Its path is compiled into one file only:
// every file that held it would compile again in each fresh clone (ccache keys hold the definition).
QString cliProgram();

// Runs soundalike-cli (the real binary under test) with `input` on its standard input and waits for it.
ProcessResult runCli(const QStringList& arguments, int timeoutMs = 120000, const QByteArray& input = {});

// Permissions do not bind root. When the tests run as root this runs soundalike-cli as the unprivileged user
// nobody (through setpriv), so unreadable files and read-only databases meet the checks a user's would;
// otherwise it is runCli. Whatever it must read or write has to be open to that user.
ProcessResult runCliUnprivileged(const QStringList& arguments, int timeoutMs = 120000);
bool runningAsRoot();

} // namespace soundalike::test
