#include "tests/support/SyscallKiller.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <set>

namespace soundalike::test {

namespace {

// Every call by which a process changes what is on disk.
const QString kChanges = QStringLiteral(
    "write,pwrite64,writev,pwritev,pwritev2,ftruncate,fallocate,fsync,fdatasync,rename,renameat,renameat2,"
    "link,linkat,unlink,unlinkat");

constexpr int kTimeoutMs = 300000;
// strace's injection counter stops here.
constexpr int kMaxOrdinal = 65535;

QStringList straceBase()
{
    return {QStringLiteral("-f"), QStringLiteral("-qq")};
}

// LeakSanitizer cannot work under ptrace: in the sanitizer build every traced run would end in its fatal
// error instead of its exit code. The runs that follow a kill are not traced, and are still checked for
// leaks.
void startTraced(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("ASAN_OPTIONS")))
        environment.insert(QStringLiteral("ASAN_OPTIONS"), environment.value(QStringLiteral("ASAN_OPTIONS")) +
                                                               QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("strace"), straceBase() + arguments);
}

bool putsAFileInPlace(const KillPoint& point)
{
    return point.syscall.startsWith(QLatin1String("rename")) ||
           point.syscall.startsWith(QLatin1String("link"));
}

} // namespace

QString KillPoint::describe() const
{
    return QStringLiteral("%1 #%2 of thread %3 (%4)").arg(syscall).arg(ordinal).arg(thread).arg(target);
}

bool SyscallKiller::available()
{
    QProcess probe;
    probe.start(QStringLiteral("strace"),
                straceBase() +
                    QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true")});
    return probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
           probe.exitCode() == 0;
}

std::vector<KillPoint> SyscallKiller::record(const QStringList& arguments, const QString& folder,
                                             const QString& program)
{
    QTemporaryFile log;
    if (!log.open())
        return {};
    QProcess process;
    // seccomp-bpf stops the tracee only for the traced calls, so recording costs little. (It cannot be used
    // when killing: strace 6.1 then injects nothing.)
    startTraced(process,
                QStringList{QStringLiteral("--seccomp-bpf"), QStringLiteral("-y"), QStringLiteral("-s"),
                            QStringLiteral("1"), QStringLiteral("-e"), QStringLiteral("signal=none"),
                            QStringLiteral("-e"), QStringLiteral("trace=") + kChanges, QStringLiteral("-o"),
                            log.fileName(), program} +
                    arguments);
    if (!process.waitForFinished(kTimeoutMs) || process.exitCode() != 0)
        return {};
    // "1234 pwrite64(5</x/library.db-wal>, ..." starts a call; "1234 <... pwrite64 resumed>" ends one that
    // another thread's line interrupted, and is not a new call.
    static const QRegularExpression call(QStringLiteral("^(\\d+) +([a-z0-9_]+)\\((.*)$"));
    QMap<QPair<int, QString>, int> counts;
    std::vector<KillPoint> points;
    for (const QByteArray& raw : log.readAll().split('\n')) {
        const QRegularExpressionMatch match = call.match(QString::fromUtf8(raw));
        if (!match.hasMatch())
            continue;
        const int thread = match.captured(1).toInt();
        const QString syscall = match.captured(2);
        const int ordinal = ++counts[{thread, syscall}];
        if (match.captured(3).contains(folder) && ordinal <= kMaxOrdinal)
            points.push_back({syscall, ordinal, thread, match.captured(3).left(160)});
    }
    return points;
}

bool SyscallKiller::killAt(const QStringList& arguments, const KillPoint& point, const QString& program)
{
    QProcess process;
    startTraced(
        process,
        QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-e"),
                    QStringLiteral("trace=") + point.syscall, QStringLiteral("-e"),
                    QStringLiteral("inject=%1:signal=KILL:when=%2").arg(point.syscall).arg(point.ordinal),
                    program} +
            arguments);
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    // strace ends the way its tracee did: killed by the same signal.
    return process.exitStatus() == QProcess::CrashExit || process.exitCode() == 128 + 9;
}

std::vector<KillPoint> SyscallKiller::choose(const std::vector<KillPoint>& points, int count,
                                             QRandomGenerator& rng)
{
    std::set<std::size_t> chosen;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!putsAFileInPlace(points[i]))
            continue;
        chosen.insert(i);
        const auto next = std::find_if(points.begin() + std::ptrdiff_t(i) + 1, points.end(),
                                       [&](const KillPoint& p) { return p.thread == points[i].thread; });
        if (next != points.end())
            chosen.insert(std::size_t(next - points.begin()));
    }
    const std::size_t wanted = std::min(points.size(), chosen.size() + std::size_t(std::max(0, count)));
    while (chosen.size() < wanted)
        chosen.insert(std::size_t(rng.bounded(quint32(points.size()))));
    std::vector<KillPoint> picked;
    for (const std::size_t i : chosen)
        picked.push_back(points[i]);
    return picked;
}

} // namespace soundalike::test
