#pragma once

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "tests/support/LabelledLibrary.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/StagedFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

namespace soundalike::test {

// What the storage-fault tests share: a labelled library, the real soundalike-cli run on it step by step with
// a copy of the database kept after each step, and the checks that a refused command did no damage.
class StorageFaultFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    LabelledLibrary m_library{m_dir.filePath(QStringLiteral("music")), 3, 20, 300};

    // The folder the library database lives in while the stages are made.
    virtual QString home() const = 0;
    QString homeDb() const { return home() + QStringLiteral("/library.db"); }
    QString stage(const QString& name) const { return m_dir.filePath(QStringLiteral("stage-") + name); }
    QStringList command(QStringList arguments, const QString& db) const
    {
        return arguments << QStringLiteral("--db") << db << QStringLiteral("--json");
    }

    void keep(const QString& name) { QVERIFY(StagedFolder::copyInto(home(), stage(name))); }

    // The library scanned in part ("some"), scanned, analysed and trained: a copy of the database folder
    // after each step, to restore before a test.
    void makeStages()
    {
        // The unprivileged runs of the read-only cases must reach the library and their databases.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(m_library.write());
        const QString db = homeDb();
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
};

} // namespace soundalike::test
