#pragma once

#include <QCommandLineParser>
#include <QString>

namespace soundalike::cli {

class CliContext;

// One `soundalike-cli` sub-command. Commands add their own options; --db, --json and --help are common.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // The arguments after the options, as shown in the usage line (e.g. "FOLDER...").
    virtual QString arguments() const { return {}; }
    virtual void addOptions(QCommandLineParser& parser) const { Q_UNUSED(parser); }
    // False for the commands that make the library database (scan, import) or do without one (describe,
    // version). The others only read it and are refused when it does not exist.
    virtual bool needsLibrary() const { return true; }
    virtual int run(CliContext& context) const = 0;
};

} // namespace soundalike::cli
