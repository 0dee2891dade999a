#include "core/library/LibraryScanner.h"
#include "core/service/AudioAnalysis.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// The app's background analysis after a scan: real mp3s, real descriptors in the database, a broken file
// reported, the GUI thread free meanwhile.
class TestAudioAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void analysesScannedTracksInTheBackground()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("music"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(writeMp3(music + QStringLiteral("/%1.mp3").arg(i), {AudioSpec::Wave::Music, 12.0}));
        const QString db = dir.filePath(QStringLiteral("library.db"));
        QCOMPARE(LibraryScanner(db).scan({music}).added, 4);

        AudioAnalysis analysis(db);
        QSignalSpy finished(&analysis, &AudioAnalysis::finished);
        QSignalSpy progress(&analysis, &AudioAnalysis::progress);
        analysis.start(2);
        QVERIFY(analysis.isRunning());
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<AudioAnalysisOutcome>();
        QCOMPARE(outcome.analysed, 4);
        QCOMPARE(outcome.embedded, 0); // no model yet: libtorch is not even loaded
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(!progress.isEmpty());
        Database check(db);
        QCOMPARE(DescriptorStore(check).count(1), 4);

        analysis.start(2); // nothing left to do
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(0).value<AudioAnalysisOutcome>().analysed, 0);
    }
};

QTEST_GUILESS_MAIN(TestAudioAnalysis)
#include "tst_audioanalysis.moc"
