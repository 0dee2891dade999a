#include "core/service/playlists/SavedPlaylists.h"
#include "tests/support/DatabaseSoundness.h"
#include "tests/support/Mp3Fixture.h"
#include "tests/support/PlaylistEntries.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/StagedFolder.h"
#include "tests/support/SyscallKiller.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace soundalike;
using namespace soundalike::test;

// SIGKILL at every call that changes a file while `import --save NAME --replace` saves a playlist over one of
// the same name, and while `playlists NAME --delete` deletes one (the app saves through the same
// SavedPlaylists). After each kill the database is sound, the playlist has either all its old songs or all
// its new ones, in order, and the playlist nobody touched is intact.
class TestPlaylistCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StagedFolder m_stages{m_dir.path()};
    const QString m_scanned = QStringLiteral("scanned"); // the library with both playlists saved

    QString workDb() const { return m_stages.database(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QStringList withDb(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << workDb();
    }

    // The titles of the playlist `name`, or "(none)" when there is none.
    QStringList titles(const QString& name)
    {
        SavedPlaylists saved(workDb());
        const std::optional<StoredPlaylist> found = saved.find(name);
        if (!found)
            return {QStringLiteral("(none)")};
        return titlesOf(saved.load(found->id).entries);
    }

    void checkSound(const QString& why)
    {
        QString fault;
        QVERIFY2(databaseIsSound(workDb(), &fault), qPrintable(why + QStringLiteral(": ") + fault));
    }

    // Kills `arguments` at every recorded point, each time from the staged library; `allowed` are the states
    // "Road trip" may be in afterwards.
    void killEverywhere(const QStringList& arguments, const QList<QStringList>& allowed, int* landed)
    {
        QVERIFY(m_stages.restore(m_scanned));
        const std::vector<KillPoint> points = SyscallKiller::record(withDb(arguments), m_stages.work());
        QVERIFY2(!points.empty(), "the recorded run failed or changed no file");
        for (const KillPoint& point : points) {
            QVERIFY(m_stages.restore(m_scanned));
            const QString why = QStringLiteral("killed at %1").arg(point.describe());
            *landed += SyscallKiller::killAt(withDb(arguments), point) ? 1 : 0;
            checkSound(why);
            const QStringList road = titles(QStringLiteral("Road trip"));
            QVERIFY2(allowed.contains(road), qPrintable(why + QStringLiteral(": ") + road.join(u',')));
            QCOMPARE(titles(QStringLiteral("Other")), (QStringList{"Gamma"}));
        }
        qInfo("%s: %d change points, each killed", qPrintable(arguments.first()), int(points.size()));
    }

private slots:
    void initTestCase()
    {
        if (!SyscallKiller::available())
            QSKIP(
                "strace cannot trace here (not installed, or ptrace is forbidden): the kill points need it");
        const QString music = file(QStringLiteral("music"));
        QVERIFY(QDir().mkpath(music));
        AudioSpec spec;
        spec.seconds = 2;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        for (const char* title : {"Alpha", "Beta", "Gamma"}) {
            spec.frequency += 150;
            QVERIFY(writeMp3(music + QLatin1Char('/') + QLatin1String(title) + QStringLiteral(".mp3"), spec,
                             songTags(QLatin1String(title), QStringLiteral("Band"))));
        }
        QVERIFY(QDir().mkpath(m_stages.work()));
        QCOMPARE(runCli(withDb({QStringLiteral("scan"), music})).exitCode, 0);
        QVERIFY(writeFile(file(QStringLiteral("three.m3u")),
                          "music/Alpha.mp3\nmusic/Beta.mp3\nmusic/Gamma.mp3\n"));
        QVERIFY(writeFile(file(QStringLiteral("one.m3u")), "music/Beta.mp3\n"));
        QVERIFY(writeFile(file(QStringLiteral("other.m3u")), "music/Gamma.mp3\n"));
        QCOMPARE(runCli(withDb({QStringLiteral("import"), file(QStringLiteral("three.m3u")),
                                QStringLiteral("--save"), QStringLiteral("Road trip")}))
                     .exitCode,
                 0);
        QCOMPARE(runCli(withDb({QStringLiteral("import"), file(QStringLiteral("other.m3u")),
                                QStringLiteral("--save"), QStringLiteral("Other")}))
                     .exitCode,
                 0);
        QVERIFY(m_stages.keep(m_scanned));
    }

    void aKilledSaveLeavesTheOldSongsOrTheNewOnes()
    {
        int landed = 0;
        killEverywhere({QStringLiteral("import"), file(QStringLiteral("one.m3u")), QStringLiteral("--save"),
                        QStringLiteral("Road trip"), QStringLiteral("--replace")},
                       {{"Alpha", "Beta", "Gamma"}, {"Beta"}}, &landed);
        QVERIFY2(landed > 0, "no kill landed: the points were not reached again");
        // Run to its end, it replaces the songs.
        QVERIFY(m_stages.restore(m_scanned));
        QCOMPARE(runCli(withDb({QStringLiteral("import"), file(QStringLiteral("one.m3u")),
                                QStringLiteral("--save"), QStringLiteral("Road trip"),
                                QStringLiteral("--replace")}))
                     .exitCode,
                 0);
        QCOMPARE(titles(QStringLiteral("Road trip")), (QStringList{"Beta"}));
    }

    void aKilledDeleteLeavesThePlaylistWholeOrGone()
    {
        int landed = 0;
        killEverywhere({QStringLiteral("playlists"), QStringLiteral("Road trip"), QStringLiteral("--delete")},
                       {{"Alpha", "Beta", "Gamma"}, {"(none)"}}, &landed);
        QVERIFY2(landed > 0, "no kill landed: the points were not reached again");
    }
};

QTEST_GUILESS_MAIN(TestPlaylistCrash)
#include "tst_playlistcrash.moc"
