#include "core/analysis/DescriptorLayout.h"
#include "core/library/LibraryScanner.h"
#include "core/service/jobs/AnalysisJob.h"
#include "core/service/jobs/JobControl.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>
#include <set>

#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kVersion = DescriptorLayout::kVersion;

// Overwrites a file with zeros of the same size and gives it back its modification time: to the scanner it is
// unchanged, to the decoder it holds no audio.
void breakKeepingStamp(const QString& path)
{
    struct stat st
    {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(int(st.st_size), '\0'));
    file.close();
    const timespec times[2] = {st.st_atim, st.st_mtim};
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

void touchLater(const QString& path)
{
    struct stat st
    {};
    ::stat(QFile::encodeName(path).constData(), &st);
    utimbuf times{st.st_atime, st.st_mtime + 10};
    ::utime(QFile::encodeName(path).constData(), &times);
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_music;
    QString m_db;

    QString music(const QString& relative) const { return m_music + QLatin1Char('/') + relative; }

    void scan() { LibraryScanner(m_db).scan({m_music}); }

    AnalysisReport analyze(int threads = 2)
    {
        AnalysisOptions options;
        options.threads = threads;
        AnalysisJob job(m_db, options);
        JobControl control;
        job.run(control);
        return job.outcome().report;
    }

    std::int64_t idOf(const QString& relative)
    {
        Database db(m_db);
        return TrackStore(db).trackByPath(toFilePath(music(relative)))->id;
    }

    std::optional<AudioDescriptor> descriptorOf(const QString& relative)
    {
        const auto id = idOf(relative);
        Database db(m_db);
        return DescriptorStore(db).get(id, kVersion);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_music = m_dir.filePath(QStringLiteral("music%1").arg(++n));
        m_db = m_dir.filePath(QStringLiteral("library%1.db").arg(n));
        QVERIFY(writeMp3(music("sine.mp3"), {AudioSpec::Wave::Sine, 4.0, 440.0}));
        QVERIFY(writeMp3(music("music.mp3"), {AudioSpec::Wave::Music, 12.0}));
        QVERIFY(writeMp3(music("clicks.mp3"), {AudioSpec::Wave::Clicks, 6.0}));
        QVERIFY(writeMp3(music("sub/noise.mp3"), {AudioSpec::Wave::Noise, 3.0}));
        QVERIFY(writeMp3(music("sub/silence.mp3"), {AudioSpec::Wave::Silence, 5.0}));
        QVERIFY(writeMp3(music("sub/second.mp3"), {AudioSpec::Wave::Sine, 1.0, 880.0}));
        scan();
    }

    void analysesEveryTrackOnce()
    {
        const AnalysisReport report = analyze();
        QCOMPARE(report.total, 6);
        QCOMPARE(report.analysed, 6);
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.threads, 2);
        QVERIFY(!report.cancelled);
        QVERIFY2(std::abs(report.audioSeconds - 31.0) < 1.0,
                 qPrintable(QString::number(report.audioSeconds)));

        const AnalysisReport again = analyze();
        QCOMPARE(again.total, 0);
        QCOMPARE(again.analysed, 0);

        Database db(m_db);
        const DescriptorMatrix matrix = DescriptorStore(db).summaries(kVersion);
        QCOMPARE(matrix.trackIds.size(), std::size_t(6));
        QCOMPARE(matrix.dimensions, DescriptorLayout::dimensions());
        QCOMPARE(TrackStore(db).stats().analysed, 6);
        QCOMPARE(descriptorOf("music.mp3")->segmentCount(), 1);
    }

    void threadCountDoesNotChangeResults()
    {
        QVERIFY(QFile::copy(m_db, m_db + QStringLiteral(".copy")));
        analyze(1);
        const QString single = m_db;
        m_db += QStringLiteral(".copy");
        analyze(3);
        Database a(single);
        Database b(m_db);
        const DescriptorMatrix one = DescriptorStore(a).summaries(kVersion);
        const DescriptorMatrix three = DescriptorStore(b).summaries(kVersion);
        QCOMPARE(one.trackIds, three.trackIds);
        QVERIFY(one.values == three.values);
    }

    void failureIsRememberedUntilTheFileChanges()
    {
        breakKeepingStamp(music("clicks.mp3"));
        scan(); // sees nothing new
        const AnalysisReport report = analyze();
        QCOMPARE(report.analysed, 5);
        QCOMPARE(report.failed, 1);
        QCOMPARE(int(report.failures.size()), 1);
        QVERIFY(report.failures[0].path.endsWith(QLatin1String("clicks.mp3")));
        QVERIFY2(report.failures[0].reason.contains(QLatin1String("no MPEG audio")),
                 qPrintable(report.failures[0].reason));
        {
            Database db(m_db);
            const auto problems = ProblemStore(db).all();
            QCOMPARE(int(problems.size()), 1);
            QVERIFY(problems[0].reason.text().startsWith(QLatin1String("cannot analyse the audio: ")));
        }

        QCOMPARE(analyze().total, 0); // not retried

        QVERIFY(writeMp3(music("clicks.mp3"), {AudioSpec::Wave::Clicks, 7.0}));
        touchLater(music("clicks.mp3"));
        scan();
        const AnalysisReport retried = analyze();
        QCOMPARE(retried.total, 1);
        QCOMPARE(retried.analysed, 1);
        Database db(m_db);
        QCOMPARE(ProblemStore(db).count(), 0);
        QCOMPARE(DescriptorStore(db).failureCount(kVersion), 0);
    }

    void changedFilesAreReanalysedMovedFilesAreNot()
    {
        analyze();
        const auto sineBefore = descriptorOf("sine.mp3");
        const auto noiseBefore = descriptorOf("sub/noise.mp3");
        const auto noiseId = idOf("sub/noise.mp3");

        QVERIFY(writeMp3(music("sine.mp3"), {AudioSpec::Wave::Sine, 4.0, 660.0}));
        touchLater(music("sine.mp3"));
        QVERIFY(QDir().mkpath(music("moved")));
        QVERIFY(QFile::rename(music("sub/noise.mp3"), music("moved/noise.mp3")));
        scan();

        QVERIFY(!descriptorOf("sine.mp3")); // dropped with the old content
        QCOMPARE(idOf("moved/noise.mp3"), noiseId);
        QVERIFY(descriptorOf("moved/noise.mp3")->summary == noiseBefore->summary);

        const AnalysisReport report = analyze();
        QCOMPARE(report.total, 1);
        QCOMPARE(report.analysed, 1);
        QVERIFY(descriptorOf("sine.mp3")->summary != sineBefore->summary);
    }

    void unavailableTracksWait()
    {
        {
            Database db(m_db);
            TrackStore(db).setAvailable(idOf("sine.mp3"), false);
        }
        QCOMPARE(analyze().analysed, 5);
        QVERIFY(!descriptorOf("sine.mp3"));
    }

    void cancelledRunResumes()
    {
        for (int i = 0; i < 40; ++i)
            QVERIFY(
                writeFile(music(QStringLiteral("many/%1.mp3").arg(i, 2, 10, QLatin1Char('0'))),
                          encodeMp3(generate({AudioSpec::Wave::Sine, 2.0, 200.0 + 10 * i}), 44100, 2, 128)));
        scan();
        AnalysisOptions options;
        options.threads = 2;
        AnalysisJob job(m_db, options);
        JobControl* running = nullptr;
        JobControl control([&](const JobProgress& p) {
            if (p.done >= 1)
                running->cancel();
        });
        running = &control;
        job.run(control);
        const AnalysisReport first = job.outcome().report;
        QVERIFY(first.cancelled);
        QCOMPARE(first.total, 46);
        QVERIFY(first.analysed >= 1);
        QVERIFY2(first.analysed < 20, qPrintable(QString::number(first.analysed)));
        {
            Database db(m_db);
            QCOMPARE(DescriptorStore(db).count(kVersion), first.analysed); // all that was done is committed
        }
        const AnalysisReport second = analyze();
        QVERIFY(!second.cancelled);
        QCOMPARE(second.total, 46 - first.analysed);
        QCOMPARE(first.analysed + second.analysed, 46);
    }

    void progressComesFromTheAnalysingThread()
    {
        AnalysisJob job(m_db, {});
        std::mutex mutex;
        std::set<QThread*> reporters;
        JobProgress last;
        JobControl control([&](const JobProgress& p) {
            const std::lock_guard lock(mutex);
            reporters.insert(QThread::currentThread());
            last = p;
        });
        QThread* runner = nullptr;
        QtConcurrent::run([&] {
            runner = QThread::currentThread();
            job.run(control);
        }).waitForFinished();
        QVERIFY(runner != QThread::currentThread());
        QCOMPARE(reporters, std::set<QThread*>{runner}); // never a decoding worker, never the caller's
        QCOMPARE(job.outcome().report.analysed, 6);
        QVERIFY(job.outcome().report.audioSeconds > 30.0);
        QCOMPARE(last.done, 6);
        QCOMPARE(last.total, 6);
        QVERIFY(!last.item.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
