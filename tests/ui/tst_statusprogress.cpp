#include "ui/StatusProgress.h"
#include "ui/UiLanguage.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace soundalike;

// Several background jobs share the status bar: the one begun last is shown, the one before it comes back
// when it ends, and the stop button names the job shown.
class TestStatusProgress : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLatestJobAndFallsBackWhenItEnds()
    {
        const UiLanguage english(QStringLiteral("en")); // the plural forms ("100 tracks") are in its file
        StatusProgress progress;
        QVERIFY(progress.isHidden());
        progress.begin(QStringLiteral("analysis"), QStringLiteral("Analysing audio"));
        progress.progress(QStringLiteral("analysis"), 10, 100, StatusProgress::Unit::Tracks);
        QVERIFY(!progress.isHidden());
        QCOMPARE(progress.text(), QStringLiteral("Analysing audio: 10 of 100 tracks"));

        progress.begin(QStringLiteral("drop"), QStringLiteral("Analysing dropped tracks"));
        QCOMPARE(progress.shownKey(), QStringLiteral("drop"));
        QCOMPARE(progress.text(), QStringLiteral("Analysing dropped tracks…"));
        // The hidden job goes on counting.
        progress.progress(QStringLiteral("analysis"), 20, 100, StatusProgress::Unit::Tracks);
        QCOMPARE(progress.text(), QStringLiteral("Analysing dropped tracks…"));

        QSignalSpy cancel(&progress, &StatusProgress::cancelRequested);
        progress.findChild<QToolButton*>()->click();
        QCOMPARE(cancel.count(), 1);
        QCOMPARE(cancel.at(0).at(0).toString(), QStringLiteral("drop"));

        progress.finish(QStringLiteral("drop"));
        QCOMPARE(progress.shownKey(), QStringLiteral("analysis"));
        QCOMPARE(progress.text(), QStringLiteral("Analysing audio: 20 of 100 tracks"));
        QVERIFY(progress.isRunning(QStringLiteral("analysis")));
        QVERIFY(!progress.isRunning(QStringLiteral("drop")));

        progress.finish(QStringLiteral("analysis"));
        QVERIFY(progress.isHidden());
        QVERIFY(progress.shownKey().isEmpty());
        progress.progress(QStringLiteral("analysis"), 30, 100,
                          StatusProgress::Unit::Tracks); // ended: ignored
        QVERIFY(progress.isHidden());
    }

    void countsInWholePhrases()
    {
        const UiLanguage english(QStringLiteral("en"));
        using Unit = StatusProgress::Unit;
        QCOMPARE(StatusProgress::countText(3, 40, Unit::Epochs), QStringLiteral("3 of 40 epochs"));
        QCOMPARE(StatusProgress::countText(1, 1, Unit::Epochs), QStringLiteral("1 of 1 epoch"));
        QCOMPARE(StatusProgress::countText(120, 0, Unit::Files), QStringLiteral("120 files found"));
        QCOMPARE(StatusProgress::countText(0, 1, Unit::Tracks), QStringLiteral("0 of 1 track"));
    }

    void saysHowLongIsLeft()
    {
        QCOMPARE(StatusProgress::remainingText(400), QStringLiteral("1 s left"));
        QCOMPARE(StatusProgress::remainingText(125000), QStringLiteral("about 2 min left"));
        QCOMPARE(StatusProgress::remainingText(3 * 3600000 + 5 * 60000),
                 QStringLiteral("about 3 h 5 min left"));
    }
};

QTEST_MAIN(TestStatusProgress)
#include "tst_statusprogress.moc"
