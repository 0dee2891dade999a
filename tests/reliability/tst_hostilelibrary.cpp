#include "core/library/TagNormalizer.h"
#include "core/service/Library.h"
#include "core/service/jobs/JobQueue.h"
#include "core/storage/Database.h"
#include "core/storage/DescriptorStore.h"
#include "core/storage/ProblemStore.h"
#include "core/storage/TrackStore.h"
#include "tests/support/HostileLibrary.h"
#include "tests/support/ProcessRunner.h"
#include "tests/ui/DragDrop.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"
#include "ui/SeedList.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace soundalike;
using namespace soundalike::test;

// scan, analyze, train and similar (the real CLI, as an unprivileged user when the tests run as root, so
// unreadable means unreadable) and the app's seed drop, over one tree of every hostile case: nothing
// crashes, exit codes are sane, every bad file is listed by `problems` with a reason, good files are usable.
class TestHostileLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HostileLibrary> m_library;
    QString m_db;
    QStringList m_costs;
    QElapsedTimer m_clock;

    QStringList withDb(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << m_db << QStringLiteral("--json");
    }

    void cost(const QString& step)
    {
        m_costs << QStringLiteral("%1: %2 s").arg(step).arg(double(m_clock.restart()) / 1000.0, 0, 'f', 1);
    }

    std::vector<Problem> problems()
    {
        Database db(m_db);
        return ProblemStore(db).all();
    }

    QString problemFor(const FilePath& path)
    {
        for (const Problem& p : problems()) {
            if (p.path == path)
                return p.reason.text();
        }
        return {};
    }

    std::optional<Track> track(const FilePath& path)
    {
        Database db(m_db);
        return TrackStore(db).trackByPath(path);
    }

    // Every case is where it belongs: tracks stored, bad files listed with the reason that says what is
    // wrong.
    void checkCases()
    {
        for (const HostileLibrary::Case& c : m_library->cases()) {
            const QString what = c.what + QStringLiteral(": ") + displayPath(c.path);
            if (c.expect == HostileLibrary::Expect::Track) {
                QVERIFY2(track(c.path), qPrintable(what + QStringLiteral(" is not a track")));
                continue;
            }
            const QString reason = problemFor(c.path);
            QVERIFY2(!reason.isEmpty(), qPrintable(what + QStringLiteral(" is not listed as a problem")));
            QVERIFY2(reason.startsWith(c.reason), qPrintable(what + QStringLiteral(": ") + reason));
        }
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        // The unprivileged runs must reach the tree and write the database.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        m_db = m_dir.filePath(QStringLiteral("library.db"));
        m_library = std::make_unique<HostileLibrary>(m_dir.filePath(QStringLiteral("hostile")));
        QVERIFY(m_library->write());
        cost(QStringLiteral("making the library"));
    }

    void cleanupTestCase()
    {
        for (const QString& line : m_costs)
            qInfo("%s", qPrintable(line));
    }

    void scanStoresTheGoodAndListsTheBad()
    {
        const ProcessResult scan = runCliUnprivileged(withDb({QStringLiteral("scan"), m_library->root()}));
        cost(QStringLiteral("scan"));
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        {
            Database db(m_db);
            QCOMPARE(TrackStore(db).count(), m_library->expectedTracks());
        }
        checkCases();

        const auto sql = track(toFilePath(m_library->root() + QStringLiteral("/tags/sql.mp3")));
        QCOMPARE(sql->title, QStringLiteral("'; DROP TABLE tracks; --"));
        QCOMPARE(sql->artist, QStringLiteral("\"Quoted\" O'Brien % _ \\"));
        const auto genres =
            track(toFilePath(m_library->root() + QStringLiteral("/tags/thousand-genres.mp3")));
        QCOMPARE(genres->genres.size(), 1000);
        const auto huge = track(toFilePath(m_library->root() + QStringLiteral("/tags/huge-field.mp3")));
        QCOMPARE(huge->artist, QStringLiteral("Huge Field"));
        QCOMPARE(huge->title.size(), TagNormalizer::kMaxTextLength);
    }

    void rescanAfterAFileBecameAFolder()
    {
        const FilePath file =
            toFilePath(m_library->root() + QStringLiteral("/changing/becomes-a-folder.mp3"));
        QVERIFY(m_library->replaceFileByFolder());
        const ProcessResult scan = runCliUnprivileged(withDb({QStringLiteral("scan")}));
        cost(QStringLiteral("rescan"));
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        QCOMPARE(scan.json()[QStringLiteral("added")].toInt(), 1);
        QCOMPARE(scan.json()[QStringLiteral("removed")].toInt(), 1);
        QVERIFY(!track(file));
        QVERIFY(track(file + "/inside.mp3"));
    }

    void analyzeWhileAFileIsRewritten()
    {
        std::atomic_bool stop = false;
        std::jthread rewriter([&] {
            for (int round = 1; !stop; ++round) {
                m_library->rewriteChangingFile(round);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        const ProcessResult analyze = runCliUnprivileged(withDb({QStringLiteral("analyze")}), 300000);
        stop = true;
        rewriter.join();
        cost(QStringLiteral("analyze"));
        QVERIFY2(analyze.exitCode == 0, analyze.err.constData());
        const int tracks = m_library->expectedTracks();
        QCOMPARE(analyze.json()[QStringLiteral("analysed")].toInt() +
                     analyze.json()[QStringLiteral("failed")].toInt(),
                 tracks);
        // Every track is analysed, or listed with the reason it could not be.
        {
            Database db(m_db);
            QCOMPARE(DescriptorStore(db).count(1) + DescriptorStore(db).failureCount(1), tracks);
        }
        checkCases();
    }

    void trainAndMakeAPlaylist()
    {
        const ProcessResult train = runCliUnprivileged(
            withDb({QStringLiteral("train"), QStringLiteral("--epochs"), QStringLiteral("3")}));
        cost(QStringLiteral("train"));
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const ProcessResult similar =
            runCliUnprivileged(withDb({QStringLiteral("similar"), displayPath(m_library->goodTrack())}));
        cost(QStringLiteral("similar"));
        QVERIFY2(similar.exitCode == 0, similar.err.constData());
        QVERIFY(similar.json()[QStringLiteral("count")].toInt() >= 10);
        QVERIFY(similar.json()[QStringLiteral("index")]
                    .toObject()[QStringLiteral("source")]
                    .toString()
                    .startsWith(QLatin1String("embedding")));
        // A bad file as a seed is a one-line error, not a crash.
        const ProcessResult bad = runCliUnprivileged(
            withDb({QStringLiteral("similar"), m_library->root() + QStringLiteral("/bad/random.mp3")}));
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count('\n'), 1);
    }

    void problemsListsEveryBadFile()
    {
        const ProcessResult listed = runCliUnprivileged(withDb({QStringLiteral("problems")}));
        QCOMPARE(listed.exitCode, 0);
        QStringList paths;
        for (const QJsonValue& p : listed.json()[QStringLiteral("problems")].toArray()) {
            QVERIFY(!p.toObject()[QStringLiteral("reason")].toString().isEmpty());
            paths << p.toObject()[QStringLiteral("path")].toString();
        }
        for (const HostileLibrary::Case& c : m_library->cases()) {
            if (c.expect == HostileLibrary::Expect::Problem)
                QVERIFY2(paths.contains(displayPath(c.path)), qPrintable(c.what));
        }
    }

    // The app over the same database: it opens, rescans and settles, and a drop of the whole hostile folder
    // on the seed list (a text/uri-list, as from a file manager) makes every track under it a seed.
    void appTakesADropOfTheWholeFolder()
    {
        MainWindow window(m_db, m_dir.filePath(QStringLiteral("settings.conf")));
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.library().isOpen(), 30000);
        cost(QStringLiteral("app: open"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.library().isScanning(), 60000);
        cost(QStringLiteral("app: rescan"));
        QTRY_VERIFY_WITH_TIMEOUT(window.jobs().isIdle(), 120000);
        cost(QStringLiteral("app: analysis"));
        auto* data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(m_library->root())});
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout,
                         [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
        sinceTick.start();
        ticker.start(5);
        const DropOutcome outcome = simulateDrop(window.seedList()->view(), data, {20, 20});
        QVERIFY(outcome.dropAccepted);
        const auto catalog = [&] { return window.library().catalog(); };
        const auto underRoot = [&] {
            int count = 0;
            const FilePath root = toFilePath(m_library->root()) + '/';
            for (int i = 0; i < catalog()->size(); ++i)
                count += catalog()->at(i).available && catalog()->at(i).path.starts_with(root) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(int(window.seedList()->seedIds().size()), underRoot(), 60000);
        QVERIFY(underRoot() >= m_library->expectedTracks());
        ticker.stop();
        cost(QStringLiteral("app: drop (longest GUI stall %1 ms)").arg(longestStall));
        // The window still answers, the filter too, with a 10 MB title among its rows.
        window.libraryView()->showTable(true);
        auto* filter = window.libraryView()->findChild<QLineEdit*>(QStringLiteral("libraryFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("thousand genres"));
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), 1);
        cost(QStringLiteral("app: filter to the 1,000-genre row"));
        filter->setText(QStringLiteral("huge field"));
        QTRY_COMPARE(window.libraryView()->tableModel().matchCount(), 1);
        QVERIFY(window.grab().width() > 0);
        cost(QStringLiteral("app: filter to the 10 MB-title row"));
    }
};

QTEST_MAIN(TestHostileLibrary)
#include "tst_hostilelibrary.moc"
