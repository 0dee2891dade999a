#include "app/cli/ProblemsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/Counted.h"
#include "core/service/LibraryQueries.h"

#include <QDateTime>
#include <QJsonArray>

namespace soundalike::cli {

QString ProblemsCommand::summary() const
{
    return QStringLiteral("List files that could not be read, and why.");
}

int ProblemsCommand::run(CliContext& context) const
{
    const std::vector<Problem> problems = LibraryQueries(context.databasePath()).problems();
    if (context.json()) {
        QJsonArray list;
        for (const Problem& p : problems)
            list.append(QJsonObject{
                {QStringLiteral("path"), displayPath(p.path)},
                {QStringLiteral("reason"), p.reason.text()},
                {QStringLiteral("seen_at"), QDateTime::fromSecsSinceEpoch(p.seenAt).toString(Qt::ISODate)}});
        context.printJson(
            {{QStringLiteral("count"), int(problems.size())}, {QStringLiteral("problems"), list}});
        return 0;
    }
    for (const Problem& p : problems)
        context.out() << displayPath(p.path) << "\n    " << p.reason.text() << '\n';
    context.out() << counted(qint64(problems.size()), "problem") << '\n';
    return 0;
}

} // namespace soundalike::cli
