#include "app/cli/ModelsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "core/service/LibraryQueries.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace soundalike::cli {

QString ModelsCommand::summary() const
{
    return QStringLiteral("List trained similarity models; the newest one that loads is in use.");
}

int ModelsCommand::run(CliContext& context) const
{
    const std::vector<ModelRecord> models = LibraryQueries(context.databasePath()).models();
    QJsonArray list;
    for (const ModelRecord& m : models) {
        const QString created = QDateTime::fromSecsSinceEpoch(m.createdAt).toString(Qt::ISODate);
        const bool present = QFileInfo::exists(m.file);
        list.append(QJsonObject{{QStringLiteral("id"), qint64(m.id)},
                                {QStringLiteral("created"), created},
                                {QStringLiteral("file"), m.file},
                                {QStringLiteral("file_present"), present},
                                {QStringLiteral("input_version"), m.inputVersion},
                                {QStringLiteral("options"), m.options},
                                {QStringLiteral("metrics"), m.metrics}});
        if (!context.json()) {
            const QJsonObject& o = m.options;
            context.out() << QStringLiteral("%1  %2  %3, %4, %5-d, %6 epochs  %7%8\n")
                                 .arg(m.id, 4)
                                 .arg(created, o.value(QStringLiteral("loss")).toString(),
                                      o.value(QStringLiteral("signal")).toString())
                                 .arg(o.value(QStringLiteral("dim")).toInt())
                                 .arg(o.value(QStringLiteral("epochs")).toInt())
                                 .arg(m.file, present ? QString() : QStringLiteral(" (file missing)"));
        }
    }
    if (context.json())
        context.printJson({{QStringLiteral("count"), int(models.size())}, {QStringLiteral("models"), list}});
    else
        context.out() << counted(qint64(models.size()), "model") << '\n';
    return 0;
}

} // namespace soundalike::cli
