#include "app/cli/CommandRegistry.h"

#include "app/cli/CliContext.h"
#include "app/cli/TerminalOutput.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace soundalike::cli {

namespace {

constexpr int kError = 1;
constexpr int kUsage = 2;

// The command is the first argument that is neither an option nor the value of --db.
QString commandName(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

int fail(int code, const QString& message)
{
    TerminalOutput err(stderr);
    QTextStream(&err) << "soundalike-cli: " << message << '\n';
    return code;
}

} // namespace

void CommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

const CliCommand* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::overview() const
{
    QString text =
        QStringLiteral("Usage: soundalike-cli COMMAND [options]\n\n"
                       "Soundalike's command-line tool: scan a music library, inspect it, and make "
                       "playlists of similar songs.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    text +=
        QStringLiteral("\nEvery command takes --db PATH (the library database), --json (one JSON object on "
                       "stdout) and --help.\n");
    return text;
}

int CommandRegistry::run(const QStringList& arguments)
{
    const QString name = commandName(arguments);
    if (name.isEmpty()) {
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            QTextStream(stdout) << overview();
            return 0;
        }
        if (arguments.contains(QLatin1String("--version"))) {
            QTextStream(stdout) << "soundalike-cli " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        QTextStream(stderr) << overview();
        return kUsage;
    }
    const CliCommand* command = find(name);
    if (!command)
        return fail(kUsage, QStringLiteral("unknown command '%1' (see soundalike-cli --help)").arg(name));
    return runCommand(*command, arguments);
}

int CommandRegistry::runCommand(const CliCommand& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.addPositionalArgument(command.name(), command.summary(), command.name());
    if (!command.arguments().isEmpty())
        parser.addPositionalArgument(QStringLiteral("arguments"), QString(), command.arguments());
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Library database (default: %1).")
                          .arg(QStringLiteral("~/.local/share/soundalike/library.db")),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object on stdout.")});
    parser.addOption({QStringLiteral("verbose"),
                      QStringLiteral("Print what each part of Soundalike does on stderr (debug log).")});
    const QCommandLineOption help = parser.addHelpOption();
    command.addOptions(parser);
    if (!parser.parse(arguments))
        return fail(kUsage, parser.errorText());
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started from; the usage line shows the command to type.
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0),
                     QStringLiteral("Usage: soundalike-cli"));
        QTextStream(stdout) << text;
        return 0;
    }
    if (parser.isSet(QStringLiteral("verbose")))
        enableVerboseLogging();
    // An argument a command has no use for was meant for something ("map out.png" for --png): said, not
    // ignored with success.
    if (const QStringList extra = parser.positionalArguments().mid(1);
        command.arguments().isEmpty() && !extra.isEmpty())
        return fail(kUsage, QStringLiteral("%1 takes no arguments (given: %2); see soundalike-cli %1 --help")
                                .arg(command.name(), extra.join(QLatin1Char(' '))));
    try {
        CliContext context(parser, command.needsLibrary());
        return command.run(context);
    } catch (const UsageError& e) {
        return fail(kUsage, QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        return fail(kError, QString::fromStdString(e.what()));
    }
}

} // namespace soundalike::cli
