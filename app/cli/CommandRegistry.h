#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace soundalike::cli {

// Finds the sub-command in the arguments, parses its options and runs it, mapping failures to exit codes:
// 0 success, 1 error (one line on stderr), 2 bad usage.
class CommandRegistry
{
public:
    void add(std::unique_ptr<CliCommand> command);
    int run(const QStringList& arguments);

private:
    const CliCommand* find(const QString& name) const;
    int runCommand(const CliCommand& command, const QStringList& arguments);
    QString overview() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace soundalike::cli
