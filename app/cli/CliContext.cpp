#include "app/cli/CliContext.h"

#include <cmath>

#include "core/common/AppPaths.h"
#include "core/common/RawArgument.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace soundalike::cli {

CliContext::CliContext(QCommandLineParser& parser, bool libraryMustExist)
    : m_parser(parser), m_databasePath(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                          : AppPaths::defaultDatabasePath()),
      m_libraryMustExist(libraryMustExist), m_json(parser.isSet(QStringLiteral("json"))), m_stdout(stdout),
      m_stderr(stderr), m_out(&m_stdout), m_err(&m_stderr)
{}

CliContext::~CliContext() = default;

const QString& CliContext::databasePath() const
{
    // Opening a database creates it: a command that only reads would make an empty library and answer as if
    // the user's were empty. Checked when the command asks, so that its usage errors come first.
    if (m_libraryMustExist && !QFileInfo::exists(m_databasePath))
        throw std::runtime_error(QStringLiteral("no library database at %1: run `soundalike-cli scan FOLDER` "
                                                "first, or give the library's path with --db PATH")
                                     .arg(m_databasePath)
                                     .toStdString());
    return m_databasePath;
}

QStringList CliContext::positional() const
{
    // The first positional argument is the command's own name.
    return m_parser.positionalArguments().mid(1);
}

FilePath exactArgument(const QString& argument)
{
    const std::optional<FilePath> raw = rawArgument(argument);
    if (!raw)
        throw UsageError("cannot recover the exact bytes of the argument '" + argument.toStdString() +
                         "'; give it on standard input instead");
    return *raw;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

int CliContext::intOption(const QString& name, int fallback, int min, int max) const
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        throw UsageError(QStringLiteral("--%1 takes a whole number from %2 to %3")
                             .arg(name)
                             .arg(min)
                             .arg(max)
                             .toStdString());
    return value;
}

double CliContext::numberOption(const QString& name, double fallback, double min, double max,
                                const char* usage) const
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = m_parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        throw UsageError(usage);
    return value;
}

} // namespace soundalike::cli
