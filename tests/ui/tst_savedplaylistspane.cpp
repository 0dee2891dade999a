#include "core/service/Application.h"
#include "core/service/Library.h"
#include "core/service/LibraryPipeline.h"
#include "core/service/playlists/PlaylistLibrary.h"
#include "core/service/playlists/SavedPlaylists.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/ui/DragDrop.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "ui/SavedPlaylistsModel.h"
#include "ui/SavedPlaylistsPane.h"
#include "ui/SavedSongsModel.h"
#include "ui/SavedSongsView.h"
#include "ui/TrackMime.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace soundalike;
using namespace soundalike::test;

// The sidebar of saved playlists, offscreen over a real scanned library and its database: listing, choosing,
// renaming in place, reordering by drag and by Alt+Up/Down, removing, adding from the library, deleting after
// asking, unavailable songs shown as such, and how it looks in both languages.
class TestSavedPlaylistsPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_scanned;
    QString m_db;
    std::int64_t m_road = 0;
    std::int64_t m_chill = 0;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<SavedPlaylistsPane> m_pane;

    std::vector<PlaylistEntry> entries(const QStringList& titles)
    {
        std::vector<Track> tracks = TrackStore(*std::make_unique<Database>(m_db)).find({});
        std::vector<PlaylistEntry> found;
        for (const QString& title : titles) {
            for (const Track& t : tracks) {
                if (t.title == title)
                    found.push_back({t, -1, 0, {}});
            }
        }
        return found;
    }

    QStringList shownSongs() const { return titlesOf(m_pane->songs()->model().entries()); }

    QStringList savedSongs(std::int64_t id) const { return titlesOf(SavedPlaylists(m_db).load(id).entries); }

    void selectSongs(const std::vector<int>& rows)
    {
        QItemSelection selection;
        for (const int row : rows)
            selection.select(m_pane->songs()->model().index(row, 0),
                             m_pane->songs()->model().index(row, m_pane->songs()->model().columnCount() - 1));
        m_pane->songs()->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    // Chooses the playlist and waits for its songs.
    void choose(std::int64_t id, int songs)
    {
        m_pane->select(id);
        QTRY_COMPARE(m_pane->songs()->model().rowCount(), songs);
    }

private slots:
    void initTestCase() { QVERIFY(m_scanned.prepare(m_dir.filePath(QStringLiteral("scanned")))); }

    void init()
    {
        const ScannedDemoLibrary::Copy files = m_scanned.freshCopy();
        m_db = files.db;
        {
            SavedPlaylists saved(m_db);
            m_road =
                saved.save(QStringLiteral("Road trip"), entries({"Neon Rain", "Voltage", "Ember", "Gold"}));
            m_chill = saved.save(QStringLiteral("chill"), entries({"Mercado"}));
        }
        m_app = std::make_unique<Application>(m_db, files.settings);
        m_pane = std::make_unique<SavedPlaylistsPane>(m_app->savedPlaylists(), m_app->library(),
                                                      m_app->pipeline());
        m_pane->resize(560, 260);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QSignalSpy opened(&m_app->library(), &Library::opened);
        m_app->library().open();
        QVERIFY(opened.wait());
        QTRY_COMPARE(m_pane->model().rowCount(), 2);
    }

    void cleanup()
    {
        m_pane.reset();
        m_app.reset();
    }

    void listsByNameAndShowsTheSongsOfTheChosenOne()
    {
        QCOMPARE(m_pane->model().index(0, SavedPlaylistsModel::Name).data().toString(),
                 QStringLiteral("chill"));
        QCOMPARE(m_pane->model().index(1, SavedPlaylistsModel::Name).data().toString(),
                 QStringLiteral("Road trip"));
        QCOMPARE(m_pane->model().index(1, SavedPlaylistsModel::Songs).data().toInt(), 4);
        // Named first: the column is often narrower than the name.
        QVERIFY(m_pane->model()
                    .index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Road trip\n4 song")));
        QVERIFY(!m_pane->findChild<QToolButton*>(QStringLiteral("playSavedPlaylist"))->isEnabled());
        choose(m_road, 4);
        QCOMPARE(shownSongs(), (QStringList{"Neon Rain", "Voltage", "Ember", "Gold"}));
        QVERIFY(m_pane->findChild<QToolButton*>(QStringLiteral("playSavedPlaylist"))->isEnabled());

        QSignalSpy play(m_pane.get(), &SavedPlaylistsPane::playRequested);
        m_pane->list()->setFocus();
        QTest::keyClick(m_pane->list(), Qt::Key_Return);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).value<std::int64_t>(), m_road);
        QCOMPARE(play.at(0).at(1).toInt(), 0);
        // A song played from the list starts the playlist there.
        emit m_pane->songs()->view()->activated(m_pane->songs()->model().index(2, 1));
        QCOMPARE(play.at(1).at(1).toInt(), 2);
    }

    void f2RenamesInPlace()
    {
        choose(m_chill, 1);
        m_pane->list()->setFocus();
        QTest::keyClick(m_pane->list(), Qt::Key_F2);
        auto* editor = m_pane->list()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Evening calm"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(SavedPlaylists(m_db).load(m_chill).info.name, QStringLiteral("Evening calm"));
        QTRY_COMPARE(m_pane->model().index(0, 0).data().toString(), QStringLiteral("Evening calm"));
        // Still chosen after the list was read again, its songs still shown.
        QCOMPARE(m_pane->selectedId(), m_chill);
        QCOMPARE(shownSongs(), QStringList{"Mercado"});

        // A name in use is refused with a message, and nothing changes.
        QSignalSpy message(m_pane.get(), &SavedPlaylistsPane::message);
        QVERIFY(
            m_pane->model().setData(m_pane->model().index(0, 0), QStringLiteral("Road trip"), Qt::EditRole));
        QTRY_COMPARE(message.count(), 1);
        QVERIFY(message.at(0).at(0).toString().contains(QLatin1String("already exists")));
        QCOMPARE(SavedPlaylists(m_db).load(m_chill).info.name, QStringLiteral("Evening calm"));
        // The next rename that works says so, in place of the refusal.
        QVERIFY(m_pane->model().setData(m_pane->model().index(0, 0), QStringLiteral(" Late  night "),
                                        Qt::EditRole));
        QTRY_COMPARE(message.count(), 2);
        QCOMPARE(message.at(1).at(0).toString(), QStringLiteral("Renamed to “Late night”."));
    }

    void altUpAndDownMoveSongsAndTheOrderIsSaved()
    {
        choose(m_road, 4);
        QTreeView* songs = m_pane->songs()->view();
        songs->setFocus();
        selectSongs({1});
        QTest::keyClick(songs, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(shownSongs(), (QStringList{"Neon Rain", "Ember", "Voltage", "Gold"}));
        // Still selected: pressed again, it moves on.
        QTest::keyClick(songs, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(shownSongs(), (QStringList{"Neon Rain", "Ember", "Gold", "Voltage"}));
        QTest::keyClick(songs, Qt::Key_Down, Qt::AltModifier); // already last
        selectSongs({0, 1});
        QTest::keyClick(songs, Qt::Key_Up, Qt::AltModifier); // already first
        QTest::keyClick(songs, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(shownSongs(), (QStringList{"Gold", "Neon Rain", "Ember", "Voltage"}));
        QTRY_COMPARE(savedSongs(m_road), (QStringList{"Gold", "Neon Rain", "Ember", "Voltage"}));
        // The pane's own saves do not reload it under the keyboard.
        QTest::qWait(200);
        QCOMPARE(songs->selectionModel()->selectedRows().size(), 2);
    }

    void dragReordersAndDropsFromTheLibraryAdd()
    {
        choose(m_road, 4);
        QTreeView* songs = m_pane->songs()->view();
        selectSongs({3});
        QMimeData* own = m_pane->songs()->model().mimeData(songs->selectionModel()->selectedIndexes());
        const DropOutcome moved = simulateDrop(songs, own, abovePoint(songs, 0));
        QVERIFY(moved.dropAccepted);
        QCOMPARE(moved.action, Qt::CopyAction); // never a move the source would answer by deleting
        QCOMPARE(shownSongs(), (QStringList{"Gold", "Neon Rain", "Voltage", "Ember"}));

        const Track mercado = entries({"Mercado"}).front().track;
        const DropOutcome added = simulateDrop(songs, TrackMime::encode({&mercado}), belowPoint(songs, 0));
        QVERIFY(added.dropAccepted);
        QCOMPARE(shownSongs(), (QStringList{"Gold", "Mercado", "Neon Rain", "Voltage", "Ember"}));
        QTRY_COMPARE(savedSongs(m_road), (QStringList{"Gold", "Mercado", "Neon Rain", "Voltage", "Ember"}));
        QTRY_COMPARE(m_pane->model().index(1, SavedPlaylistsModel::Songs).data().toInt(), 5);
    }

    void deleteRemovesSongsAndAPlaylistOnlyAfterAsking()
    {
        choose(m_road, 4);
        QTreeView* songs = m_pane->songs()->view();
        songs->setFocus();
        selectSongs({0, 2});
        QTest::keyClick(songs, Qt::Key_Delete);
        QCOMPARE(shownSongs(), (QStringList{"Voltage", "Gold"}));
        QTRY_COMPARE(savedSongs(m_road), (QStringList{"Voltage", "Gold"}));

        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QLatin1String("Road trip")));
                box->button(button)->click();
            });
        };
        m_pane->list()->setFocus();
        answer(QMessageBox::Cancel);
        QTest::keyClick(m_pane->list(), Qt::Key_Delete);
        QTest::qWait(100);
        QCOMPARE(m_pane->model().rowCount(), 2);
        // The closed dialog took the window's activation with it; shortcuts work in the active window only.
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        m_pane->list()->setFocus();
        answer(QMessageBox::Yes);
        QTest::keyClick(m_pane->list(), Qt::Key_Delete);
        QTRY_COMPARE(m_pane->model().rowCount(), 1);
        QCOMPARE(m_pane->selectedId(), std::int64_t(0));
        QVERIFY(m_pane->songs()->model().entries().empty());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)SavedPlaylists(m_db).load(m_road));
    }

    void duplicateIsChosenUnderAFreeName()
    {
        choose(m_road, 4);
        m_pane->duplicateSelected();
        QTRY_COMPARE(m_pane->model().rowCount(), 3);
        QTRY_COMPARE(m_pane->model().index(m_pane->model().rowOf(m_pane->selectedId()), 0).data().toString(),
                     QStringLiteral("Road trip 2"));
        QTRY_COMPARE(shownSongs(), (QStringList{"Neon Rain", "Voltage", "Ember", "Gold"}));
    }

    // The drive holding some songs is unplugged: the library marks them unavailable, and the sidebar shows
    // them greyed, with why, without dropping them; they look as before once the drive is back.
    void unavailableSongsAreShownAsSuch()
    {
        choose(m_road, 4);
        const std::int64_t voltage = entries({"Voltage"}).front().track.id;
        {
            Database db(m_db);
            TrackStore(db).setAvailable(voltage, false);
        }
        emit m_app->pipeline().tracksChanged(); // as a rescan that marked it does
        QTRY_VERIFY(!m_pane->songs()->model().entries().empty() &&
                    !m_pane->songs()->model().entries()[1].track.available);
        const QModelIndex row = m_pane->songs()->model().index(1, SavedSongsModel::Title);
        QCOMPARE(row.data().toString(), QStringLiteral("Voltage"));
        QVERIFY(row.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>(),
                 QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Not available")));
        QVERIFY(m_pane->model()
                    .index(m_pane->model().rowOf(m_road), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("1 song")));
        QCOMPARE(shownSongs().size(), 4);
        {
            Database db(m_db);
            TrackStore(db).setAvailable(voltage, true);
        }
        emit m_app->pipeline().tracksChanged();
        QTRY_VERIFY(m_pane->songs()->model().entries().size() == 4 &&
                    m_pane->songs()->model().entries()[1].track.available);
    }

    // What the sidebar looks like, in English and in Russian: saved beside the test for a person to look at.
    void looksRightInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("English") << "en"
                                 << "Playlists";
        QTest::newRow("Russian") << "ru"
                                 << "Плейлисты";
    }

    void looksRightInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        m_pane.reset();
        const UiLanguage speaking(language);
        m_pane = std::make_unique<SavedPlaylistsPane>(m_app->savedPlaylists(), m_app->library(),
                                                      m_app->pipeline());
        m_pane->resize(560, 240);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE(m_pane->model().rowCount(), 2);
        QList<QString> labels;
        for (const QLabel* label : m_pane->findChildren<QLabel*>())
            labels << label->text();
        QVERIFY2(labels.contains(title), qPrintable(labels.join(QLatin1Char('|'))));
        {
            Database db(m_db);
            TrackStore(db).setAvailable(entries({"Ember"}).front().track.id, false);
        }
        emit m_app->pipeline().tracksChanged();
        choose(m_road, 4);
        QTRY_VERIFY(!m_pane->songs()->model().entries()[2].track.available);
        const QImage image = m_pane->grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir::current().filePath(QStringLiteral("saved-playlists-%1.png").arg(language));
        QVERIFY(image.save(file));
    }
};

QTEST_MAIN(TestSavedPlaylistsPane)
#include "tst_savedplaylistspane.moc"
