#include "tests/support/StagedFolder.h"

#include <QDir>
#include <QProcess>

namespace soundalike::test {

StagedFolder::StagedFolder(const QString& root) : m_root(root), m_work(root + QStringLiteral("/work")) {}

bool StagedFolder::keep(const QString& name) const
{
    QDir(stage(name)).removeRecursively();
    return copyInto(m_work, stage(name));
}

bool StagedFolder::restore(const QString& name) const
{
    QDir(m_work).removeRecursively();
    return copyInto(stage(name), m_work);
}

bool StagedFolder::copyInto(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from + QStringLiteral("/."), to}) ==
           0;
}

QString StagedFolder::stage(const QString& name) const
{
    return m_root + QStringLiteral("/stage-") + name;
}

} // namespace soundalike::test
