#include "core/playback/Playlist.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/ui/CatalogTitles.h"
#include "tests/ui/DragDrop.h"
#include "tests/ui/LibraryStack.h"
#include "tests/ui/ScannedDemoLibrary.h"
#include "ui/PlaceholderText.h"
#include "ui/PlaylistModel.h"
#include "ui/PlaylistView.h"
#include "ui/TrackMime.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace soundalike;
using namespace soundalike::test;

class TestPlaylistView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScannedDemoLibrary m_demo;
    std::unique_ptr<LibraryStack> m_stack;
    std::unique_ptr<Playlist> m_playlist;
    std::unique_ptr<PlaylistView> m_view;

    QStringList titles() const { return titlesOf(m_playlist->entries()); }

    void fill(const QStringList& titles)
    {
        std::vector<PlaylistEntry> entries;
        const auto catalog = m_stack->library().catalog();
        for (const QString& title : titles) {
            for (int i = 0; i < catalog->size(); ++i) {
                if (catalog->at(i).title == title)
                    entries.push_back(
                        {catalog->at(i), 0.9, 1, QStringLiteral("Like seed X: tempo, timbre"), 0.85});
            }
        }
        m_playlist->setEntries(std::move(entries));
    }

    void select(const std::vector<int>& rows)
    {
        QItemSelection selection;
        for (const int row : rows)
            selection.select(m_view->model().index(row, 0),
                             m_view->model().index(row, PlaylistModel::ColumnCount - 1));
        m_view->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

private slots:
    void initTestCase() { QVERIFY(m_demo.prepare(m_dir.path())); }

    void init()
    {
        m_stack = std::make_unique<LibraryStack>(m_demo.db());
        m_playlist = std::make_unique<Playlist>();
        m_view = std::make_unique<PlaylistView>(*m_playlist, m_stack->library(), m_stack->pipeline());
        m_view->resize(600, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_stack->open());
        fill({"Neon Rain", "Voltage", "Ember", "Gold", "Mercado"});
    }

    void cleanup()
    {
        m_view.reset();
        m_playlist.reset();
        m_stack.reset();
    }

    // An empty pane a few lines high (the playlist and Up next on a 600-px screen) showed its hint sliced
    // through the middle of its lines; it shows the lines that fit, whole, the last one ending in "…".
    void aShortPaneShowsWholeHintLines()
    {
        const QString hint =
            QStringLiteral("Generate a playlist: drag songs onto the seeds, then press Generate. "
                           "Its songs play at once and you can reorder them here.");
        const QFont font = QApplication::font();
        const QFontMetrics metrics(font);
        const QSize twoLines(220, metrics.lineSpacing() * 2 + metrics.lineSpacing() / 2);
        const QStringList shown = PlaceholderText::fittingLines(hint, font, twoLines);
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.back().endsWith(QChar(0x2026)), qPrintable(shown.join('|')));
        for (const QString& line : shown)
            QVERIFY2(metrics.horizontalAdvance(line) <= twoLines.width(), qPrintable(line));
        const QStringList whole = PlaceholderText::fittingLines(hint, font, QSize(220, 1000));
        QVERIFY(whole.size() > 2);
        QCOMPARE(whole.join(QLatin1Char(' ')), hint);
        QCOMPARE(PlaceholderText::fittingLines(hint, font, QSize(220, 3)).size(), 1);
    }

    void showsPositionTitleArtistDurationSimilarityAndWhy()
    {
        const PlaylistModel& model = m_view->model();
        QCOMPARE(model.index(0, PlaylistModel::Position).data().toInt(), 1);
        QCOMPARE(model.index(0, PlaylistModel::Title).data().toString(), QStringLiteral("Neon Rain"));
        QCOMPARE(model.index(0, PlaylistModel::Artist).data().toString(),
                 QStringLiteral("The Velvet Static"));
        QCOMPARE(model.index(0, PlaylistModel::Duration).data().toString(), QStringLiteral("0:26"));
        // Match, calibrated to the library, not the raw cosine
        QCOMPARE(model.index(0, PlaylistModel::Similarity).data().toString(), QStringLiteral("85%"));
        QVERIFY(model.index(0, PlaylistModel::Artist)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("tempo, timbre")));
    }

    // A song just under the fit line (70 %) does not read 70 %, and a near-copy does not read 100 %.
    void matchIsCutDownNotRounded()
    {
        const UiLanguage english(QStringLiteral("en")); // as the app speaks it: "4 fit", not "4 fit(s)"
        const std::vector<double> matches{0.6996, 0.7, double(0.85f), 0.9996, 1.0, -1};
        std::vector<PlaylistEntry> entries;
        const auto catalog = m_stack->library().catalog();
        for (std::size_t i = 0; i < matches.size(); ++i)
            entries.push_back({catalog->at(int(i)), 0.9, 1, QString(), matches[i]});
        m_playlist->setEntries(std::move(entries));
        QStringList shown;
        for (int row = 0; row < int(matches.size()); ++row)
            shown << m_view->model().index(row, PlaylistModel::Similarity).data().toString();
        QCOMPARE(shown, (QStringList{"69%", "70%", "85%", "99%", "100%", ""}));
        // The header says how many fit as long as the playlist shows (the status bar's note goes away).
        const QString summary = m_view->findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.endsWith(QStringLiteral(" · 4 fit the seeds well")), qPrintable(summary));
        // Up next, the same songs queued, has no seeds to fit and says nothing of them.
        const PlaylistView queue(*m_playlist, m_stack->library(), m_stack->pipeline(),
                                 PlaylistView::Role::Queue);
        const QString queued = queue.findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY2(queued.startsWith(QStringLiteral("6 songs")) && !queued.contains(QStringLiteral("fit")),
                 qPrintable(queued));
        fill({QStringLiteral("Neon Rain")}); // Match 85 %: all that fit, nothing to say
        QVERIFY(
            !m_view->findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QStringLiteral("fit")));
    }

    void deleteRemovesTheSelectedRows()
    {
        m_view->view()->setFocus();
        select({1, 3});
        QTest::keyClick(m_view->view(), Qt::Key_Delete);
        QCOMPARE(titles(), QStringList({"Neon Rain", "Ember", "Mercado"}));
        QCOMPARE(m_view->model().index(2, PlaylistModel::Position).data().toInt(), 3);
    }

    // Delete in a filtered playlist leaves the keyboard on a song that shows. The row that took the removed
    // song's place was hidden, and the next Delete removed a song the listener could not see.
    void deleteInAFilteredPlaylistStaysOnSongsThatShow()
    {
        m_view->findChild<QLineEdit*>(QStringLiteral("playlistFilter"))->setText(QStringLiteral("marta"));
        QTreeView* view = m_view->view();
        QVERIFY(!view->isRowHidden(2, {}) && !view->isRowHidden(3, {}) && view->isRowHidden(4, {}));
        view->setFocus();
        select({3}); // Gold, the last song shown; Mercado below it is hidden
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(titles(), QStringList({"Neon Rain", "Voltage", "Ember", "Mercado"}));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().front().row(), 2); // Ember
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(titles(), QStringList({"Neon Rain", "Voltage", "Mercado"}));
        // Nothing shows, so nothing is selected, and Delete removes nothing unseen.
        QVERIFY(view->selectionModel()->selectedRows().isEmpty());
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(titles(), QStringList({"Neon Rain", "Voltage", "Mercado"}));
    }

    // Playback ▸ Go to Playing Song: the playing row is selected and in sight, with the keyboard there, even
    // when the playlist's filter hid it (the filter is cleared).
    void goToCurrentShowsThePlayingSong()
    {
        QVERIFY(!m_view->goToCurrent()); // nothing current yet
        m_playlist->setCurrent(4);       // Mercado
        auto* filter = m_view->findChild<QLineEdit*>(QStringLiteral("playlistFilter"));
        filter->setText(QStringLiteral("marta"));
        QTreeView* view = m_view->view();
        QVERIFY(view->isRowHidden(4, {}));
        QVERIFY(m_view->goToCurrent());
        QVERIFY(filter->text().isEmpty());
        QVERIFY(!view->isRowHidden(4, {}));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().front().row(), 4);
        QCOMPARE(view->currentIndex().row(), 4);
        QVERIFY(view->hasFocus());
    }

    void draggingRowsReordersThem()
    {
        QTreeView* view = m_view->view();
        select({0, 1});
        simulateDrop(view, m_view->model().mimeData(view->selectionModel()->selectedIndexes()),
                     belowPoint(view, 3));
        QCOMPARE(titles(), QStringList({"Ember", "Gold", "Neon Rain", "Voltage", "Mercado"}));
        select({4});
        simulateDrop(view, m_view->model().mimeData(view->selectionModel()->selectedIndexes()),
                     abovePoint(view, 0));
        QCOMPARE(titles(), QStringList({"Mercado", "Ember", "Gold", "Neon Rain", "Voltage"}));
    }

    // The queue ("Up next") is the same view over the player's queue: its songs reorder by dragging too.
    void theQueueReordersByDragging()
    {
        m_view = std::make_unique<PlaylistView>(*m_playlist, m_stack->library(), m_stack->pipeline(),
                                                PlaylistView::Role::Queue);
        m_view->resize(600, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTreeView* view = m_view->view();
        QCOMPARE(view->objectName(), QStringLiteral("queue"));
        select({3});
        simulateDrop(view, m_view->model().mimeData(view->selectionModel()->selectedIndexes()),
                     abovePoint(view, 0));
        QCOMPARE(titles(), QStringList({"Gold", "Neon Rain", "Voltage", "Ember", "Mercado"}));
    }

    // Alt+Up and Alt+Down move the selection one place, together, and keep it selected, in the playlist and
    // in Up next (the same view), as in the seed list and a saved playlist's songs.
    void altUpAndDownMoveTheSelectedRows()
    {
        for (const PlaylistView::Role role : {PlaylistView::Role::Playlist, PlaylistView::Role::Queue}) {
            m_view =
                std::make_unique<PlaylistView>(*m_playlist, m_stack->library(), m_stack->pipeline(), role);
            m_view->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
            fill({"Neon Rain", "Voltage", "Ember", "Gold", "Mercado"});
            m_playlist->setCurrent(1);
            QTreeView* view = m_view->view();
            view->setFocus();
            select({1, 3});
            QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
            QCOMPARE(titles(), QStringList({"Voltage", "Gold", "Neon Rain", "Ember", "Mercado"}));
            QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier); // already first
            QCOMPARE(titles(), QStringList({"Voltage", "Gold", "Neon Rain", "Ember", "Mercado"}));
            QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
            QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
            QCOMPARE(titles(), QStringList({"Neon Rain", "Ember", "Voltage", "Gold", "Mercado"}));
            QCOMPARE(m_playlist->current(), 2); // Voltage, still the current song
        }
        // A row the filter hides is carried along, not passed: one press moves past one row that shows.
        QTreeView* view = m_view->view();
        view->setRowHidden(2, {}, true); // Voltage
        select({3});                     // Gold
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(titles(), QStringList({"Neon Rain", "Voltage", "Gold", "Ember", "Mercado"}));
        QCOMPARE(view->selectionModel()->selectedRows().front().row(), 2);
    }

    void reorderingKeepsTheCurrentEntry()
    {
        m_playlist->setCurrent(0);
        select({0});
        QTreeView* view = m_view->view();
        simulateDrop(view, m_view->model().mimeData(view->selectionModel()->selectedIndexes()),
                     belowPoint(view, 2));
        QCOMPARE(m_playlist->at(m_playlist->current()).track.title, QStringLiteral("Neon Rain"));
        QCOMPARE(m_playlist->current(), 2);
    }

    // The playing row's ▶ leaves every row as tall as before: with uniform rows, the first one's height is
    // all rows' height, and the rows jumped as the first song started and stopped playing.
    void rowsKeepTheirHeightWhateverPlays()
    {
        QTreeView* view = m_view->view();
        const auto rowHeight = [view](int row) {
            return view->visualRect(view->model()->index(row, 1)).height();
        };
        const int idle = rowHeight(1);
        m_playlist->setCurrent(0);
        QTRY_COMPARE(rowHeight(1), idle);
        QCOMPARE(rowHeight(0), idle);
        m_playlist->setCurrent(2);
        QTRY_COMPARE(rowHeight(0), idle);
        QCOMPARE(rowHeight(2), idle);
    }

    // The playing song stays in sight: restored far down a long list, or jumped to by shuffle.
    void thePlayingSongIsScrolledIntoView()
    {
        std::vector<PlaylistEntry> entries;
        const auto catalog = m_stack->library().catalog();
        while (entries.size() < 80)
            entries.push_back({catalog->at(int(entries.size()) % catalog->size()), 0.9, 1, QString(), 0.85});
        m_playlist->setEntries(std::move(entries));
        QTreeView* view = m_view->view();
        const auto inSight = [view](int row) {
            return view->viewport()->rect().contains(view->visualRect(view->model()->index(row, 0)));
        };
        QVERIFY(!inSight(70));
        m_playlist->setCurrent(70);
        QTRY_VERIFY(inSight(70));
        m_playlist->setCurrent(3);
        QTRY_VERIFY(inSight(3));
    }

    void acceptsTracksFromTheLibrary()
    {
        const auto catalog = m_stack->library().catalog();
        const Track* track = catalog->find(idOf(*catalog, QStringLiteral("Woodsmoke")));
        QVERIFY(track);
        simulateDrop(m_view->view(), TrackMime::encode({track}), abovePoint(m_view->view(), 1));
        QCOMPARE(titles(), QStringList({"Neon Rain", "Woodsmoke", "Voltage", "Ember", "Gold", "Mercado"}));
    }

    void rowsDragOutAsFiles()
    {
        const std::unique_ptr<QMimeData> data(m_view->model().mimeData({m_view->model().index(1, 0)}));
        QCOMPARE(data->urls().size(), 1);
        QCOMPARE(data->urls().front().toLocalFile(), m_demo.demo().find(QStringLiteral("Voltage"))->path);
        QCOMPARE(m_view->model().supportedDragActions(),
                 Qt::CopyAction); // a file manager copies, never moves
    }

    // A song's tooltip says why it was picked; moving to it with the keys shows it, as hovering does.
    void theKeysShowTheRowsTooltip()
    {
        QTreeView* view = m_view->view();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        view->setFocus();
        view->setCurrentIndex(m_view->model().index(0, PlaylistModel::Title));
        QTest::keyClick(view, Qt::Key_Down);
        const QString expected =
            m_view->model().index(1, PlaylistModel::Title).data(Qt::ToolTipRole).toString();
        QVERIFY(!expected.isEmpty());
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), expected);
    }

    void doubleClickAsksToPlayTheRow()
    {
        QSignalSpy play(m_view.get(), &PlaylistView::playRequested);
        QTreeView* view = m_view->view();
        const QPoint point = view->visualRect(m_view->model().index(2, PlaylistModel::Title)).center();
        // A real double-click: a click, then the second press that the system reports as a double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toInt(), 2);
    }
};

QTEST_MAIN(TestPlaylistView)
#include "tst_playlistview.moc"
