#include "tests/reliability/StorageFaultFixture.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// A read-only database (its file, its folder): each command gives one clear error line and exit code 1 and
// changes nothing. No mount needed: these run for any developer (as an unprivileged user when run as root,
// since permissions do not bind root). The full disk and the read-only mount are tst_fulldisk's.
class TestStorageFaults : public StorageFaultFixture
{
    Q_OBJECT

    QString home() const override { return m_dir.filePath(QStringLiteral("home")); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(home()));
        makeStages();
    }

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
        QVERIFY(StagedFolder::copyInto(stage(QStringLiteral("trained")), folder));
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
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
