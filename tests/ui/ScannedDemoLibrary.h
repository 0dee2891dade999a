#pragma once

#include "tests/ui/DemoLibrary.h"

#include <QString>

namespace soundalike::test {

// The demo library written and scanned once per test case. A test that changes its database or settings takes
// a fresh copy of both, so that no test sees what another left.
class ScannedDemoLibrary
{
public:
    struct Copy
    {
        QString db;
        QString settings;
    };

    // Writes the music to `root`/Music and scans it into `root`/scanned.db; false if a file could not be
    // written.
    bool prepare(const QString& root);
    const DemoLibrary& demo() const { return m_demo; }
    QString db() const { return m_db; }
    // A copy of the scanned database and a path for a settings file, in a folder of their own below the root.
    Copy freshCopy();

private:
    QString m_root;
    DemoLibrary m_demo;
    QString m_db;
    int m_copies = 0;
};

} // namespace soundalike::test
