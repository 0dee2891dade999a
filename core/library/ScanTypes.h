#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace soundalike {

struct ScanProgress
{
    enum class Phase
    {
        Walking,
        Reading,
        Finishing
    };

    Phase phase = Phase::Walking;
    int filesSeen = 0;
    int filesToRead = 0;
    int filesRead = 0;
    QString currentPath;
};

// What a scan did, in counts a person can check against what they changed on disk.
struct ScanReport
{
    int unchanged = 0;
    int added = 0;
    int updated = 0;
    int moved = 0;
    int removed = 0;
    int restored = 0; // tracks that were unavailable and are back
    int markedUnavailable = 0;
    int problems = 0;      // new or changed problem files this scan
    int knownProblems = 0; // unchanged files still as broken as before (not reopened)
    QStringList unavailableFolders;
    bool cancelled = false;
    double seconds = 0;

    int changed() const
    {
        return added + updated + moved + removed + restored + markedUnavailable + problems;
    }
    // The changes of a later scan counted in with these.
    void addChanges(const ScanReport& later)
    {
        added += later.added;
        updated += later.updated;
        moved += later.moved;
        removed += later.removed;
        restored += later.restored;
        markedUnavailable += later.markedUnavailable;
        problems += later.problems;
    }
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::ScanProgress)
Q_DECLARE_METATYPE(soundalike::ScanReport)
