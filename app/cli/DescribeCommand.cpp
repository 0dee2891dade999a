#include "app/cli/DescribeCommand.h"

#include "app/cli/CliContext.h"
#include "core/analysis/DescriptorLayout.h"
#include "core/analysis/FileAnalyzer.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <optional>

namespace soundalike::cli {

namespace {

using L = DescriptorLayout;

struct Described
{
    AudioDescriptor descriptor;
    bool fromLibrary = false;
    double audioSeconds = 0;
};

// The stored descriptor, when the database exists and holds one of the current version for this file.
std::optional<AudioDescriptor> stored(CliContext& context, const FilePath& path)
{
    if (!QFileInfo::exists(context.databasePath()))
        return std::nullopt;
    const auto track = TrackStore(context.database()).trackByPath(path);
    return track ? DescriptorStore(context.database()).get(track->id, L::kVersion) : std::nullopt;
}

QString number(float value)
{
    return QString::number(double(value), 'f', std::abs(value) >= 100.0f ? 1 : 3);
}

QJsonObject describedJson(const QString& file, const Described& d)
{
    QJsonArray dimensions;
    for (int i = 0; i < d.descriptor.dimensions(); ++i)
        dimensions.append(QJsonObject{
            {QStringLiteral("name"), QString::fromStdString(L::names()[std::size_t(i)])},
            {QStringLiteral("group"), QString::fromLatin1(L::group(i).data(), qsizetype(L::group(i).size()))},
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

void printHuman(QTextStream& out, const QString& file, const Described& d, bool withSegments)
{
    out << file << '\n'
        << QStringLiteral("Descriptor version %1: %2 dimensions, %3 segment(s) of ~10 s, ")
               .arg(d.descriptor.version)
               .arg(d.descriptor.dimensions())
               .arg(d.descriptor.segmentCount())
        << (d.fromLibrary ? QStringLiteral("from the library.\n")
                          : QStringLiteral("computed from %1 s of audio.\n").arg(d.audioSeconds, 0, 'f', 1));
    std::string_view group;
    for (int i = 0; i < d.descriptor.dimensions(); ++i) {
        if (L::group(i) != group) {
            group = L::group(i);
            out << '\n' << QString::fromLatin1(group.data(), qsizetype(group.size())) << '\n';
        }
        out << "  " << QString::fromStdString(L::names()[std::size_t(i)]).leftJustified(24)
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
    const FilePath path = toFilePath(file);
    Described described;
    if (auto descriptor = stored(context, path)) {
        described.descriptor = std::move(*descriptor);
        described.fromLibrary = true;
    } else {
        FileAnalyzer::Result result = FileAnalyzer().analyze(path);
        if (!result.descriptor) {
            context.err() << "soundalike-cli: cannot describe " << file << ": " << result.problem << '\n';
            return 1;
        }
        described.descriptor = std::move(*result.descriptor);
        described.audioSeconds = result.audioSeconds;
    }
    if (context.json())
        context.printJson(describedJson(file, described));
    else
        printHuman(context.out(), file, described, context.options().isSet(QStringLiteral("segments")));
    return 0;
}

} // namespace soundalike::cli
