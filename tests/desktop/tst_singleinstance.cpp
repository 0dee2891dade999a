#include "core/analysis/DescriptorLayout.h"
#include "core/service/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/LoudnessStore.h"
#include "tests/support/DesktopPlayback.h"
#include "tests/support/Mp3Fixture.h"
#include "ui/desktop/SingleInstance.h"
#include "ui/mpris/MprisService.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace soundalike;
using namespace soundalike::test;

namespace {

constexpr int kStartMs = 30000;

} // namespace

// Starts the real `soundalike` program (offscreen, with a home and XDG folders of its own) more than once
// and watches the running one over its MPRIS interface (the test runs under dbus-run-session): a second start
// for the same library hands its files and commands over and exits; another library, or a running instance
// that does not answer, gets a window of its own.
class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_one;
    QString m_two;
    std::vector<std::unique_ptr<QProcess>> m_running;

    QString db(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

    QProcess* start(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(m_dir.filePath(QStringLiteral("songs")));
        process->start(QStringLiteral(SOUNDALIKE_GUI), arguments);
        m_running.push_back(std::move(process));
        return m_running.back().get();
    }

    QProcess* start(const QStringList& arguments) { return start(arguments, m_environment); }

    // A start that is expected to hand its request over and exit at once, successfully.
    bool handsOver(const QStringList& arguments)
    {
        QProcess* process = start(arguments);
        if (!process->waitForFinished(kStartMs) || process->exitStatus() != QProcess::NormalExit ||
            process->exitCode() != 0) {
            qWarning() << arguments << "did not exit with 0:" << process->readAllStandardError();
            return false;
        }
        return true;
    }

    static bool exitsCleanly(QProcess* process)
    {
        // waitForFinished() is false for a process that has already ended.
        return (process->state() == QProcess::NotRunning || process->waitForFinished(kStartMs)) &&
               process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }

    static QString mprisName(QProcess* process, bool first)
    {
        return first ? MprisService::kServiceName
                     : MprisService::kServiceName + QStringLiteral(".instance%1").arg(process->processId());
    }

    static bool onTheBus(const QString& name)
    {
        return QDBusConnection::sessionBus().interface()->isServiceRegistered(name);
    }

    // A player property read with Properties.Get. Not through QDBusInterface: its introspection of an
    // instance that is starting or going away makes Qt DBus leak the metaobject parts it built (LeakSanitizer
    // caught it in 3 runs of 4).
    static QVariant property(const QString& service, const QString& name)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(service, MprisService::kObjectPath,
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
        get << QStringLiteral("org.mpris.MediaPlayer2.Player") << name;
        const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(get);
        return reply.isValid() ? reply.value().variant() : QVariant();
    }

    // Its seed analysed and then its whole loudness measured: the last writes an instance makes on its own
    // after opening a file, so that it can be stopped idle rather than inside a write transaction.
    static bool settled(const QString& databasePath)
    {
        Database db(databasePath);
        return DescriptorStore(db).count(DescriptorLayout::kVersion) == 1 &&
               LoudnessStore(db).countPending(DescriptorLayout::kVersion) == 0;
    }

    // Whether the instance for `databasePath` listens for later starts (an instance that was killed leaves
    // its socket file behind, so this is asked of one library's socket only).
    bool listening(const QString& databasePath) const
    {
        const QString name = QFileInfo(SingleInstance::serverName(databasePath)).fileName();
        return QFileInfo(QDir(m_dir.filePath(QStringLiteral("runtime"))).filePath(name)).exists();
    }

    static QString title(const QString& service)
    {
        const QVariant metadata = property(service, QStringLiteral("Metadata"));
        if (!metadata.isValid())
            return {};
        return qdbus_cast<QVariantMap>(metadata.value<QDBusArgument>())
            .value(QStringLiteral("xesam:title"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        if (const QString missing = desktopPlaybackMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        AudioSpec spec;
        spec.seconds = 20;
        spec.channels = 1;
        spec.bitrateKbps = 32;
        m_one = m_dir.filePath(QStringLiteral("songs/one 100%.mp3"));
        m_two = m_dir.filePath(QStringLiteral("songs/two.mp3"));
        QVERIFY(writeMp3(m_one, spec, songTags(QStringLiteral("Song One"), QStringLiteral("Artist"))));
        spec.frequency = 660;
        QVERIFY(writeMp3(m_two, spec, songTags(QStringLiteral("Song Two"), QStringLiteral("Artist"))));

        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString& folder :
             {QStringLiteral("home"), QStringLiteral("config"), QStringLiteral("data"),
              QStringLiteral("cache"), QStringLiteral("runtime")})
            QVERIFY(QDir().mkpath(m_dir.filePath(folder)));
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("QT_MEDIA_BACKEND"), QStringLiteral("gstreamer"));
        m_environment.remove(QStringLiteral("DISPLAY"));
        m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }

    void cleanup()
    {
        for (const std::unique_ptr<QProcess>& process : m_running) {
            if (process->state() != QProcess::NotRunning) {
                ::kill(pid_t(process->processId()), SIGCONT);
                process->kill();
                process->waitForFinished();
            }
            // What each instance said is the only account of a failure that happened in another process.
            if (QTest::currentTestFailed())
                qWarning().noquote() << process->arguments().join(QLatin1Char(' ')) << "said:\n"
                                     << process->readAllStandardError();
        }
        m_running.clear();
    }

    void aSecondStartHandsItsFilesAndCommandsOver()
    {
        QProcess* first = start({QStringLiteral("--db"), db(QStringLiteral("one"))});
        QTRY_VERIFY_WITH_TIMEOUT(onTheBus(MprisService::kServiceName), kStartMs);

        // A path relative to where the second start ran, and a file:// URL, as a file manager passes them.
        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("one")), QStringLiteral("one 100%.mp3"),
                           QUrl::fromLocalFile(m_two).toString()}));
        QCOMPARE(first->state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song One"), kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            property(MprisService::kServiceName, QStringLiteral("PlaybackStatus")).toString(),
            QStringLiteral("Playing"), 10000);

        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("one")), QStringLiteral("--next")}));
        QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song Two"), 10000);
        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("one")), QStringLiteral("--previous")}));
        QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song One"), 10000);
        QVERIFY(
            handsOver({QStringLiteral("--db"), db(QStringLiteral("one")), QStringLiteral("--play-pause")}));
        QTRY_COMPARE_WITH_TIMEOUT(
            property(MprisService::kServiceName, QStringLiteral("PlaybackStatus")).toString(),
            QStringLiteral("Paused"), 10000);

        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("one")), QStringLiteral("--quit")}));
        QVERIFY2(exitsCleanly(first), first->readAllStandardError());
        // What it saved on the way out: both files as the playlist, and both as seeds.
        const SessionState session =
            Settings(m_dir.filePath(QStringLiteral("config/soundalike/soundalike.conf")))
                .session(db(QStringLiteral("one")));
        QCOMPARE(session.playlist.size(), std::size_t(2));
        QCOMPARE(session.seeds.size(), std::size_t(2));
        QCOMPARE(session.seeds.at(0), session.playlist.at(0).track.id);
        QCOMPARE(session.current, 0);
    }

    // A kill (SIGTERM, as a logout or `kill` sends it) closes the window as its close button would: the
    // process ends normally and what the window saves on closing is saved.
    void aTerminatedWindowClosesAndSaves()
    {
        QProcess* window = start({QStringLiteral("--db"), db(QStringLiteral("term")), m_one});
        QTRY_VERIFY_WITH_TIMEOUT(onTheBus(MprisService::kServiceName), kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song One"), kStartMs);
        window->terminate();
        QVERIFY2(exitsCleanly(window), window->readAllStandardError());
        const SessionState session =
            Settings(m_dir.filePath(QStringLiteral("config/soundalike/soundalike.conf")))
                .session(db(QStringLiteral("term")));
        QCOMPARE(session.playlist.size(), std::size_t(1));
        QCOMPARE(session.current, 0);
    }

    void anotherLibraryGetsAWindowOfItsOwn()
    {
        QProcess* first = start({QStringLiteral("--db"), db(QStringLiteral("alpha"))});
        QTRY_VERIFY_WITH_TIMEOUT(onTheBus(MprisService::kServiceName), kStartMs);
        QProcess* second = start({QStringLiteral("--db"), db(QStringLiteral("beta")), m_two});
        QTRY_VERIFY_WITH_TIMEOUT(onTheBus(mprisName(second, false)), kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(title(mprisName(second, false)), QStringLiteral("Song Two"), kStartMs);
        QVERIFY(title(MprisService::kServiceName).isEmpty());
        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("beta")), QStringLiteral("--quit")}));
        QVERIFY(exitsCleanly(second));
        QCOMPARE(first->state(), QProcess::Running);
        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("alpha")), QStringLiteral("--quit")}));
        QVERIFY(exitsCleanly(first));
    }

    void twoStartsAtTheSameMomentOpenOneWindow()
    {
        // A double click that became two starts: one opens the window, the other hands its file over and
        // exits.
        for (int round = 1; round <= 5; ++round) {
            const QString library = db(QStringLiteral("twice%1").arg(round));
            QProcess* a = start({QStringLiteral("--db"), library, m_one});
            QProcess* b = start({QStringLiteral("--db"), library, m_one});
            QTRY_VERIFY_WITH_TIMEOUT(a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning,
                                     kStartMs);
            QProcess* handedOver = a->state() == QProcess::NotRunning ? a : b;
            QProcess* window = handedOver == a ? b : a;
            QVERIFY2(exitsCleanly(handedOver), handedOver->readAllStandardError());
            QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song One"),
                                      kStartMs);
            QCOMPARE(window->state(), QProcess::Running);
            QVERIFY(handsOver({QStringLiteral("--db"), library, QStringLiteral("--quit")}));
            QVERIFY2(exitsCleanly(window), window->readAllStandardError());
        }
    }

    void anUnresponsiveInstanceIsReplaced()
    {
        // Stopped once it is idle, as a hung window would be: not halfway through writing its database (the
        // file it plays is analysed as a seed, then its loudness measured), which would leave the next
        // instance unable to add a track.
        QProcess* hung = start({QStringLiteral("--db"), db(QStringLiteral("hung")), m_two});
        QTRY_COMPARE_WITH_TIMEOUT(title(MprisService::kServiceName), QStringLiteral("Song Two"), kStartMs);
        QTRY_VERIFY_WITH_TIMEOUT(settled(db(QStringLiteral("hung"))), kStartMs);
        // The loudness job commits, then leaves the queue: let it.
        QTest::qWait(500);
        QCOMPARE(::kill(pid_t(hung->processId()), SIGSTOP), 0);
        // It waits for an answer that never comes, then starts a window of its own and takes the socket.
        QProcess* next = start({QStringLiteral("--db"), db(QStringLiteral("hung")), m_one});
        QTRY_VERIFY_WITH_TIMEOUT(onTheBus(mprisName(next, false)), kStartMs);
        QTRY_COMPARE_WITH_TIMEOUT(title(mprisName(next, false)), QStringLiteral("Song One"), kStartMs);
        QVERIFY(handsOver({QStringLiteral("--db"), db(QStringLiteral("hung")), QStringLiteral("--quit")}));
        QVERIFY(exitsCleanly(next));
        QCOMPARE(hung->state(), QProcess::Running);
    }

    void withoutASessionBusItStillRunsAndHandsOver()
    {
        QProcessEnvironment noBus = m_environment;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus-here")));
        QProcess* first = start({QStringLiteral("--db"), db(QStringLiteral("three"))}, noBus);
        QVERIFY(first->waitForStarted());
        // Ready once it listens for later starts.
        QTRY_VERIFY_WITH_TIMEOUT(listening(db(QStringLiteral("three"))), kStartMs);
        QProcess* second =
            start({QStringLiteral("--db"), db(QStringLiteral("three")), QStringLiteral("--quit")}, noBus);
        QVERIFY(exitsCleanly(second));
        QVERIFY(exitsCleanly(first));
        // Nothing about the missing bus: it is not the user's problem.
        const QByteArray errors = first->readAllStandardError() + second->readAllStandardError();
        QVERIFY2(!errors.toLower().contains("bus"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
