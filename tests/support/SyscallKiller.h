#pragma once

#include "tests/support/ProcessRunner.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

namespace soundalike::test {

// One moment a command can die at: on entry to the `ordinal`-th `syscall` call of one of its threads (strace
// counts calls per thread), before the call changes anything. Taken from a recorded run of the same command
// from the same starting state, so the point is reached again.
struct KillPoint
{
    QString syscall;
    int ordinal = 0;
    int thread = 0; // the thread's id in the recorded run
    QString target; // the call's arguments in the recorded run, for messages

    QString describe() const;
};

// Kills soundalike-cli (or another program under test) with SIGKILL at exact, repeatable points with strace's
// fault injection: every write, sync, rename, link and unlink the command makes under a folder is a point at
// which a power cut or a crash could stop it, and the state on disk after a kill at any moment equals the
// state at the next such call.
class SyscallKiller
{
public:
    // Whether strace is installed and may trace here (a container may forbid ptrace).
    static bool available();
    // Runs the command to its end and lists the calls that change files under `folder`, in order.
    static std::vector<KillPoint> record(const QStringList& arguments, const QString& folder,
                                         const QString& program = cliProgram());
    // Runs the command and kills it at `point`: true when it died there, false when it ended first.
    static bool killAt(const QStringList& arguments, const KillPoint& point,
                       const QString& program = cliProgram());
    // `count` points drawn at random, plus every rename or link (where a file is put in place) and the call
    // that follows each on the same thread, in recorded order.
    static std::vector<KillPoint> choose(const std::vector<KillPoint>& points, int count,
                                         QRandomGenerator& rng);
};

} // namespace soundalike::test
