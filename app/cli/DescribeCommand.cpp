#include "app/cli/DescribeCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "core/service/TrackDescription.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace soundalike::cli {

namespace {

QString number(float value)
{
    return QString::number(double(value), 'f', std::abs(value) >= 100.0f ? 1 : 3);
}

QJsonObject describedJson(const QString& file, const TrackDescription& d)
{
    QJsonArray dimensions;
    for (int i = 0; i < d.descriptor.dimensions(); ++i)
        dimensions.append(QJsonObject{
            {QStringLiteral("name"), d.names[i]},
            {QStringLiteral("group"), d.groups[i]},
            {QStringLiteral("value"), double(d.descriptor.summary[std::size_t(i)])},
        });
    QJsonArray segments;
    for (int s = 0; s < d.descriptor.segmentCount(); ++s) {
        QJsonArray row;
        for (const float v : d.descriptor.segment(s))
            row.append(double(v));
        segments.append(row);
    }
    QJsonObject out{
        {QStringLiteral("path"), file},
        {QStringLiteral("source"), d.fromLibrary ? QStringLiteral("library") : QStringLiteral("file")},
        {QStringLiteral("version"), d.descriptor.version},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("segments"), segments},
    };
    if (!d.fromLibrary)
        out.insert(QStringLiteral("audio_seconds"), d.audioSeconds);
    return out;
}

void printHuman(QTextStream& out, const QString& file, const TrackDescription& d, bool withSegments)
{
    out << file << '\n'
        << QStringLiteral("Descriptor version %1: %2 dimensions, %3 of ~10 s, ")
               .arg(d.descriptor.version)
               .arg(d.descriptor.dimensions())
               .arg(counted(d.descriptor.segmentCount(), "segment"))
        << (d.fromLibrary ? QStringLiteral("from the library.\n")
                          : QStringLiteral("computed from %1 s of audio.\n").arg(d.audioSeconds, 0, 'f', 1));
    QString group;
    for (int i = 0; i < d.descriptor.dimensions(); ++i) {
        if (d.groups[i] != group) {
            group = d.groups[i];
            out << '\n' << group << '\n';
        }
        out << "  " << d.names[i].leftJustified(24)
            << number(d.descriptor.summary[std::size_t(i)]).rightJustified(10);
        if (withSegments) {
            for (int s = 0; s < d.descriptor.segmentCount(); ++s)
                out << number(d.descriptor.segment(s)[std::size_t(i)]).rightJustified(10);
        }
        out << '\n';
    }
}

} // namespace

QString DescribeCommand::summary() const
{
    return QStringLiteral("Print a file's audio descriptor with the name of every dimension.");
}

void DescribeCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("segments"), QStringLiteral("Also print each ~10-second segment's values.")});
}

int DescribeCommand::run(CliContext& context) const
{
    const QStringList files = context.positional();
    if (files.size() != 1)
        throw UsageError("describe takes exactly one FILE");
    const QString file = QDir::cleanPath(QFileInfo(files.front()).absoluteFilePath());
    const TrackDescription described = TrackDescription::of(context.databasePath(), exactArgument(file));
    if (context.json())
        context.printJson(describedJson(file, described));
    else
        printHuman(context.out(), file, described, context.options().isSet(QStringLiteral("segments")));
    return 0;
}

} // namespace soundalike::cli
