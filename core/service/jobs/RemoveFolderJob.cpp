#include "core/service/jobs/RemoveFolderJob.h"

#include "core/storage/Database.h"
#include "core/storage/FolderStore.h"
#include "core/storage/Transaction.h"

namespace soundalike {

RemoveFolderJob::RemoveFolderJob(QString databasePath, FilePath folder)
    : m_databasePath(std::move(databasePath)), m_folder(std::move(folder))
{}

QString RemoveFolderJob::describe() const
{
    return QStringLiteral("removal of folder %1").arg(displayPath(m_folder));
}

void RemoveFolderJob::run(JobControl&)
{
    Database db(m_databasePath);
    Transaction transaction(db);
    FolderStore(db).remove(m_folder);
    transaction.commit();
}

} // namespace soundalike
