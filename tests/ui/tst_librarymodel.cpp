#include "core/service/TrackCatalog.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryTreeModel.h"
#include "ui/TrackMarks.h"
#include "ui/TrackMime.h"

#include <QFileInfo>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace soundalike;

namespace {

// 2,500 tracks: 50 bands × 5 albums × 10 tracks, genres cycling through five names.
std::shared_ptr<const TrackCatalog> catalog()
{
    static const QStringList genres{"Rock", "Jazz", "Folk", "Techno", "Soul"};
    std::vector<Track> tracks;
    for (int i = 0; i < 2500; ++i) {
        Track t;
        t.id = i + 1;
        // Letters, not digits, so a word typed for the artist cannot match a title's number.
        const int band = i / 50;
        t.artist = QStringLiteral("Band %1%2").arg(QChar(u'A' + band % 26)).arg(QChar(u'A' + band / 26));
        t.album = QStringLiteral("Album %1").arg(i / 10 % 5);
        t.title = QStringLiteral("Song %1").arg(i, 4, 10, QLatin1Char('0'));
        t.trackNumber = i % 10 + 1;
        t.year = 1950 + i % 70;
        t.genres = {genres[i % 5]};
        t.durationMs = 60000 + i * 37 % 300000;
        t.path = "/music/" + std::to_string(i) + ".mp3";
        tracks.push_back(t);
    }
    return std::make_shared<const TrackCatalog>(std::move(tracks));
}

// Songs by one band, ids 1, 2, … in the order given, each at /music/<title>.mp3.
std::shared_ptr<TrackCatalog> catalogOf(std::initializer_list<const char*> titles)
{
    std::vector<Track> tracks;
    for (const char* title : titles) {
        Track t;
        t.id = std::int64_t(tracks.size()) + 1;
        t.title = QLatin1String(title);
        t.artist = QStringLiteral("Band");
        t.path = "/music/" + std::string(title) + ".mp3";
        tracks.push_back(t);
    }
    return std::make_shared<TrackCatalog>(std::move(tracks));
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT

private slots:
    // A track the analysis could not read (a file cut short) carries a warning beside its title in the table
    // and the tree, and its tooltip says why and what it means; the mark wins over a copy's.
    void marksTracksThatCouldNotBeAnalysed()
    {
        auto catalog = catalogOf({"Whole", "Cut short"});
        catalog->setAnalysisFailures({{2, Reason::verbatim(QStringLiteral("its audio stops at 0:27"))}});
        catalog->setDuplicates({{1, 2}});
        const QIcon warning = TrackMarks::failureIcon();
        QVERIFY(!warning.isNull());

        LibraryModel model;
        model.setCatalog(catalog);
        const QModelIndex cut = model.index(model.rowOfTrack(2), LibraryModel::Title);
        QCOMPARE(model.data(cut, Qt::DecorationRole).value<QIcon>().cacheKey(), warning.cacheKey());
        const QString tip = model.data(cut, Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(QStringLiteral("Could not be analysed: its audio stops at 0:27. It plays, but no "
                                        "playlist can match its sound.")),
            qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("more time"))); // its copy is still named
        const QModelIndex whole = model.index(model.rowOfTrack(1), LibraryModel::Title);
        QVERIFY(model.data(whole, Qt::DecorationRole).value<QIcon>().cacheKey() != warning.cacheKey());
        QVERIFY(!model.data(whole, Qt::ToolTipRole).toString().contains(QStringLiteral("analysed")));

        LibraryTreeModel tree;
        tree.setTracks(catalog, catalog->libraryOrder());
        QCOMPARE(tree.indexOfTrack(2).data(Qt::DecorationRole).value<QIcon>().cacheKey(), warning.cacheKey());
        QVERIFY(tree.indexOfTrack(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0:27")));
    }

    // Copies of one recording carry a mark beside their title, and their tooltip names the other copies;
    // every other track and column is as before. SOUNDALIKE_DUPLICATE_SHOT=FILE.png saves how it looks.
    void marksCopiesOfOneRecording()
    {
        auto copies = catalogOf({"Original", "Other song", "Retagged copy", "Re-encoded copy"});
        copies->setDuplicates({{1, 3, 4}});

        // The tree marks the same tracks, with the same list of the other copies.
        LibraryTreeModel tree;
        tree.setTracks(copies, copies->libraryOrder());
        for (const std::int64_t id : {1, 2, 3, 4}) {
            const QModelIndex track = tree.indexOfTrack(id);
            QVERIFY(track.isValid());
            QCOMPARE(!track.data(Qt::DecorationRole).value<QIcon>().isNull(), id != 2);
            QCOMPARE(track.data(Qt::ToolTipRole).toString().contains(QStringLiteral("more time")), id != 2);
        }
        QVERIFY(tree.indexOfTrack(1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("/music/Re-encoded copy.mp3")));

        LibraryModel model;
        model.setCatalog(copies);
        const auto cell = [&](std::int64_t id, int column) {
            return model.index(model.rowOfTrack(id), column);
        };
        for (const std::int64_t id : {1, 3, 4})
            QVERIFY(!model.data(cell(id, LibraryModel::Title), Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!model.data(cell(2, LibraryModel::Title), Qt::DecorationRole).isValid());
        QVERIFY(!model.data(cell(1, LibraryModel::Artist), Qt::DecorationRole).isValid());
        const QString tip = model.data(cell(1, LibraryModel::Title), Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(QStringLiteral("Original\n/music/Original.mp3")));
        QVERIFY(tip.contains(QStringLiteral("2 more time")));
        QVERIFY(tip.contains(QStringLiteral("/music/Retagged copy.mp3")));
        QVERIFY(tip.contains(QStringLiteral("/music/Re-encoded copy.mp3")));
        QCOMPARE(model.data(cell(2, LibraryModel::Title), Qt::ToolTipRole).toString(),
                 QStringLiteral("Other song\n/music/Other song.mp3"));
        QCOMPARE(model.data(cell(2, LibraryModel::Artist), Qt::ToolTipRole).toString(),
                 QStringLiteral("Band\n/music/Other song.mp3"));

        if (const QString shot = qEnvironmentVariable("SOUNDALIKE_DUPLICATE_SHOT"); !shot.isEmpty()) {
            QTableView view;
            view.setModel(&model);
            view.resize(520, 160);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(view.grab().save(shot));
            QTreeView treeView;
            treeView.setModel(&tree);
            treeView.expandAll();
            treeView.resize(420, 160);
            treeView.show();
            QVERIFY(QTest::qWaitForWindowExposed(&treeView));
            QVERIFY(treeView.grab().save(QFileInfo(shot).path() + QStringLiteral("/tree-") +
                                         QFileInfo(shot).fileName()));
        }
    }

    void fetchesRowsLazily()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        QCOMPARE(model.matchCount(), 2500);
        QCOMPARE(model.rowCount(), LibraryModel::kFetchBatch);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore({}));
    }

    void filterNarrowsAsWordsAreTyped()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        QList<int> counts;
        for (const char* text : {"j", "ja", "jaz", "jazz", "jazz ", "jazz b", "jazz band", "jazz band bb"}) {
            model.setFilterText(QString::fromUtf8(text));
            counts << model.matchCount();
        }
        QCOMPARE(counts.last(), 10); // "Band BB" has 50 tracks, a fifth of them jazz
        for (int i = 1; i < counts.size(); ++i)
            QVERIFY2(counts[i] <= counts[i - 1], qPrintable(QString::number(i)));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, LibraryModel::Genre).data().toString(), QStringLiteral("Jazz"));
        model.setFilterText(QStringLiteral("jazz band cb"));
        QCOMPARE(model.matchCount(), 10);
        model.setFilterText(QString());
        QCOMPARE(model.matchCount(), 2500);
        model.setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(model.rowCount(), 0);
    }

    // "фол" finds nothing among English tags; one more letter spells Folk, which is no narrowing of it.
    void aWordGrownIntoAGenresSpellingFindsThatGenre()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        model.setFilterText(QStringLiteral("фол"));
        QCOMPARE(model.matchCount(), 0);
        model.setFilterText(QStringLiteral("фолк"));
        QCOMPARE(model.matchCount(), 500);
        QCOMPARE(model.index(0, LibraryModel::Genre).data().toString(), QStringLiteral("Folk"));
    }

    void sortsByAnyColumnBothWays()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        model.sort(LibraryModel::Year, Qt::DescendingOrder);
        QCOMPARE(model.index(0, LibraryModel::Year).data().toString(), QStringLiteral("2019"));
        model.sort(LibraryModel::Duration, Qt::AscendingOrder);
        QCOMPARE(model.index(0, LibraryModel::Duration).data().toString(), QStringLiteral("1:00"));
        model.setFilterText(QStringLiteral("folk"));
        QCOMPARE(model.index(0, LibraryModel::Genre).data().toString(), QStringLiteral("Folk"));
        QVERIFY(model.trackAt(0).durationMs <= model.trackAt(1).durationMs);
        // A new catalog (a reload during a scan) keeps sort and filter.
        model.setCatalog(catalog());
        QCOMPARE(model.index(0, LibraryModel::Genre).data().toString(), QStringLiteral("Folk"));
        QVERIFY(model.trackAt(0).durationMs <= model.trackAt(1).durationMs);
    }

    void findsAFarRowByFetchingUpToIt()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        const int row = model.rowOfTrack(2400);
        QVERIFY(row >= LibraryModel::kFetchBatch);
        QVERIFY(model.rowCount() > row);
        QCOMPARE(model.index(row, 0).data(LibraryModel::TrackIdRole).toLongLong(), 2400);
    }

    void dragsCarryTrackIdsAndFileUrls()
    {
        LibraryModel model;
        model.setCatalog(catalog());
        const std::unique_ptr<QMimeData> data(
            model.mimeData({model.index(0, 0), model.index(0, 3), model.index(1, 0)}));
        QCOMPARE(TrackMime::trackIds(data.get()).size(), std::size_t(2));
        QCOMPARE(data->urls().size(), 2);
        QVERIFY(data->urls().front().isLocalFile());
    }

    // A file manager gets the bytes of a name that is not UTF-8, and a drop hands them back unchanged.
    void dragsKeepTheBytesOfNamesThatAreNotUtf8()
    {
        Track track;
        track.id = 7;
        track.path = "/music/Caf\xe9 \xff.mp3";
        const std::unique_ptr<QMimeData> data(TrackMime::encode({&track}));
        QVERIFY2(data->data(QStringLiteral("text/uri-list")).contains("/music/Caf%E9%20%FF.mp3"),
                 data->data(QStringLiteral("text/uri-list")).constData());
        QCOMPARE(TrackMime::localPaths(data.get()), std::vector<FilePath>{track.path});
    }

    void treeGroupsArtistsAlbumsAndTracks()
    {
        LibraryTreeModel tree;
        const auto c = catalog();
        tree.setTracks(c, c->libraryOrder());
        QCOMPARE(tree.rowCount(), 50);
        const QModelIndex artist = tree.index(1, 0);
        QCOMPARE(artist.data().toString(), QStringLiteral("Band AB"));
        QCOMPARE(tree.rowCount(artist), 5);
        const QModelIndex album = tree.index(2, 0, artist);
        QVERIFY(album.data().toString().startsWith(QLatin1String("Album 2")));
        QCOMPARE(tree.rowCount(album), 10);
        const QModelIndex track = tree.index(0, 0, album);
        QCOMPARE(tree.parent(track), album);
        QCOMPARE(tree.parent(album), artist);
        QCOMPARE(tree.tracksOf(artist).size(), std::size_t(50));
        QCOMPARE(tree.indexOfTrack(tree.trackAt(track)->id), track);
        const std::unique_ptr<QMimeData> data(tree.mimeData({album, track}));
        QCOMPARE(TrackMime::trackIds(data.get()).size(), std::size_t(10)); // the track is part of the album
        tree.setTracks(
            c, c->filter(c->libraryOrder(), TrackCatalog::searchWords(QStringLiteral("band ha jazz"))));
        QCOMPARE(tree.rowCount(), 1);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
