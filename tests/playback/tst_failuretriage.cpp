#include "core/common/FilePath.h"
#include "core/playback/FailureTriage.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaybackBackend.h"

#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// What a failure blames: a file that is not there at once, a readable one only once the real output has
// played a moment of silence; and GStreamer's several reports of one failure are judged once.
class TestFailureTriage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (!playbackBackendAvailable())
            QSKIP(kNoPlaybackBackend);
    }

    void aMissingFileIsBlamedOnceForSeveralReports()
    {
        FailureTriage triage;
        QSignalSpy blamed(&triage, &FailureTriage::fileFailed);
        QSignalSpy settled(&triage, &FailureTriage::settled);
        const FilePath gone = toFilePath(m_dir.filePath(QStringLiteral("gone.mp3")));
        for (int report = 0; report < 4; ++report)
            triage.report(gone, QStringLiteral("it cannot be played"), QMediaDevices::defaultAudioOutput());
        QCOMPARE(blamed.count(), 1);
        QCOMPARE(blamed.at(0).at(0).toString(), QStringLiteral("the file is not there"));
        QVERIFY(triage.isBusy());
        QVERIFY(settled.wait(2000));
        QVERIFY(!triage.isBusy());
        QTest::qWait(300);
        QCOMPARE(blamed.count(), 1);
        QCOMPARE(settled.count(), 1);
    }

    void aReadableFileIsBlamedOnlyAfterTheOutputPlays()
    {
        const QString path = m_dir.filePath(QStringLiteral("there.mp3"));
        QVERIFY(writeMp3(path, AudioSpec{}));
        FailureTriage triage;
        QSignalSpy blamed(&triage, &FailureTriage::fileFailed);
        QSignalSpy outputFailed(&triage, &FailureTriage::outputFailed);
        QSignalSpy settled(&triage, &FailureTriage::settled);
        triage.report(toFilePath(path), QStringLiteral("its format cannot be played"),
                      QMediaDevices::defaultAudioOutput());
        // The silence is tried first: nothing is blamed before it has played.
        QVERIFY(blamed.isEmpty());
        QVERIFY(triage.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!blamed.isEmpty() || !outputFailed.isEmpty(), 10000);
        // The test machine's output (a null sink without a sound server) plays the silence: the file is
        // blamed.
        QCOMPARE(outputFailed.count(), 0);
        QCOMPARE(blamed.at(0).at(0).toString(), QStringLiteral("its format cannot be played"));
        QVERIFY(settled.wait(2000));
    }

    void anotherTrackDropsAJudgementUnderWay()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.mp3"));
        QVERIFY(writeMp3(path, AudioSpec{}));
        FailureTriage triage;
        QSignalSpy blamed(&triage, &FailureTriage::fileFailed);
        QSignalSpy settled(&triage, &FailureTriage::settled);
        triage.report(toFilePath(path), QStringLiteral("it cannot be played"),
                      QMediaDevices::defaultAudioOutput());
        triage.cancel();
        QVERIFY(!triage.isBusy());
        QTest::qWait(1500);
        QVERIFY(blamed.isEmpty());
        QVERIFY(settled.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailureTriage)
#include "tst_failuretriage.moc"
