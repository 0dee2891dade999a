#include "tests/reliability/SmallFileSystem.h"
#include "tests/reliability/StorageFaultFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// A full disk during scan, analyze, train and the index write, and a read-only mount: each gives one clear
// error line and exit code 1 (the index, which search can do without, a warning), and no damage: the
// database still passes integrity_check and holds everything it held, and once there is room again the same
// command completes. A small tmpfs is mounted to fill, which needs root: without it the whole test is
// skipped, and CTest says so.
class TestFullDisk : public StorageFaultFixture
{
    Q_OBJECT

    static constexpr qint64 kDiskBytes = 8 * 1024 * 1024;

    std::unique_ptr<SmallFileSystem> m_disk;

    QString home() const override { return m_disk->path(); }
    QString diskDb() const { return homeDb(); }
    void restore(const QString& name)
    {
        m_disk->release();
        m_disk->clear();
        QVERIFY(StagedFolder::copyInto(stage(name), m_disk->path()));
    }

private slots:
    void initTestCase()
    {
        m_disk = std::make_unique<SmallFileSystem>(m_dir.filePath(QStringLiteral("disk")), kDiskBytes);
        if (!m_disk->mounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill (it needs root): %1")
                                 .arg(m_disk->error())));
        makeStages();
    }

    void cleanupTestCase() { m_disk.reset(); }

    void fullDiskDuringScan_data()
    {
        QTest::addColumn<qint64>("leave");
        QTest::newRow("no room to open") << qint64(0);
        QTest::newRow("room for a few batches") << qint64(64 * 1024);
    }

    void fullDiskDuringScan()
    {
        QFETCH(qint64, leave);
        restore(QStringLiteral("some"));
        const Contents before = contents(diskDb());
        QVERIFY(m_disk->fill(leave));
        const QStringList scan = command({QStringLiteral("scan"), m_library.root()}, diskDb());
        checkOneClearLine(runCli(scan), fullDisk());
        m_disk->release();
        checkIntact(diskDb(), before);
        QCOMPARE(runCli(scan).exitCode, 0);
        QCOMPARE(int(contents(diskDb()).tracks.size()), m_library.files());
    }

    void fullDiskDuringAnalysis()
    {
        restore(QStringLiteral("scanned"));
        const Contents before = contents(diskDb());
        QVERIFY(m_disk->fill(64 * 1024));
        const QStringList analyze = command({QStringLiteral("analyze")}, diskDb());
        checkOneClearLine(runCli(analyze), fullDisk());
        m_disk->release();
        checkIntact(diskDb(), before);
        QCOMPARE(runCli(analyze).exitCode, 0);
        QCOMPARE(contents(diskDb()).descriptors, m_library.files());
    }

    void fullDiskDuringModelSave()
    {
        restore(QStringLiteral("analysed"));
        const Contents before = contents(diskDb());
        // Room for the database's log index, not for a model file.
        QVERIFY(m_disk->fill(48 * 1024));
        const QStringList train = command(argumentsOf(QStringLiteral("train")), diskDb());
        checkOneClearLine(runCli(train), fullDisk());
        m_disk->release();
        checkIntact(diskDb(), before);
        QVERIFY(QDir(m_disk->path() + QStringLiteral("/models")).entryList(QDir::Files).isEmpty());
        const ProcessResult trained = runCli(train);
        QCOMPARE(trained.exitCode, 0);
        QCOMPARE(trained.json()[QStringLiteral("model")].toInt(), 1);
    }

    // The index is a cache: search answers without it and says it could not be saved.
    void fullDiskDuringIndexWrite()
    {
        restore(QStringLiteral("trained"));
        const Contents before = contents(diskDb());
        QVERIFY(m_disk->fill(48 * 1024));
        const QStringList similar = command(argumentsOf(QStringLiteral("similar")), diskDb());
        const ProcessResult unsaved = runCli(similar);
        QVERIFY2(unsaved.exitCode == 0, unsaved.err.constData());
        QVERIFY(!unsaved.json()[QStringLiteral("entries")].toArray().isEmpty());
        const QJsonObject index = unsaved.json()[QStringLiteral("index")].toObject();
        QVERIFY2(
            index[QStringLiteral("warning")].toString().contains(QLatin1String("No space left on device")),
            QJsonDocument(index).toJson().constData());
        QVERIFY(!QFile::exists(index[QStringLiteral("path")].toString()));
        m_disk->release();
        checkIntact(diskDb(), before);
        const ProcessResult saved = runCli(similar);
        QCOMPARE(saved.json()[QStringLiteral("index")].toObject()[QStringLiteral("action")].toString(),
                 QStringLiteral("built"));
        QCOMPARE(saved.json()[QStringLiteral("entries")], unsaved.json()[QStringLiteral("entries")]);
        QCOMPARE(
            runCli(similar).json()[QStringLiteral("index")].toObject()[QStringLiteral("action")].toString(),
            QStringLiteral("loaded"));
    }

    // A read-only mount binds root too.
    void readOnlyMount()
    {
        if (!runningAsRoot())
            QSKIP("mounting needs root");
        const QString mountPoint = m_dir.filePath(QStringLiteral("read-only-mount"));
        QDir().mkpath(mountPoint);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("--bind"), stage(QStringLiteral("trained")), mountPoint}),
                 0);
        const int remounted = QProcess::execute(
            QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint});
        const QByteArray before = fingerprint(mountPoint);
        const QString db = mountPoint + QStringLiteral("/library.db");
        if (remounted == 0) {
            for (const QString& name : everyCommand())
                checkOneClearLine(runCli(command(argumentsOf(name), db)),
                                  {QStringLiteral("the file is read-only (Read-only file system)")});
        }
        QProcess::execute(QStringLiteral("umount"), {mountPoint});
        QCOMPARE(remounted, 0);
        QCOMPARE(fingerprint(stage(QStringLiteral("trained"))), before);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
