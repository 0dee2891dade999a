#pragma once

#include <QString>

namespace soundalike::test {

// A work folder that a command under test changes, and named copies of it (stages) to start from again: the
// crash tests kill a command many times, each time from the same state on disk. The work folder holds the
// library database; the stages lie beside it under the same root.
class StagedFolder
{
public:
    explicit StagedFolder(const QString& root);

    const QString& work() const { return m_work; }
    QString database() const { return m_work + QStringLiteral("/library.db"); }

    // Copies the work folder to the stage `name`, replacing what that stage held.
    [[nodiscard]] bool keep(const QString& name) const;
    // Makes the work folder what the stage `name` holds, and nothing else.
    [[nodiscard]] bool restore(const QString& name) const;

    // Copies everything in `from`, with its permissions and times (cp -a), into `to`, made if missing.
    [[nodiscard]] static bool copyInto(const QString& from, const QString& to);

private:
    QString stage(const QString& name) const;

    QString m_root;
    QString m_work;
};

} // namespace soundalike::test
