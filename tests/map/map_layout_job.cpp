// Brings a library's map up to date with computeLayout(), as `soundalike-cli map --json` will: the process
// tst_mapcrashsafety kills. Prints one line per progress report ("progress STAGE FRACTION"), then mapJson()'s
// object on one line.
//   map_layout_job DATABASE [--hold-at FRACTION]
// --hold-at: once the layout has come this far, say "holding" and wait to be killed (a kill that is sure to
// land in the middle of a layout).
#include "core/service/MapComputation.h"
#include "core/service/MapExport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

using namespace soundalike;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2 && !(arguments.size() == 4 && arguments[2] == QLatin1String("--hold-at")))
        return 2;
    const QString database = arguments[1];
    const double holdAt = arguments.size() == 4 ? arguments[3].toDouble() : 2.0;
    QTextStream out(stdout);
    const std::atomic_bool cancel = false;
    try {
        const LibraryMapResult map = computeLayout(
            database,
            [&](const MapProgress& p) {
                out << "progress " << int(p.stage) << ' ' << p.fraction << '\n';
                out.flush();
                if (p.stage == MapProgress::Stage::Layout && p.fraction >= holdAt) {
                    out << "holding\n";
                    out.flush();
                    QThread::sleep(3600);
                }
            },
            cancel);
        out << QJsonDocument(mapJson(database, map)).toJson(QJsonDocument::Compact) << '\n';
    } catch (const std::exception& e) {
        QTextStream(stderr) << e.what() << '\n';
        return 1;
    }
    return 0;
}
