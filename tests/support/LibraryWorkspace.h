#pragma once

#include <QStringList>
#include <QTemporaryDir>

namespace soundalike::test {

// A temporary folder for a test that scans a library: the music folder it scans, the library database the
// scan fills, and the arguments that point soundalike-cli at that database. Other files go beside them.
class LibraryWorkspace
{
public:
    QString filePath(const QString& relative) const { return m_dir.filePath(relative); }
    QString music() const { return filePath(QStringLiteral("music")); }
    QString db() const { return filePath(QStringLiteral("library.db")); }
    QStringList dbArguments() const { return {QStringLiteral("--db"), db()}; }

private:
    QTemporaryDir m_dir;
};

} // namespace soundalike::test
