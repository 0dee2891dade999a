#include "app/cli/MapCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "app/cli/Interrupt.h"
#include "app/cli/JobProgressLine.h"
#include "core/common/RawFile.h"
#include "core/service/LibraryMap.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/MapExport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace soundalike::cli {

namespace {

// 16384 a side: a poster of the largest library is ~1 GB of pixels; 60000x30000 took 7 GB and 90 s.
constexpr int kLargestSide = 16384;

QSize imageSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QSize size =
        match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.isEmpty() || size.width() > kLargestSide || size.height() > kLargestSide)
        throw UsageError(
            QStringLiteral("--size must be WIDTHxHEIGHT in pixels, each from 10 to %1, e.g. 1600x1000: %2")
                .arg(kLargestSide)
                .arg(text)
                .toStdString());
    return size;
}

LibraryMapResult computeMap(CliContext& context)
{
    JobQueue queue;
    LibraryPipeline pipeline(context.databasePath(), queue);
    LibraryMap map(context.databasePath(), pipeline);
    std::optional<LibraryMapResult> result;
    QString error;
    QObject::connect(&map, &LibraryMap::updated, &map, [&](const LibraryMapResult& r) { result = r; });
    QObject::connect(&map, &LibraryMap::failed, &map, [&](const QString& message) { error = message; });
    JobProgressLine progress(queue, !context.json());
    map.update();
    Interrupt::waitUntilIdle(queue);
    progress.finish();
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
    if (!result)
        throw std::runtime_error("the map was not finished (interrupted); the stored map is unchanged");
    return *result;
}

QString actionText(const LibraryMapResult& map)
{
    switch (map.action) {
    case LibraryMapResult::Action::LaidOut:
        return QStringLiteral("laid out %1").arg(counted(map.placedNow, "track"));
    case LibraryMapResult::Action::Placed:
        return QStringLiteral("placed %1").arg(counted(map.placedNow, "new track"));
    default:
        break;
    }
    return QStringLiteral("up to date");
}

} // namespace

QString MapCommand::summary() const
{
    return QStringLiteral("Bring the library map up to date (a 2-D layout where similar-sounding tracks sit "
                          "together) and print or export it.");
}

void MapCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("csv"),
                      QStringLiteral("Write id,path,x,y to FILE (- for standard output)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("png"),
         QStringLiteral("Draw the map to FILE, coloured by genre (by tempo where few songs have one)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Size of the --png image (default 1600x1000)."),
                      QStringLiteral("WxH"), QStringLiteral("1600x1000")});
}

int MapCommand::run(CliContext& context) const
{
    const QCommandLineParser& options = context.options();
    const QSize size = imageSize(options.value(QStringLiteral("size")));
    // Checked before the layout, which may take minutes: a .jpg holding PNG data would mislead its readers.
    static const QStringList kOtherImages{
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),
        QStringLiteral("bmp"),  QStringLiteral("webp"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("svg"),  QStringLiteral("ppm")};
    if (const QString suffix = QFileInfo(options.value(QStringLiteral("png"))).suffix();
        options.isSet(QStringLiteral("png")) && kOtherImages.contains(suffix, Qt::CaseInsensitive))
        throw UsageError("--png writes a PNG image: name the file .png, not ." + suffix.toStdString());
    const LibraryMapResult map = computeMap(context);
    const QString database = context.databasePath();
    if (options.isSet(QStringLiteral("png")))
        writeMapImage(database, map, options.value(QStringLiteral("png")), size);
    if (options.isSet(QStringLiteral("csv"))) {
        const QString file = options.value(QStringLiteral("csv"));
        if (file == QLatin1String("-")) {
            context.out() << QString::fromUtf8(mapCsv(database, map));
            return 0;
        }
        RawFile::writeAtomically(exactArgument(file), mapCsv(database, map));
    }
    if (context.json()) {
        context.printJson(mapJson(database, map));
        return 0;
    }
    context.out() << QStringLiteral("Map of %1 (%2) in %3 s: %4\n")
                         .arg(counted(qint64(map.points.size()), "track"))
                         .arg(map.space)
                         .arg(map.seconds, 0, 'f', 1)
                         .arg(actionText(map));
    if (const QString note = coverageNote(map.coverage); !note.isEmpty())
        context.out() << note << '\n';
    return 0;
}

} // namespace soundalike::cli
