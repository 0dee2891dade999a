#include "core/service/MapExport.h"

#include "core/common/RawFile.h"
#include "core/service/MapColouring.h"
#include "core/service/MapPainter.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>

#include <stdexcept>

namespace soundalike {

namespace {

QString actionName(LibraryMapResult::Action action)
{
    switch (action) {
    case LibraryMapResult::Action::Loaded:
        return QStringLiteral("loaded");
    case LibraryMapResult::Action::Placed:
        return QStringLiteral("placed");
    case LibraryMapResult::Action::LaidOut:
        return QStringLiteral("laid out");
    case LibraryMapResult::Action::Cancelled:
        return QStringLiteral("cancelled");
    case LibraryMapResult::Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject coverageJson(const MapCoverage& c)
{
    return {{QStringLiteral("tracks"), c.tracks},
            {QStringLiteral("placed"), c.placed},
            {QStringLiteral("missing"), c.missing()},
            {QStringLiteral("not_analysed_yet"), c.notAnalysedYet},
            {QStringLiteral("analysis_failed"), c.analysisFailed},
            {QStringLiteral("awaiting_model"), c.awaitingModel},
            {QStringLiteral("unavailable"), c.unavailable}};
}

} // namespace

QString coverageNote(const MapCoverage& c)
{
    if (c.missing() <= 0)
        return {};
    QStringList reasons;
    if (c.notAnalysedYet > 0)
        reasons << QCoreApplication::translate("MapCoverage", "%n not analysed yet", nullptr,
                                               c.notAnalysedYet);
    if (c.analysisFailed > 0)
        reasons << QCoreApplication::translate("MapCoverage", "%n could not be analysed", nullptr,
                                               c.analysisFailed);
    if (c.awaitingModel > 0)
        reasons << QCoreApplication::translate("MapCoverage", "%n waiting for the similarity model", nullptr,
                                               c.awaitingModel);
    if (c.unavailable > 0)
        reasons << QCoreApplication::translate("MapCoverage", "%n unavailable (file missing)", nullptr,
                                               c.unavailable);
    if (c.awaitingPlace > 0)
        reasons << QCoreApplication::translate("MapCoverage", "%n analysed, on the map soon", nullptr,
                                               c.awaitingPlace);
    return QCoreApplication::translate("MapCoverage", "%n track(s) not on the map: %1", nullptr, c.missing())
        .arg(reasons.join(QStringLiteral(", ")));
}

QJsonObject mapJson(const QString& databasePath, const LibraryMapResult& map)
{
    Database db(databasePath, Database::Mode::ReadOnly);
    TrackStore tracks(db);
    QJsonArray points;
    for (const MapPoint& p : map.points) {
        const auto track = tracks.track(p.id);
        points.append(QJsonObject{{QStringLiteral("id"), qint64(p.id)},
                                  {QStringLiteral("path"), track ? displayPath(track->path) : QString()},
                                  {QStringLiteral("x"), double(p.x)},
                                  {QStringLiteral("y"), double(p.y)}});
    }
    return {{QStringLiteral("points"), points},
            {QStringLiteral("space"), map.space},
            {QStringLiteral("action"), actionName(map.action)},
            {QStringLiteral("placed_now"), map.placedNow},
            {QStringLiteral("seconds"), map.seconds},
            {QStringLiteral("coverage"), coverageJson(map.coverage)},
            {QStringLiteral("note"), coverageNote(map.coverage)}};
}

QByteArray mapCsv(const QString& databasePath, const LibraryMapResult& map)
{
    Database db(databasePath, Database::Mode::ReadOnly);
    TrackStore tracks(db);
    QByteArray csv = "id,path,x,y\r\n";
    for (const MapPoint& p : map.points) {
        const auto track = tracks.track(p.id);
        QString path = track ? displayPath(track->path) : QString();
        path.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // One arg() call: a path holding "%3" is not filled in.
        csv += QStringLiteral("%1,\"%2\",%3,%4\r\n")
                   .arg(QString::number(p.id), path, QString::number(double(p.x), 'g', 7),
                        QString::number(double(p.y), 'g', 7))
                   .toUtf8();
    }
    return csv;
}

void writeMapImage(const QString& databasePath, const LibraryMapResult& map, const QString& file,
                   const QSize& size)
{
    Database db(databasePath, Database::Mode::ReadOnly);
    auto catalog = std::make_shared<const TrackCatalog>(TrackStore(db).all());
    MapScene scene;
    scene.setPoints(map.points);
    scene.setColours(defaultColouring(catalog)->colour(map.points));
    const QImage image = MapPainter::render(scene, size, coverageNote(map.coverage));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw std::runtime_error("could not encode the map as PNG");
    RawFile::writeAtomically(toFilePath(file), png);
}

} // namespace soundalike
