// Frame times of the Map view at library scale: 100,000 points (by default) in 32 clusters, as a t-SNE map
// of a large library looks, coloured by genre, with 20 seeds ringed, a 40-track playlist drawn and the
// playing track pulsing. Each frame is one pan or zoom step followed by a synchronous paint of the whole
// view (QWidget::grab), timed from the step to the end of the paint. Prints JSON with the median, 95th
// percentile and worst frame, per gesture. The target is < 16 ms a frame.
//   bench_mapview [--points N] [--frames N] [--shot FILE]
// On a real window (xcb under Xvfb) each frame is a repaint() flushed to the server; offscreen, a grab().
#include "core/service/MapColouring.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace soundalike;

namespace {

constexpr int kClusters = 32;

struct Library
{
    LibraryMapResult map;
    std::shared_ptr<const TrackCatalog> catalog;
};

Library syntheticLibrary(int points)
{
    QRandomGenerator random(17);
    std::vector<QPointF> centres;
    for (int c = 0; c < kClusters; ++c)
        centres.emplace_back(random.bounded(200.0) - 100, random.bounded(200.0) - 100);
    Library library;
    library.map.action = LibraryMapResult::Action::Loaded;
    std::vector<Track> tracks;
    for (int i = 0; i < points; ++i) {
        const int cluster = int(random.bounded(kClusters));
        // Box-Muller: clusters as round blobs of a few units.
        const double r = std::sqrt(-2 * std::log(1 - random.generateDouble())) * 6;
        const double a = random.bounded(2 * M_PI);
        const QPointF p = centres[std::size_t(cluster)] + QPointF(r * std::cos(a), r * std::sin(a));
        library.map.points.push_back({i + 1, float(p.x()), float(p.y())});
        Track t;
        t.id = i + 1;
        t.title = QStringLiteral("Track %1").arg(i + 1);
        t.artist = QStringLiteral("Artist %1").arg(i / 50);
        t.genres = {QStringLiteral("Genre %1").arg(cluster)};
        t.year = 1950 + int(random.bounded(70));
        tracks.push_back(std::move(t));
    }
    library.map.coverage.tracks = points;
    library.map.coverage.placed = points;
    library.catalog = std::make_shared<const TrackCatalog>(std::move(tracks));
    return library;
}

QJsonObject timeFrames(MapView& view, int frames, const std::function<void(int)>& step, bool onScreen)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < frames; ++i) {
        timer.start();
        step(i);
        if (onScreen) {
            // On a real window (xcb under Xvfb): paint into the backing store and flush it to the server,
            // exactly the path of a frame on screen.
            view.repaint();
            QGuiApplication::sync();
        } else {
            // grab() runs the whole paintEvent into a pixmap (repaint() on an offscreen window may paint
            // nothing), and adds the pixmap's own conversions to the frame.
            const QPixmap frame = view.grab();
            Q_UNUSED(frame);
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {{QStringLiteral("frames"), frames},
            {QStringLiteral("median_ms"), ms[ms.size() / 2]},
            {QStringLiteral("p95_ms"), ms[ms.size() * 95 / 100]},
            {QStringLiteral("max_ms"), ms.back()}};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("points"), QStringLiteral("Points on the map."), QStringLiteral("n"),
                        QStringLiteral("100000")},
                       {QStringLiteral("frames"), QStringLiteral("Frames per gesture."), QStringLiteral("n"),
                        QStringLiteral("200")},
                       {QStringLiteral("shot"), QStringLiteral("Save the first frame as an image."),
                        QStringLiteral("file")}});
    parser.process(app);
    const int points = parser.value(QStringLiteral("points")).toInt();
    const int frames = parser.value(QStringLiteral("frames")).toInt();

    const Library library = syntheticLibrary(points);
    MapView view;
    view.resize(1280, 800);
    view.setCatalog(library.catalog);
    view.setColouring(std::make_unique<TagColouring>(TagColouring::Field::Genre, library.catalog));
    view.setMap(library.map);
    std::vector<std::int64_t> seeds, playlist;
    for (int i = 0; i < 20; ++i)
        seeds.push_back(1 + i * (points / 20));
    for (int i = 0; i < 40; ++i)
        playlist.push_back(1 + i * (points / 40));
    view.setSeeds(seeds);
    view.setPlaylist(playlist);
    view.setPlaying(playlist[3]);
    view.show();
    const bool onScreen = QGuiApplication::platformName() != QLatin1String("offscreen");
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500) // mapped and exposed before the first timed frame
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (const QString shot = parser.value(QStringLiteral("shot")); !shot.isEmpty())
        view.grab().save(shot);
    else
        (void)view.grab();

    const QPointF centre(640, 400);
    QJsonObject out{{QStringLiteral("points"), points},
                    {QStringLiteral("size"), QStringLiteral("1280x800")},
                    {QStringLiteral("platform"), QGuiApplication::platformName()}};
    out[QStringLiteral("frame")] =
        onScreen ? QStringLiteral("repaint to the window") : QStringLiteral("grab()");
    out[QStringLiteral("pan")] = timeFrames(
        view, frames, [&](int i) { view.panBy(QPointF(i % 40 < 20 ? 6 : -6, 3 * std::sin(i * 0.1))); },
        onScreen);
    out[QStringLiteral("zoom_in")] = timeFrames(
        view, frames, [&](int) { view.zoomBy(1.02, centre); }, onScreen);
    out[QStringLiteral("pan_zoomed_in")] = timeFrames(
        view, frames, [&](int i) { view.panBy(QPointF(i % 40 < 20 ? 8 : -8, 0)); }, onScreen);
    out[QStringLiteral("zoom_out")] = timeFrames(
        view, frames, [&](int) { view.zoomBy(1 / 1.02, centre); }, onScreen);
    out[QStringLiteral("repaint_only")] = timeFrames(
        view, frames, [](int) {}, onScreen);
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return 0;
}
