#include "tests/ui/ScannedDemoLibrary.h"

#include "core/library/LibraryScanner.h"

#include <QDir>
#include <QFile>

namespace soundalike::test {

bool ScannedDemoLibrary::prepare(const QString& root)
{
    m_root = root;
    if (!m_demo.write(root + QStringLiteral("/Music")))
        return false;
    m_db = root + QStringLiteral("/scanned.db");
    return LibraryScanner(m_db).scan({m_demo.folder()}).added == int(m_demo.songs().size());
}

ScannedDemoLibrary::Copy ScannedDemoLibrary::freshCopy()
{
    const QString folder = m_root + QStringLiteral("/copy%1").arg(++m_copies);
    QDir().mkpath(folder);
    Copy copy{folder + QStringLiteral("/library.db"), folder + QStringLiteral("/settings.conf")};
    QFile::copy(m_db, copy.db);
    return copy;
}

} // namespace soundalike::test
