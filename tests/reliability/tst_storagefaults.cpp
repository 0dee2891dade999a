#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/reliability/SmallFileSystem.h"
#include "tests/support/LabelledLibrary.h"
#include "tests/support/ProcessRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace soundalike;
using namespace soundalike::test;

// A full disk during scan, analyze, train and the index write, and a read-only database (its file, its
// folder, a read-only mount): each gives one clear error line and exit code 1 (the index, which search can do
// without, a warning), and no damage: the database still passes integrity_check and holds everything it held,
// and once there is room again the same command completes.
class TestStorageFaults : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDiskBytes = 8 * 1024 * 1024;

    QTemporaryDir m_dir;
    LabelledLibrary m_library{m_dir.filePath(QStringLiteral("music")), 3, 20, 300};
    std::unique_ptr<SmallFileSystem> m_disk;

    QString diskDb() const { return m_disk->path() + QStringLiteral("/library.db"); }
    QString stage(const QString& name) const { return m_dir.filePath(QStringLiteral("stage-") + name); }
    QStringList command(QStringList arguments, const QString& db) const
    {
        return arguments << QStringLiteral("--db") << db << QStringLiteral("--json");
    }

    static bool copyFolder(const QString& from, const QString& to)
    {
        QDir().mkpath(to);
        return QProcess::execute(QStringLiteral("cp"),
                                 {QStringLiteral("-a"), from + QStringLiteral("/."), to}) == 0;
    }

    void keep(const QString& name) { QVERIFY(copyFolder(m_disk->path(), stage(name))); }
    void restore(const QString& name)
    {
        m_disk->release();
        m_disk->clear();
        QVERIFY(copyFolder(stage(name), m_disk->path()));
    }

    // What a database holds, to compare before and after a failure.
    struct Contents
    {
        std::set<QString> tracks;
        int descriptors = 0;
        int models = 0;
        int embeddings = 0;
    };

    static Contents contents(const QString& db)
    {
        Database database(db);
        Contents c;
        auto tracks = database.prepare("SELECT path FROM tracks");
        while (tracks.step())
            c.tracks.insert(tracks.text(0));
        const auto count = [&](const char* sql) {
            auto query = database.prepare(sql);
            query.step();
            return query.integer(0);
        };
        c.descriptors = count("SELECT count(*) FROM descriptors");
        c.models = count("SELECT count(*) FROM models");
        c.embeddings = count("SELECT count(*) FROM embeddings");
        return c;
    }

    static void checkIntact(const QString& db, const Contents& before)
    {
        {
            Database database(db);
            QString report;
            QVERIFY2(database.integrityOk(&report), qPrintable(report));
        }
        const Contents after = contents(db);
        QVERIFY(std::includes(after.tracks.begin(), after.tracks.end(), before.tracks.begin(),
                              before.tracks.end()));
        QVERIFY(after.descriptors >= before.descriptors);
        QCOMPARE(after.models, before.models);
        QCOMPARE(after.embeddings, before.embeddings);
    }

    static void checkOneClearLine(const ProcessResult& result, const QStringList& saying)
    {
        QVERIFY2(result.exitCode == 1,
                 qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
        QVERIFY2(result.err.count('\n') == 1 && result.err.startsWith("soundalike-cli: "),
                 result.err.constData());
        const bool says = std::any_of(saying.begin(), saying.end(), [&](const QString& s) {
            return QString::fromUtf8(result.err).contains(s);
        });
        QVERIFY2(says, result.err.constData());
    }

    static const QStringList& fullDisk()
    {
        static const QStringList words{QStringLiteral("No space left on device"),
                                       QStringLiteral("disk is full")};
        return words;
    }

    // The bytes of every file in a folder, to show a refused command changed nothing.
    static QByteArray fingerprint(const QString& folder)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
            QFile f(file.absoluteFilePath());
            hash.addData(file.fileName().toUtf8());
            if (f.open(QIODevice::ReadOnly))
                hash.addData(f.readAll());
        }
        return hash.result();
    }

    QStringList everyCommand() const
    {
        return {QStringLiteral("stats"), QStringLiteral("scan"), QStringLiteral("analyze"),
                QStringLiteral("train"), QStringLiteral("similar")};
    }

    QStringList argumentsOf(const QString& name) const
    {
        if (name == QLatin1String("similar"))
            return {name, m_library.track(0, 0)};
        if (name == QLatin1String("train"))
            return {name, QStringLiteral("--epochs"), QStringLiteral("2")};
        return {name};
    }

private slots:
    void initTestCase()
    {
        m_disk = std::make_unique<SmallFileSystem>(m_dir.filePath(QStringLiteral("disk")), kDiskBytes);
        if (!m_disk->mounted())
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill (it needs root): %1")
                                 .arg(m_disk->error())));
        // The unprivileged runs of the read-only cases must reach the library and their databases.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(m_library.write());
        const QString db = diskDb();
        QCOMPARE(
            runCli(command({QStringLiteral("scan"), m_library.track(0, 0).section('/', 0, -2)}, db)).exitCode,
            0);
        keep(QStringLiteral("some"));
        QCOMPARE(runCli(command({QStringLiteral("scan"), m_library.root()}, db)).exitCode, 0);
        keep(QStringLiteral("scanned"));
        QCOMPARE(runCli(command({QStringLiteral("analyze")}, db)).exitCode, 0);
        keep(QStringLiteral("analysed"));
        QCOMPARE(runCli(command(argumentsOf(QStringLiteral("train")), db)).exitCode, 0);
        keep(QStringLiteral("trained"));
        QProcess::execute(QStringLiteral("chmod"),
                          {QStringLiteral("-R"), QStringLiteral("a+rwX"), m_dir.path()});
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

    // Permissions do not bind root: these run as an unprivileged user when the tests run as root.
    void readOnlyDatabase_data()
    {
        QTest::addColumn<QString>("lock");
        QTest::addColumn<QString>("saying");
        QTest::newRow("read-only file") << QStringLiteral("file") << QStringLiteral("the file is read-only");
        QTest::newRow("read-only folder")
            << QStringLiteral("folder") << QStringLiteral("cannot be written (Permission denied)");
    }

    void readOnlyDatabase()
    {
        QFETCH(QString, lock);
        QFETCH(QString, saying);
        const QString folder = m_dir.filePath(QStringLiteral("locked-") + lock);
        QVERIFY(copyFolder(stage(QStringLiteral("trained")), folder));
        const QString db = folder + QStringLiteral("/library.db");
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rwX"), folder});
        QVERIFY(QFile::setPermissions(lock == QLatin1String("file") ? db : folder,
                                      QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther | QFileDevice::ExeOwner |
                                          QFileDevice::ExeGroup | QFileDevice::ExeOther));
        const QByteArray before = fingerprint(folder);
        for (const QString& name : everyCommand())
            checkOneClearLine(runCliUnprivileged(command(argumentsOf(name), db)), {saying});
        QCOMPARE(fingerprint(folder), before);
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), folder});
        checkIntact(db, contents(stage(QStringLiteral("trained")) + QStringLiteral("/library.db")));
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

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
