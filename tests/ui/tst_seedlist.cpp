#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/DragDrop.h"
#include "tests/ui/LibraryStack.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "ui/CoverProvider.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/SeedList.h"
#include "ui/SeedModel.h"
#include "ui/TrackMime.h"

#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace soundalike;
using namespace soundalike::test;

// Seeds arrive by drag and drop (library rows as ids, file manager URLs), by "Add as Seed" and by keys;
// they can be reordered and removed.
class TestSeedList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_demo;
    std::unique_ptr<LibraryStack> m_stack;
    std::unique_ptr<CoverProvider> m_covers;
    std::unique_ptr<LibraryView> m_libraryView;
    std::unique_ptr<SeedList> m_seeds;

    QStringList seedTitles() const
    {
        QStringList titles;
        for (const Track& t : m_seeds->model().seeds())
            titles << t.title;
        return titles;
    }

    std::int64_t idOf(const QString& title) const { return test::idOf(*m_stack->library().catalog(), title); }

    QMimeData* libraryDrag(const QStringList& titles)
    {
        LibraryModel& model = m_libraryView->tableModel();
        QModelIndexList indexes;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (titles.contains(model.trackAt(row).title))
                indexes << model.index(row, LibraryModel::Title);
        }
        return model.mimeData(indexes);
    }

private slots:
    void initTestCase() { QVERIFY(m_demo.prepare(m_dir.path())); }

    void init()
    {
        m_stack = std::make_unique<LibraryStack>(m_demo.db());
        m_covers = std::make_unique<CoverProvider>();
        m_libraryView = std::make_unique<LibraryView>(m_stack->library(), *m_covers);
        m_seeds = std::make_unique<SeedList>(m_stack->library(), m_stack->pipeline(), *m_covers);
        m_seeds->resize(400, 400);
        m_seeds->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_seeds.get()));
        QVERIFY(m_stack->open());
    }

    void cleanup()
    {
        m_seeds.reset();
        m_libraryView.reset();
        m_covers.reset();
        m_stack.reset();
    }

    // Seeds follow the library: retagged, a seed shows its new title; gone from the library, it is taken out
    // of the seeds and the list says so (a generate would have failed on it).
    void seedsFollowTheLibrary()
    {
        const ScannedDemoLibrary::Copy copy = m_demo.freshCopy();
        LibraryStack stack(copy.db);
        CoverProvider covers;
        SeedList seeds(stack.library(), stack.pipeline(), covers);
        QVERIFY(stack.open());
        const std::int64_t gold = test::idOf(*stack.library().catalog(), QStringLiteral("Gold"));
        const std::int64_t ember = test::idOf(*stack.library().catalog(), QStringLiteral("Ember"));
        seeds.addTracks({gold, ember});
        QCOMPARE(seeds.seedIds(), (std::vector<std::int64_t>{gold, ember}));
        QSignalSpy said(&seeds, &SeedList::message);
        {
            Database db(copy.db);
            TrackStore store(db);
            TrackInfo info = *store.trackByPath(stack.library().catalog()->find(ember)->path);
            info.title = QStringLiteral("Ember (live)");
            store.update(ember, info);
            store.remove(gold);
        }
        emit stack.pipeline().tracksChanged(); // as a scan that changed them does
        QTRY_COMPARE(seeds.seedIds(), (std::vector<std::int64_t>{ember}));
        QCOMPARE(seeds.model().seeds().front().title, QStringLiteral("Ember (live)"));
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.at(0).at(0).toString().contains(QStringLiteral("“Gold”")),
                 qPrintable(said.at(0).at(0).toString()));
    }

    void acceptsLibraryRowsDroppedAsTrackIds()
    {
        const DropOutcome outcome =
            simulateDrop(m_seeds->view(), libraryDrag({"Neon Rain", "Voltage"}), {20, 20});
        QVERIFY(outcome.enterAccepted);
        QVERIFY(outcome.dropAccepted);
        QCOMPARE(outcome.action, Qt::CopyAction); // never a move: the library keeps its rows
        QCOMPARE(seedTitles(), QStringList({"Voltage", "Neon Rain"}));
        // Dropping a seed again does not duplicate it; a new one lands where it is dropped.
        simulateDrop(m_seeds->view(), libraryDrag({"Neon Rain", "Ember"}), abovePoint(m_seeds->view(), 1));
        QCOMPARE(seedTitles(), QStringList({"Voltage", "Ember", "Neon Rain"}));
    }

    void acceptsMp3FilesAndFoldersFromAFileManager()
    {
        // One file already in the library, one outside it, and a whole folder outside it.
        const QString outside = m_dir.filePath(QStringLiteral("Downloads/new song.mp3"));
        Tags tags;
        tags.title = QStringLiteral("Fresh Download");
        tags.artist = QStringLiteral("Newcomer");
        QVERIFY(writeMp3(outside, {}, tags));
        const QString folder = m_dir.filePath(QStringLiteral("Downloads/EP"));
        tags.title = QStringLiteral("EP Opener");
        QVERIFY(writeMp3(folder + QStringLiteral("/1.mp3"), {}, tags));
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(m_demo.demo().find(QStringLiteral("Gold"))->path),
                       QUrl::fromLocalFile(outside), QUrl::fromLocalFile(folder),
                       QUrl(QStringLiteral("https://example.com/x.mp3"))});
        const int tracksBefore = m_stack->library().catalog()->size();
        const DropOutcome outcome = simulateDrop(m_seeds->view(), data, {20, 20});
        QVERIFY(outcome.enterAccepted);
        QVERIFY(outcome.dropAccepted);
        QTRY_COMPARE_WITH_TIMEOUT(seedTitles(), QStringList({"Gold", "Fresh Download", "EP Opener"}), 10000);
        // They were scanned into the library on the spot, and analysed before they became seeds.
        QTRY_COMPARE(m_stack->library().catalog()->size(), tracksBefore + 2);
        QVERIFY(m_stack->library().catalog()->find(m_seeds->seedIds()[1]));
        Database check(m_demo.db());
        for (const std::int64_t id : m_seeds->seedIds())
            QVERIFY(DescriptorStore(check).get(id, 1));
    }

    void ignoresDropsWithNothingUsable()
    {
        auto* data = new QMimeData;
        data->setText(QStringLiteral("just text"));
        const DropOutcome outcome = simulateDrop(m_seeds->view(), data, {20, 20});
        QVERIFY(!outcome.dropAccepted);
        QVERIFY(m_seeds->seedIds().empty());
    }

    void removesAndReordersSeeds()
    {
        m_seeds->addTracks({idOf("Neon Rain"), idOf("Voltage"), idOf("Ember"), idOf("Gold")});
        QListView* view = m_seeds->view();
        view->setFocus();
        // Reorder by dragging a seed below another: the drag carries this view's origin token.
        view->selectionModel()->select(m_seeds->model().index(0), QItemSelectionModel::ClearAndSelect);
        simulateDrop(view, m_seeds->model().mimeData({m_seeds->model().index(0)}), belowPoint(view, 2));
        QCOMPARE(seedTitles(), QStringList({"Voltage", "Ember", "Neon Rain", "Gold"}));
        // Reorder by keys.
        view->selectionModel()->setCurrentIndex(m_seeds->model().index(3),
                                                QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(seedTitles(), QStringList({"Voltage", "Ember", "Gold", "Neon Rain"}));
        // Remove with Delete.
        view->selectionModel()->setCurrentIndex(m_seeds->model().index(0),
                                                QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(seedTitles(), QStringList({"Ember", "Gold", "Neon Rain"}));
        // The keyboard stays in place (it went back to the first seed): Delete again takes the next one, and
        // at the end the one before.
        view->selectionModel()->setCurrentIndex(m_seeds->model().index(1),
                                                QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(seedTitles(), QStringList({"Ember", "Neon Rain"}));
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(seedTitles(), QStringList({"Ember"}));
        QCOMPARE(view->currentIndex().row(), 0);
        m_seeds->setSeeds({});
        QVERIFY(m_seeds->seedIds().empty());
    }

    // Many seeds at once (a lasso on the map) are said, and Ctrl+Z takes back each change in turn: the
    // addition, a removal, a clearing. A restored session starts with nothing to undo.
    void ctrlZTakesBackTheLastChangesToTheSeeds()
    {
        QSignalSpy said(m_seeds.get(), &SeedList::message);
        m_seeds->addTracks({idOf("Neon Rain")});
        QCOMPARE(said.count(), 0); // one seed shows where it lands
        m_seeds->addTracks({idOf("Voltage"), idOf("Ember"), idOf("Gold")});
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.at(0).at(0).toString().startsWith(QLatin1String("3 song")) &&
                     said.at(0).at(0).toString().contains(QLatin1String("Ctrl+Z takes them back")),
                 qPrintable(said.at(0).at(0).toString()));
        QListView* view = m_seeds->view();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(m_seeds->model().index(0),
                                                QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Delete);
        m_seeds->findChild<QToolButton*>(QStringLiteral("clearSeeds"))->click();
        QVERIFY(m_seeds->seedIds().empty());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(seedTitles(), QStringList({"Voltage", "Ember", "Gold"}));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(seedTitles(), QStringList({"Neon Rain", "Voltage", "Ember", "Gold"}));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(seedTitles(), QStringList({"Neon Rain"}));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_seeds->seedIds().empty());
        QVERIFY(!m_seeds->undo());
        QVERIFY(!m_seeds->undoAction()->isEnabled());
        // Redo walks forward again, until a new change is made.
        QVERIFY(m_seeds->redoAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(seedTitles(), QStringList({"Neon Rain"}));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(seedTitles(), QStringList({"Neon Rain", "Voltage", "Ember", "Gold"}));
        QVERIFY(m_seeds->undoAction()->isEnabled());
        m_seeds->addTracks({idOf("Woodsmoke")});
        QVERIFY(!m_seeds->redo());
        QVERIFY(!m_seeds->redoAction()->isEnabled());
        QVERIFY(m_seeds->undo());
        QCOMPARE(seedTitles(), QStringList({"Neon Rain", "Voltage", "Ember", "Gold"}));
        m_seeds->setSeeds({idOf("Gold")});
        QVERIFY(!m_seeds->undo());
        QVERIFY(!m_seeds->redo());
        QCOMPARE(seedTitles(), QStringList({"Gold"}));
    }
};

QTEST_MAIN(TestSeedList)
#include "tst_seedlist.moc"
