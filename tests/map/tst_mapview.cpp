#include "core/service/MapColouring.h"
#include "core/service/MapExport.h"
#include "core/service/MapPainter.h"
#include "ui/UiLanguage.h"
#include "ui/map/MapPane.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QComboBox>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>

using namespace soundalike;

// The Map view offscreen, on a small map whose points sit where the test puts them: a lasso makes the tracks
// it encloses seeds, a click plays, a double-click adds a seed, the playlist line runs through its tracks in
// play order, the filter's matches stand out, the keyboard and the wheel zoom and pan, and the legend and the
// coverage line speak Russian.
class TestMapView : public QObject
{
    Q_OBJECT

    // A 5 x 5 grid of tracks 1..25 at (column, row) * 10, genres by column.
    static LibraryMapResult gridMap()
    {
        LibraryMapResult map;
        map.action = LibraryMapResult::Action::LaidOut;
        for (int row = 0; row < 5; ++row) {
            for (int column = 0; column < 5; ++column)
                map.points.push_back({row * 5 + column + 1, column * 10.0f, row * 10.0f});
        }
        map.coverage.tracks = 30;
        map.coverage.placed = 25;
        map.coverage.notAnalysedYet = 4;
        map.coverage.analysisFailed = 1;
        return map;
    }

    static std::shared_ptr<const TrackCatalog> gridCatalog()
    {
        std::vector<Track> tracks;
        for (int id = 1; id <= 25; ++id) {
            Track t;
            t.id = id;
            t.title = QStringLiteral("Song %1").arg(id);
            t.artist = QStringLiteral("Artist %1").arg(id % 3);
            t.genres = {QStringLiteral("Genre %1").arg((id - 1) % 5)};
            t.year = 1960 + 10 * ((id - 1) % 5);
            tracks.push_back(t);
        }
        return std::make_shared<const TrackCatalog>(std::move(tracks));
    }

    struct Fixture
    {
        MapView view;
        Fixture()
        {
            view.resize(600, 600);
            view.setCatalog(gridCatalog());
            view.setColouring(std::make_unique<TagColouring>(TagColouring::Field::Genre, gridCatalog()));
            view.setMap(gridMap());
            view.show();
            [&] { QVERIFY(QTest::qWaitForWindowExposed(&view)); }();
        }
        QPoint at(std::int64_t id) const { return view.screenPosition(id)->toPoint(); }
        QColor pixel(const QPointF& p)
        {
            const QImage image = view.grab().toImage();
            return image.pixelColor((p * image.devicePixelRatio()).toPoint());
        }
    };

    static bool isBackground(const QColor& c) { return c == MapPainter::background(); }

    // The rectangles a widget is asked to paint.
    struct PaintedRects : QObject
    {
        std::vector<QRect> rects;
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint)
                rects.push_back(static_cast<QPaintEvent*>(event)->rect());
            return false;
        }
    };

private slots:
    void aLassoMakesTheTracksInsideSeeds()
    {
        Fixture f;
        QSignalSpy selected(&f.view, &MapView::seedsSelected);
        // Around the 2 x 2 block of tracks 7, 8, 12, 13 (columns 1-2, rows 1-2), with Shift held.
        const QPoint a = f.at(7) - QPoint(12, 12), b = f.at(13) + QPoint(12, 12);
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier, a);
        for (const QPoint& p : {QPoint(b.x(), a.y()), b, QPoint(a.x(), b.y()), a + QPoint(1, 1)})
            QTest::mouseMove(&f.view, p);
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier, a + QPoint(1, 1));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).value<QList<qint64>>(), (QList<qint64>{7, 8, 12, 13}));
    }

    void inLassoModeAPlainDragSelects()
    {
        Fixture f;
        f.view.setLassoMode(true);
        QSignalSpy selected(&f.view, &MapView::seedsSelected);
        const QPoint centre = f.at(19);
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::NoModifier, centre + QPoint(-10, -10));
        for (const QPoint& d : {QPoint(10, -10), QPoint(10, 10), QPoint(-10, 10)})
            QTest::mouseMove(&f.view, centre + d);
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::NoModifier, centre + QPoint(-10, 9));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).value<QList<qint64>>(), QList<qint64>{19});
    }

    void aClickPlaysADoubleClickSeeds()
    {
        Fixture f;
        QSignalSpy play(&f.view, &MapView::playRequested);
        QSignalSpy seed(&f.view, &MapView::seedRequested);
        QTest::mouseClick(&f.view, Qt::LeftButton, Qt::NoModifier, f.at(3) + QPoint(2, 1));
        QVERIFY(play.wait(QApplication::doubleClickInterval() + 2000));
        QCOMPARE(play.first().at(0).toLongLong(), 3);

        play.clear();
        QTest::mouseDClick(&f.view, Qt::LeftButton, Qt::NoModifier, f.at(21));
        QCOMPARE(seed.count(), 1);
        QCOMPARE(seed.first().at(0).toLongLong(), 21);
        QTest::qWait(QApplication::doubleClickInterval() + 200);
        QCOMPARE(play.count(), 0); // a double-click does not also play

        // Empty space: nothing.
        QTest::mouseClick(&f.view, Qt::LeftButton, Qt::NoModifier, (f.at(1) + f.at(2)) / 2);
        QTest::qWait(QApplication::doubleClickInterval() + 200);
        QCOMPARE(play.count(), 0);
    }

    void thePlaylistLineFollowsThePlayOrder()
    {
        Fixture f;
        // Corners 1 (top left), 5 (top right), 25 (bottom right): the order 1 → 25 → 5 draws the diagonal and
        // the right edge, never the top edge.
        // Magenta, the line's own colour: a white line had read as one more seed ring.
        const auto lineAt = [&](std::int64_t a, std::int64_t b) {
            const QColor c =
                f.pixel((*f.view.screenPosition(a) + *f.view.screenPosition(b)) / 2 + QPointF(0, 0));
            return c.red() > 200 && c.green() < 140 && c.blue() > 160;
        };
        f.view.setPlaylist({1, 25, 5});
        QVERIFY(lineAt(1, 25));
        QVERIFY(lineAt(25, 5));
        QVERIFY(!lineAt(1, 5));
        f.view.setPlaylist({1, 5, 25});
        QVERIFY(!lineAt(1, 25));
        QVERIFY(lineAt(1, 5));
        QVERIFY(lineAt(5, 25));
        QCOMPARE(f.view.scene().playlist(), (std::vector<int>{0, 4, 24}));
    }

    void filterMatchesStandOut()
    {
        Fixture f;
        const QColor before = f.pixel(f.at(12));
        f.view.setHighlighted(std::vector<std::int64_t>{12});
        QCOMPARE(f.pixel(f.at(12)), before);
        const QColor dimmed = f.pixel(f.at(13));
        QVERIFY(!isBackground(dimmed));
        QVERIFY(dimmed.lightness() < before.lightness());
        f.view.setHighlighted(std::nullopt);
        QVERIFY(f.pixel(f.at(13)).lightness() > dimmed.lightness());
    }

    void seedsAreRingedAndThePlayingTrackPulses()
    {
        Fixture f;
        const QPoint ring = f.at(9) + QPoint(7, 0);
        QVERIFY(isBackground(f.pixel(ring)));
        f.view.setSeeds({9});
        QVERIFY(!isBackground(f.pixel(ring)));
        // White, which no colouring uses: amber rings had looked like one more genre.
        const QColor seen = f.pixel(ring);
        QVERIFY2(seen.lightness() > 200 && seen.hslSaturation() < 40, qPrintable(seen.name()));

        f.view.setPlaying(17);
        const QImage first = f.view.grab().toImage();
        // The pulse paints only the ring's square again, not the whole map 30 times a second.
        PaintedRects painted;
        QTest::qWait(50); // setPlaying's own whole update
        f.view.installEventFilter(&painted);
        QTest::qWait(400);
        f.view.removeEventFilter(&painted);
        QVERIFY(f.view.grab().toImage() != first);
        QVERIFY(painted.rects.size() >= 5);
        const int side = 2 * (int(MapPainter::kPulseReach) + 2) + 1;
        for (const QRect& rect : painted.rects) {
            QVERIFY2(rect.width() <= side && rect.height() <= side && rect.contains(f.at(17)),
                     qPrintable(QStringLiteral("%1×%2").arg(rect.width()).arg(rect.height())));
        }
    }

    // A song already playing when the map arrives (the Map tab first opened mid-song) pulses too.
    void aSongPlayingBeforeTheMapArrivesStillPulses()
    {
        MapView view;
        view.resize(600, 600);
        view.setCatalog(gridCatalog());
        view.setColouring(std::make_unique<TagColouring>(TagColouring::Field::Genre, gridCatalog()));
        view.setPlaying(17);
        view.setMap(gridMap());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage first = view.grab().toImage();
        QTest::qWait(400);
        QVERIFY(view.grab().toImage() != first);
    }

    void hoveringNamesTheSong()
    {
        Fixture f;
        const QImage before = f.view.grab().toImage();
        QTest::mouseMove(&f.view, f.at(13));
        const QImage after = f.view.grab().toImage();
        // The label sits to the lower right of the point.
        const QPointF label = (QPointF(f.at(13)) + QPointF(40, 24)) * after.devicePixelRatio();
        QVERIFY(after.pixelColor(label.toPoint()) != before.pixelColor(label.toPoint()));
    }

    // The label goes below and right of the point, flips where the view ends, and stays whole inside it: a
    // wide label flipped left of a point in a narrow view was cut off at the left edge.
    void theHoverLabelStaysInsideTheView()
    {
        const QSize view(400, 300);
        const QSize label(300, 40);
        QCOMPARE(MapView::hoverLabelBox(label, QPointF(20, 20), view).topLeft(), QPoint(34, 34));
        const QRect right = MapView::hoverLabelBox(label, QPointF(390, 20), view);
        QCOMPARE(right.right(), 390 - 14);
        const QRect middle = MapView::hoverLabelBox(label, QPointF(200, 290), view);
        QVERIFY(middle.bottom() < 290);
        for (const QRect& box :
             {right, middle, MapView::hoverLabelBox(QSize(500, 40), QPointF(200, 20), view)}) {
            QVERIFY2(box.left() >= 4 && box.top() >= 4,
                     qPrintable(QStringLiteral("%1,%2").arg(box.left()).arg(box.top())));
            QVERIFY(box.right() <= view.width() - 4 || box.width() > view.width() - 8);
        }
        QCOMPARE(middle.left(), 4);
    }

    void keysAndTheWheelZoomAndPan()
    {
        Fixture f;
        const double fit = f.view.viewport().scale;
        QTest::keyClick(&f.view, Qt::Key_Plus);
        QCOMPARE(f.view.viewport().scale, fit * 1.25);
        const QPointF before = f.view.viewport().offset;
        QTest::keyClick(&f.view, Qt::Key_Left);
        QVERIFY(f.view.viewport().offset.x() > before.x());
        QTest::keyClick(&f.view, Qt::Key_0);
        QCOMPARE(f.view.viewport().scale, fit);

        // The wheel zooms about the pointer: the track under it stays there.
        const QPointF under = *f.view.screenPosition(7);
        QWheelEvent wheel(under, f.view.mapToGlobal(under), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.view, &wheel);
        QVERIFY(f.view.viewport().scale > fit * 1.5);
        QVERIFY((*f.view.screenPosition(7) - under).manhattanLength() < 0.01);

        // Dragging pans.
        const QPointF start = f.view.viewport().offset;
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::NoModifier, QPoint(300, 300));
        QTest::mouseMove(&f.view, QPoint(340, 320));
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::NoModifier, QPoint(340, 320));
        QCOMPARE(f.view.viewport().offset, start + QPointF(40, 20));
    }

    // Another colouring or window size refits a view the user left whole, and keeps one they moved, even
    // panned without zooming.
    void aMovedViewStaysWhereTheUserPutIt()
    {
        Fixture f;
        f.view.setColouring(std::make_unique<TagColouring>(TagColouring::Field::Decade, gridCatalog()));
        f.view.grab();
        const MapViewport whole = f.view.viewport();
        QTest::keyClick(&f.view, Qt::Key_Left);
        const MapViewport panned = f.view.viewport();
        QVERIFY(panned.offset != whole.offset);

        f.view.setColouring(std::make_unique<TagColouring>(TagColouring::Field::Genre, gridCatalog()));
        f.view.resize(640, 560);
        f.view.grab();
        QCOMPARE(f.view.viewport().offset, panned.offset);
        QCOMPARE(f.view.viewport().scale, panned.scale);

        QTest::keyClick(&f.view, Qt::Key_0);
        const MapViewport refitted = f.view.viewport();
        f.view.resize(600, 600);
        f.view.grab();
        QVERIFY(f.view.viewport().offset != refitted.offset);
    }

    void legendAndCoverageSpeakRussian()
    {
        {
            const UiLanguage english(
                QStringLiteral("en")); // as the app speaks it: "5 tracks", not "track(s)"
            QCOMPARE(coverageNote(gridMap().coverage),
                     QStringLiteral("5 tracks not on the map: 4 not analysed yet, 1 could not be analysed"));
        }
        const UiLanguage russian(QStringLiteral("ru"));
        QCOMPARE(coverageNote(gridMap().coverage),
                 QStringLiteral(
                     "5 треков нет на карте: 4 ещё не проанализированы, 1 не удалось проанализировать"));
        const MapColours colours =
            TagColouring(TagColouring::Field::Decade, gridCatalog()).colour(gridMap().points);
        QCOMPARE(colours.title, QStringLiteral("Десятилетие"));
        QCOMPARE(colours.legend.front().label, QStringLiteral("1960-е"));
        QCOMPARE(colours.legend.front().count, 5);
        // Beats per minute in Russian units, not "BPM".
        QStringList tempo;
        for (const MapLegendEntry& entry :
             TempoColouring().colour({{1, 0, 0, 70.0f}, {2, 0, 0, 170.0f}}).legend)
            tempo << entry.label;
        QCOMPARE(tempo, (QStringList{QStringLiteral("Медленнее 80 уд./мин"),
                                     QStringLiteral("160 уд./мин и быстрее")}));
        // Tracks analysed since the map was made, before it places them.
        MapCoverage analysed;
        analysed.tracks = 27;
        analysed.placed = 25;
        analysed.awaitingPlace = 2;
        QCOMPARE(coverageNote(analysed),
                 QStringLiteral("2 трека нет на карте: 2 проанализированы, скоро появятся"));
    }

    // Shown whole, the map sits beside its legend: no point hides under it.
    void noPointHidesUnderTheLegend()
    {
        Fixture f;
        const QRectF legend = f.view.legendRect();
        QVERIFY(!legend.isEmpty());
        for (std::int64_t id = 1; id <= 25; ++id)
            QVERIFY2(!legend.contains(*f.view.screenPosition(id)), qPrintable(QString::number(id)));
    }

    // On a small pane the legend took half the map's room. A click on it folds it to its title, and the map
    // fits into the room it gave up; another click, or L, opens it again. The change is told, to be kept.
    void aClickFoldsTheLegendAndTheMapTakesItsRoom()
    {
        Fixture f;
        f.view.resize(240, 300); // a narrow pane, where the legend leaves the map the room below it
        f.view.grab();
        QSignalSpy folded(&f.view, &MapView::legendFoldedChanged);
        QSignalSpy played(&f.view, &MapView::playRequested);
        const QRectF open = f.view.legendRect();
        const double scale = f.view.viewport().scale;
        QTest::mouseClick(&f.view, Qt::LeftButton, {}, open.center().toPoint());
        QVERIFY(f.view.legendFolded());
        QCOMPARE(folded.count(), 1);
        const QRectF shut = f.view.legendRect();
        QVERIFY(shut.height() < open.height() / 2);
        f.view.grab();
        QVERIFY2(f.view.viewport().scale > 1.2 * scale,
                 qPrintable(QStringLiteral("%1 against %2").arg(f.view.viewport().scale).arg(scale)));
        for (std::int64_t id = 1; id <= 25; ++id)
            QVERIFY2(!shut.contains(*f.view.screenPosition(id)), qPrintable(QString::number(id)));
        QTest::keyClick(&f.view, Qt::Key_L);
        QVERIFY(!f.view.legendFolded());
        QCOMPARE(folded.count(), 2);
        f.view.grab();
        QCOMPARE(f.view.viewport().scale, scale);
        // Clicks on the legend are the legend's: a double-click there seeds and plays nothing under it,
        // though a song lies there once the map is moved.
        QSignalSpy seeded(&f.view, &MapView::seedRequested);
        f.view.panBy(open.center() - *f.view.screenPosition(1));
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, open.center().toPoint());
        QTest::qWait(QApplication::doubleClickInterval() + 100);
        QVERIFY(played.isEmpty());
        QVERIFY(seeded.isEmpty());
    }

    // More genres than colours: the rarest are Other; a track without a genre is listed as such.
    // "ABBA" and "Abba" are one artist on the map, as in the library's tree: one colour, counted together.
    void spellingsThatFoldAlikeShareAColour()
    {
        std::vector<Track> tracks;
        for (int id = 1; id <= 25; ++id) {
            Track t;
            t.id = id;
            t.artist = id <= 3   ? QStringLiteral("ABBA")
                       : id <= 5 ? QStringLiteral("Abba")
                                 : QStringLiteral("Bee Gees");
            tracks.push_back(t);
        }
        const auto catalog = std::make_shared<const TrackCatalog>(std::move(tracks));
        const MapColours colours =
            TagColouring(TagColouring::Field::Artist, catalog).colour(gridMap().points);
        QCOMPARE(colours.legend.size(), std::size_t(2));
        QCOMPARE(colours.legend[0].label, QStringLiteral("Bee Gees"));
        QCOMPARE(colours.legend[1].label, QStringLiteral("ABBA"));
        QCOMPARE(colours.legend[1].count, 5);
    }

    void theLegendListsOtherAndNoGenreOnlyWhenSomePointIsOne()
    {
        std::vector<Track> tracks;
        for (int id = 1; id <= 25; ++id) {
            Track t;
            t.id = id;
            if (id < 25)
                t.genres = {QStringLiteral("Genre %1").arg((id - 1) % 14)};
            tracks.push_back(t);
        }
        const auto catalog = std::make_shared<const TrackCatalog>(std::move(tracks));
        const MapColours colours = TagColouring(TagColouring::Field::Genre, catalog).colour(gridMap().points);
        QCOMPARE(colours.legend.size(), std::size_t(12 + 2));
        QCOMPARE(colours.legend[12].label, QStringLiteral("Other"));
        QCOMPARE(colours.legend[12].count, 2);
        QCOMPARE(colours.legend[13].count, 1);
    }

    void thePaneColoursByTheChosenTag()
    {
        MapPane pane;
        pane.setCatalog(gridCatalog());
        pane.view()->setMap(gridMap());
        QCOMPARE(pane.view()->scene().colours().legend.size(),
                 std::size_t(5)); // 5 genres; no point is Other or without a genre, so neither is listed
        pane.setPlayHistory([](std::int64_t id) -> std::optional<QDateTime> {
            return id == 1 ? std::optional(QDateTime::currentDateTime()) : std::nullopt;
        });
        auto* colourBy = pane.findChild<QComboBox*>();
        colourBy->setCurrentIndex(colourBy->findText(QStringLiteral("Played recently")));
        const MapColours& colours = pane.view()->scene().colours();
        QCOMPARE(colours.legend.front().count, 1); // played today
        QCOMPARE(colours.legend.back().count, 24); // never
    }

    void theTempoColoursInBandsOfTwentyBpm()
    {
        std::vector<MapPoint> points;
        for (const float bpm : {70.0f, 79.9f, 80.0f, 119.9f, 120.0f, 175.0f, 0.0f})
            points.push_back({std::int64_t(points.size() + 1), 0, 0, bpm});
        const MapColours colours = TempoColouring().colour(points);
        QCOMPARE(colours.title, QStringLiteral("Tempo"));
        QStringList labels;
        for (const MapLegendEntry& entry : colours.legend)
            labels << QStringLiteral("%1=%2").arg(entry.label).arg(entry.count);
        // Bands no track falls in (140–160 BPM) are left out of the legend.
        QCOMPARE(labels,
                 QStringList({QStringLiteral("Under 80 BPM=2"), QStringLiteral("80–100 BPM=1"),
                              QStringLiteral("100–120 BPM=1"), QStringLiteral("120–140 BPM=1"),
                              QStringLiteral("160 BPM and faster=1"), QStringLiteral("Unknown tempo=1")}));
        QCOMPARE(int(colours.category[3]), 2);
        QCOMPARE(int(colours.category[6]), 5);
    }

    void aLibraryWithoutGenresIsColouredByTempoUntilTheListenerChooses()
    {
        std::vector<Track> untagged;
        for (std::int64_t id = 1; id <= 25; ++id) {
            Track t;
            t.id = id;
            // Fewer than a quarter with a genre.
            if (id <= 6)
                t.genres = {QStringLiteral("Rock")};
            untagged.push_back(t);
        }
        MapPane pane;
        pane.setCatalog(std::make_shared<const TrackCatalog>(untagged));
        pane.view()->setMap(gridMap());
        auto* colourBy = pane.findChild<QComboBox*>();
        QCOMPARE(colourBy->currentText(), QStringLiteral("Tempo"));
        QCOMPARE(pane.view()->scene().colours().title, QStringLiteral("Tempo"));

        // A library that gains genres (a quarter or more) is coloured by them...
        untagged[6].genres = {QStringLiteral("Jazz")};
        pane.setCatalog(std::make_shared<const TrackCatalog>(untagged));
        QCOMPARE(colourBy->currentText(), QStringLiteral("Genre"));
        QCOMPARE(pane.view()->scene().colours().title, QStringLiteral("Genre"));

        // ...but a choice of the listener's own stays, and is named for the settings.
        for (Track& track : untagged)
            track.year = 1990;
        QSignalSpy chosen(&pane, &MapPane::colouringChosen);
        colourBy->setCurrentIndex(colourBy->findText(QStringLiteral("Decade")));
        emit colourBy->activated(colourBy->currentIndex());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("decade"));
        pane.setCatalog(std::make_shared<const TrackCatalog>(untagged));
        QCOMPARE(colourBy->currentText(), QStringLiteral("Decade"));
    }

    // A choice kept from an earlier session colours the map from the start, unless it has nothing to show in
    // this library (a grey map): then the tags choose until it has.
    void aRememberedChoiceColoursTheMapWhenItShowsSomething()
    {
        MapPane pane;
        pane.setChosenColouring(QStringLiteral("artist"));
        pane.setCatalog(gridCatalog());
        pane.view()->setMap(gridMap());
        auto* colourBy = pane.findChild<QComboBox*>();
        QCOMPARE(colourBy->currentText(), QStringLiteral("Artist"));
        QCOMPARE(pane.view()->scene().colours().title, QStringLiteral("Artist"));

        std::vector<Track> noArtists;
        for (std::int64_t id = 1; id <= 25; ++id) {
            Track t;
            t.id = id;
            t.genres = {QStringLiteral("Rock")};
            noArtists.push_back(t);
        }
        pane.setCatalog(std::make_shared<const TrackCatalog>(noArtists));
        QCOMPARE(colourBy->currentText(), QStringLiteral("Genre"));
        pane.setCatalog(gridCatalog());
        QCOMPARE(colourBy->currentText(), QStringLiteral("Artist"));

        // Played recently shows nothing until the pane has the play history.
        MapPane played;
        played.setChosenColouring(QStringLiteral("played"));
        played.setCatalog(gridCatalog());
        QCOMPARE(played.findChild<QComboBox*>()->currentText(), QStringLiteral("Genre"));
        played.setPlayHistory([](std::int64_t) -> std::optional<QDateTime> { return std::nullopt; });
        QCOMPARE(played.findChild<QComboBox*>()->currentText(), QStringLiteral("Played recently"));
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
