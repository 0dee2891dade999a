#include "ui/HelpMenu.h"
#include "ui/MessageLogDialog.h"
#include "ui/StatusMessage.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace soundalike;

// A passing message fits the room the corner widgets leave, and fits it again when that room changes while
// it shows: a progress bar appearing after it must not cut it mid-word (seen at 1100 px during analysis).
class TestStatusMessage : public QObject
{
    Q_OBJECT

    static QString longText()
    {
        return QStringLiteral("New similarity model learnt from 65 tracks (from the sound alone, as no genre "
                              "tags were found); the playlists and the map use it from now on.");
    }

private slots:
    void aMessageIsCutAgainWhenTheRoomChanges()
    {
        QMainWindow window;
        window.resize(700, 300);
        auto* corner = new QLabel(QStringLiteral("Measuring loudness: 12 of 65 tracks"));
        window.statusBar()->addPermanentWidget(corner);
        corner->hide();
        StatusMessage message(*window.statusBar());
        message.addCorner(corner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStatusBar* bar = window.statusBar();
        const QFontMetrics metrics = bar->fontMetrics();

        message.show(longText());
        const QString whole = bar->currentMessage();
        QVERIFY2(whole.endsWith(QChar(0x2026)), qPrintable(whole)); // 700 px holds only part of it
        QCOMPARE(bar->toolTip(), longText());

        corner->show();
        QTRY_VERIFY(bar->currentMessage() != whole);
        const QString beside = bar->currentMessage();
        QVERIFY2(beside.endsWith(QChar(0x2026)) && beside.size() < whole.size(), qPrintable(beside));
        QVERIFY(metrics.horizontalAdvance(beside) <= bar->width() - corner->width());

        corner->hide();
        QTRY_COMPARE(bar->currentMessage(), whole);
        window.resize(1600, 300);
        QTRY_COMPARE(bar->currentMessage(), longText()); // room for all of it now

        // Another message put there by someone else is left alone.
        bar->showMessage(QStringLiteral("Something else"));
        window.resize(600, 300);
        corner->show();
        QTest::qWait(50);
        QCOMPARE(bar->currentMessage(), QStringLiteral("Something else"));
    }

    // "Library is up to date." after a rescan the watcher started replaced "Only 8 of 12 songs fit these
    // seeds well" a second after it appeared.
    void routineNewsWaitsForAFreeBar()
    {
        QMainWindow window;
        window.resize(900, 300);
        StatusMessage message(*window.statusBar());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStatusBar* bar = window.statusBar();
        const QString important = QStringLiteral("Only 8 of 12 songs fit these seeds well.");
        const QString routine = QStringLiteral("Library is up to date.");

        message.show(important);
        message.showIfFree(routine);
        QCOMPARE(bar->currentMessage(), important);
        QCOMPARE(bar->toolTip(), important);

        bar->clearMessage(); // as when its time runs out
        message.showIfFree(routine);
        QCOMPARE(bar->currentMessage(), routine);

        message.show(important); // and news that matters replaces routine news
        QCOMPARE(bar->currentMessage(), important);
    }

    // "Could not open 3 items: …" went before it could be read or hovered: a long message stays longer, and
    // any stays while the pointer rests on it.
    void aMessageStaysToBeReadAndWhileHovered()
    {
        const QString shortText = QStringLiteral("Library is up to date.");
        const QString longText = QStringLiteral("Could not open 3 items: ") + QString(150, QLatin1Char('x'));
        QCOMPARE(StatusMessage::readingTime(shortText), 8000 + 60 * int(shortText.size()));
        QVERIFY(StatusMessage::readingTime(longText) > StatusMessage::readingTime(shortText) + 8000);
        QCOMPARE(StatusMessage::readingTime(QString(2000, QLatin1Char('x'))), 30000);

        QMainWindow window;
        window.resize(900, 300);
        StatusMessage message(*window.statusBar());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStatusBar* bar = window.statusBar();
        message.show(shortText);
        QEvent enter(QEvent::Enter);
        QCoreApplication::sendEvent(bar, &enter);
        QTest::qWait(StatusMessage::readingTime(shortText) + 1000);
        QCOMPARE(bar->currentMessage(), shortText); // held while hovered, past its time
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(bar, &leave);
        QCOMPARE(bar->currentMessage(), shortText);
        QTRY_VERIFY_WITH_TIMEOUT(bar->currentMessage().isEmpty(), 10000); // and goes once left
    }

    // What the bar said stays readable after it went, whole, newest first: Help ▸ Recent Messages, or a
    // double-click on the bar, opens the list, which follows new messages while open; Ctrl+C copies rows.
    void recentMessagesCanBeReadAgain()
    {
        QMainWindow window;
        window.resize(700, 300);
        StatusMessage message(*window.statusBar());
        HelpMenu help(window, message);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        message.show(longText());
        message.show(QStringLiteral("Library is up to date."));
        message.show(QStringLiteral("Library is up to date.")); // said twice in a row: one entry
        message.record(QStringLiteral("The sound output does not work."));
        QCOMPARE(message.log().entries().size(), std::size_t(3));

        QTest::mouseDClick(window.statusBar(), Qt::LeftButton);
        MessageLogDialog* dialog = help.messagesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QListWidget* list = dialog->list();
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("The sound output does not work.")));
        QVERIFY(list->item(2)->text().endsWith(longText())); // whole, though the bar had to cut it

        message.show(QStringLiteral("Skipped “Gone”: the file is not there"));
        QCOMPARE(list->count(), 4);
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("Skipped “Gone”: the file is not there")));

        list->item(0)->setSelected(true);
        list->item(1)->setSelected(true);
        list->setFocus();
        QTest::keySequence(list, QKeySequence::Copy);
        const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), 2);
        QVERIFY(copied.at(1).endsWith(QStringLiteral("The sound output does not work.")));

        // The menu opens the same list, not a second one.
        dialog->close();
        QMenu* menu = window.menuBar()->actions().front()->menu();
        for (QAction* action : menu->actions()) {
            if (action->text() == QStringLiteral("Recent &Messages"))
                action->trigger();
        }
        QCOMPARE(help.messagesDialog(), dialog);
        QVERIFY(dialog->isVisible());
    }
};

QTEST_MAIN(TestStatusMessage)
#include "tst_statusmessage.moc"
