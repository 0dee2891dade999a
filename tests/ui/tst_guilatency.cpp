#include "core/service/Library.h"
#include "tests/support/Mp3Fixture.h"
#include "ui/FirstRunDialog.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace soundalike;
using namespace soundalike::test;

// The GUI thread must never wait on the disk: while the first scan of 1,000 tracks runs (and the library
// view refreshes as batches land), no event-loop iteration may take over 50 ms.
class TestGuiLatency : public QObject
{
    Q_OBJECT

    static constexpr int kTracks = 1000;
    static constexpr qint64 kMaxStallMs = 50;

private slots:
    void theEventLoopKeepsTurningDuringAScan()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("Music"));
        AudioSpec spec;
        spec.seconds = 0.3;
        const QByteArray mp3 = encodeMp3(generate(spec), spec.sampleRate, spec.channels, spec.bitrateKbps);
        for (int i = 0; i < kTracks; ++i) {
            const QString path =
                QStringLiteral("%1/Artist %2/Album %3/%4.mp3").arg(music).arg(i / 40).arg(i / 10).arg(i);
            Tags tags;
            tags.title = QStringLiteral("Song %1").arg(i);
            tags.artist = QStringLiteral("Artist %1").arg(i / 40);
            tags.album = QStringLiteral("Album %1").arg(i / 10);
            tags.genres = {QStringLiteral("Genre %1").arg(i % 7)};
            QVERIFY(writeFile(path, mp3) && writeTags(path, tags));
        }

        MainWindow window(dir.filePath(QStringLiteral("library.db")),
                          dir.filePath(QStringLiteral("settings.conf")));
        window.library().setRefreshInterval(
            50); // refresh the views as often as a scan allows, to load the GUI
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<FirstRunDialog*>());
        auto* dialog = window.findChild<FirstRunDialog*>();
        dialog->setFolder(music);

        QElapsedTimer clock;
        qint64 last = -1;
        qint64 worst = 0;
        bool measuring = false;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (measuring && last >= 0)
                worst = std::max(worst, now - last);
            last = now;
        });
        int refreshes = 0;
        connect(&window.library(), &Library::catalogChanged, this,
                [&] { refreshes += window.library().isScanning(); });
        QSignalSpy finished(&window.library(), &Library::scanFinished);
        clock.start();
        ticker.start();
        measuring = true;
        dialog->accept();
        QVERIFY(finished.wait(60000));
        // The last reload and the views' reset after it count too.
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryView()->tableModel().matchCount(), kTracks, 10000);
        QTest::qWait(200);
        measuring = false;
        qInfo("scan of %d tracks: %lld ms, %d refreshes while scanning, longest event-loop stall %lld ms",
              kTracks, clock.elapsed(), refreshes, worst);
        QVERIFY2(worst <= kMaxStallMs, qPrintable(QStringLiteral("stall of %1 ms").arg(worst)));
    }
};

QTEST_MAIN(TestGuiLatency)
#include "tst_guilatency.moc"
