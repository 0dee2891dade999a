#include "app/cli/CliContext.h"
#include "app/cli/EvalCommand.h"
#include "app/cli/Interrupt.h"
#include "core/service/PlaylistEvaluation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace soundalike::cli {

namespace {

QJsonObject figuresJson(const PlaylistFigures& f)
{
    return QJsonObject{
        {QStringLiteral("style_agreement"), f.agreement},
        {QStringLiteral("achievable_agreement"), f.achievable},
        {QStringLiteral("same_style_transitions"), f.transitions},
        {QStringLiteral("weakest_quarter_position"), f.weakPosition},
        {QStringLiteral("weakest_quarter_off_style"), f.weakOffStyle},
    };
}

} // namespace

int EvalCommand::runPlaylists(CliContext& context)
{
    PlaylistEvaluationRequest request;
    request.labelsFile = context.options().value(QStringLiteral("labels"));
    if (request.labelsFile.isEmpty())
        throw UsageError("--playlists needs --labels FILE (path<TAB>style<TAB>group)");
    request.seedLabelsFile = context.options().value(QStringLiteral("seed-labels"));
    request.setsPerStyle = context.intOption(QStringLiteral("sets"), 5, 1, 1000);
    request.seed = std::uint64_t(context.intOption(QStringLiteral("seed"), 1, 0, 1 << 30));
    const QString database = context.databasePath();
    Interrupt::install();
    const PlaylistEvaluationReport report =
        Interrupt::wait(QtConcurrent::run([&] { return PlaylistEvaluation::run(database, request); }), [] {});
    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("tracks"), report.tracks},
            {QStringLiteral("styles"), report.styles},
            {QStringLiteral("playlists"), report.playlists},
            {QStringLiteral("n10"), figuresJson(report.at10)},
            {QStringLiteral("n30"), figuresJson(report.at30)},
        });
        return 0;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("Judged %1 playlists of each length (%2 styles, %3 labelled tracks; Smooth flow, "
                          "artist gap 5)\n")
               .arg(report.playlists)
               .arg(report.styles)
               .arg(report.tracks);
    out << QStringLiteral("  %1 %2 %3\n")
               .arg(QString(), -42)
               .arg(QStringLiteral("n=10"), 6)
               .arg(QStringLiteral("n=30"), 6);
    const auto line = [&](const char* name, double at10, double at30) {
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(QLatin1String(name), -42)
                   .arg(at10, 6, 'f', 3)
                   .arg(at30, 6, 'f', 3);
    };
    line("style agreement", report.at10.agreement, report.at30.agreement);
    line("agreement of the achievable", report.at10.achievable, report.at30.achievable);
    line("same-style transitions", report.at10.transitions, report.at30.transitions);
    line("weakest quarter: place (0 first, 1 last)", report.at10.weakPosition, report.at30.weakPosition);
    line("weakest quarter: off style", report.at10.weakOffStyle, report.at30.weakOffStyle);
    return 0;
}

} // namespace soundalike::cli
