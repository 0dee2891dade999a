// Benchmark of the desktop app at library scale: launch to an interactive window, filter latency per
// keystroke, and memory, with N tracks in the database (default 100,000; --tracks 5000 for the smoke run).
//
//   bench_ui [--tracks N]        build a library of N synthetic tracks, then launch and measure the app
//
// The launch is measured in a child process (this program run with --launch), from the moment the kernel
// started it, so dynamic linking and Qt start-up count. Targets: < 1 s to interactive, < 100 ms per
// keystroke, < 400 MB resident.

#include "core/service/Library.h"
#include "core/service/Settings.h"
#include "core/storage/Database.h"
#include "tests/support/TaggedTracks.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryTreeModel.h"
#include "ui/LibraryView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace soundalike;

namespace {

// Milliseconds since the kernel started this process (10 ms resolution).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startSeconds = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startSeconds) * 1000.0;
}

QJsonObject memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QJsonObject result;
    if (!status.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
            result[QString::fromLatin1(line.left(5))] =
                line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return result;
}

struct Typing
{
    double worstMs = 0;
    double medianMs = 0;
};

// Types `text` key by key into the filter box, timing each key until the visible view has repainted.
Typing typeTimed(LibraryView& view, QAbstractItemView* visible, const QString& text)
{
    std::vector<double> times;
    QLineEdit* box = view.filterBox();
    box->clear();
    QApplication::processEvents();
    QElapsedTimer timer;
    for (const QChar c : text) {
        timer.start();
        QTest::keyClick(box, c.toLatin1());
        QApplication::processEvents();
        visible->viewport()->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "key '%c' %.1f ms, %d matches\n", c.toLatin1(), times.back(),
                         view.tableModel().matchCount());
    }
    for (int i = 0; i < 3; ++i) { // and deleting back
        timer.start();
        QTest::keyClick(box, Qt::Key_Backspace);
        QApplication::processEvents();
        visible->viewport()->repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "backspace %.1f ms, %d matches\n", times.back(),
                         view.tableModel().matchCount());
    }
    std::sort(times.begin(), times.end());
    return {times.back(), times[times.size() / 2]};
}

int launch(const QString& db, const QString& settings)
{
    const double startedMs = msSinceProcessStart();
    QElapsedTimer clock;
    clock.start();
    MainWindow window(db, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const double shownMs = startedMs + double(clock.nsecsElapsed()) / 1e6;
    const int expected = window.library().catalog()->size();
    while (!window.library().isOpen() || window.libraryView()->tableModel().matchCount() == 0 ||
           window.libraryView()->treeModel().rowCount() == 0) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (clock.elapsed() > 60000)
            return 1;
    }
    Q_UNUSED(expected);
    const double interactiveMs = startedMs + double(clock.nsecsElapsed()) / 1e6;
    const int tracks = window.libraryView()->tableModel().matchCount();

    LibraryView& view = *window.libraryView();
    view.showTable(true);
    const Typing table = typeTimed(view, view.table(), QStringLiteral("golden rain 12"));
    view.showTable(false);
    const Typing tree = typeTimed(view, view.tree(), QStringLiteral("golden rain 12"));
    // Sorting a column by clicking its header.
    view.showTable(true);
    QElapsedTimer sortTimer;
    sortTimer.start();
    view.table()->sortByColumn(LibraryModel::Title, Qt::AscendingOrder);
    QApplication::processEvents();
    const double sortMs = double(sortTimer.nsecsElapsed()) / 1e6;

    QJsonObject result{{QStringLiteral("tracks"), tracks},
                       {QStringLiteral("processStartToMainMs"), startedMs},
                       {QStringLiteral("windowShownMs"), shownMs},
                       {QStringLiteral("interactiveMs"), interactiveMs},
                       {QStringLiteral("filterTableWorstMs"), table.worstMs},
                       {QStringLiteral("filterTableMedianMs"), table.medianMs},
                       {QStringLiteral("filterTreeWorstMs"), tree.worstMs},
                       {QStringLiteral("filterTreeMedianMs"), tree.medianMs},
                       {QStringLiteral("sortTitleMs"), sortMs}};
    const QJsonObject mem = memory();
    result[QStringLiteral("rssMB")] = mem[QStringLiteral("VmRSS")];
    result[QStringLiteral("peakRssMB")] = mem[QStringLiteral("VmHWM")];
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    window.close();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tracks"), QStringLiteral("Library size."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("launch"), QStringLiteral("Measure one launch (internal)."), QStringLiteral("DB")});
    parser.addOption(
        {QStringLiteral("settings"), QStringLiteral("Settings file (internal)."), QStringLiteral("FILE")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("launch")))
        return launch(parser.value(QStringLiteral("launch")), parser.value(QStringLiteral("settings")));

    const int tracks = parser.value(QStringLiteral("tracks")).toInt();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("library.db"));
    const QString settingsFile = dir.filePath(QStringLiteral("settings.conf"));
    QElapsedTimer timer;
    timer.start();
    test::writeTaggedTracks(db, tracks);
    std::printf("built a library of %d tracks in %.1f s\n", tracks, double(timer.elapsed()) / 1000.0);
    {
        // The synthetic files do not exist; a start-up rescan would find them all gone.
        Settings settings(settingsFile);
        settings.setRescanOnStart(false);
    }
    bool ok = true;
    for (const char* run : {"first launch", "second launch"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--launch"), db, QStringLiteral("--settings"), settingsFile});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            std::printf("%s failed\n", run);
            return 1;
        }
        const QByteArray line = child.readAllStandardOutput().trimmed().split('\n').last();
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        std::printf("%s: %s\n", run, line.constData());
        std::printf("  launch to window %.0f ms, to interactive (library shown) %.0f ms [target < 1000]\n",
                    r[QStringLiteral("windowShownMs")].toDouble(),
                    r[QStringLiteral("interactiveMs")].toDouble());
        std::printf(
            "  filter per keystroke: table worst %.1f ms (median %.1f), tree worst %.1f ms (median %.1f) "
            "[target < 100]\n",
            r[QStringLiteral("filterTableWorstMs")].toDouble(),
            r[QStringLiteral("filterTableMedianMs")].toDouble(),
            r[QStringLiteral("filterTreeWorstMs")].toDouble(),
            r[QStringLiteral("filterTreeMedianMs")].toDouble());
        std::printf("  sort by title %.1f ms; RSS %.0f MB, peak %.0f MB [target < 400]\n",
                    r[QStringLiteral("sortTitleMs")].toDouble(), r[QStringLiteral("rssMB")].toDouble(),
                    r[QStringLiteral("peakRssMB")].toDouble());
        ok = ok && r[QStringLiteral("tracks")].toInt() == tracks;
    }
    return ok ? 0 : 1;
}
