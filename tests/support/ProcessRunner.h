#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace soundalike::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
};

// Runs soundalike-cli (the real binary under test) with `input` on its standard input and waits for it.
ProcessResult runCli(const QStringList& arguments, int timeoutMs = 120000, const QByteArray& input = {});

} // namespace soundalike::test
