// Scan benchmark: builds a library of small tagged mp3 files, then measures TagLib's own reading rate of the
// same files (the reference), a first scan, and a no-change rescan, in one run. Prints one JSON object.
//   bench_scan [--files N] [--keep DIR]
#include "core/library/LibraryScanner.h"
#include "core/storage/Database.h"
#include "core/storage/TrackStore.h"
#include "tests/support/Mp3Fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <taglib/fileref.h>

using namespace soundalike;
using namespace soundalike::test;

namespace {

QStringList makeLibrary(const QString& root, int files)
{
    const QByteArray mp3 = encodeMp3(generate({AudioSpec::Wave::Sine, 0.5}), 44100, 2, 128);
    const QStringList genres{"Rock", "Jazz; Blues", "Electronic/Ambient", "Folk", "Hip-Hop", "Classical"};
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        const QString path =
            root + QStringLiteral("/Artist %1/Album %2/%3 - Track.mp3").arg(i / 100).arg(i / 10).arg(i);
        Tags tags;
        tags.title = QStringLiteral("Track %1").arg(i);
        tags.artist = QStringLiteral("Artist %1").arg(i / 100);
        tags.album = QStringLiteral("Album %1").arg(i / 10);
        tags.genres = {genres[i % genres.size()]};
        tags.date = QString::number(1960 + i % 60);
        tags.track = QStringLiteral("%1/10").arg(i % 10 + 1);
        if (!writeFile(path, mp3) || !writeTags(path, tags))
            qFatal("cannot write %s", qPrintable(path));
        paths << path;
    }
    return paths;
}

double rate(int files, qint64 ns)
{
    return ns > 0 ? files / (double(ns) / 1e9) : 0.0;
}

double taglibRate(const QStringList& paths)
{
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (const QString& path : paths) {
        TagLib::FileRef ref(QFile::encodeName(path).constData(), true, TagLib::AudioProperties::Average);
        valid += ref.isNull() ? 0 : 1;
    }
    if (valid != paths.size())
        qFatal("TagLib could not read every file");
    return rate(int(paths.size()), timer.nsecsElapsed());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int idx = int(args.indexOf(QStringLiteral("--files")));
    const int files = idx > 0 ? args.value(idx + 1).toInt() : 10000;

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("music"));
    const QString db = dir.filePath(QStringLiteral("library.db"));
    const QStringList paths = makeLibrary(root, files);

    taglibRate(paths); // warm the page cache, so all three figures are warm-cache figures
    const double taglib = taglibRate(paths);

    LibraryScanner scanner(db);
    const ScanReport first = scanner.scan({root});
    const ScanReport again = scanner.scan({root});
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    Database check(db);
    const int stored = TrackStore(check).count();
    if (first.added != files || again.unchanged != files || stored != files)
        qFatal("scan stored %d of %d files", stored, files);

    const double firstRate = files / first.seconds;
    const double rescanRate = files / again.seconds;
    const QJsonObject result{
        {QStringLiteral("files"), files},
        {QStringLiteral("taglib_files_per_s"), qRound(taglib)},
        {QStringLiteral("first_scan_files_per_s"), qRound(firstRate)},
        {QStringLiteral("first_scan_vs_taglib"), firstRate / taglib},
        {QStringLiteral("rescan_files_per_s"), qRound(rescanRate)},
        {QStringLiteral("peak_rss_mb"), double(usage.ru_maxrss) / 1024.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
