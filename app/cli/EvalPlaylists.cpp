#include "app/cli/CliContext.h"
#include "app/cli/EvalCommand.h"
#include "app/cli/Interrupt.h"
#include "core/service/PlaylistEvaluation.h"

#include <QJsonArray>
#include <QJsonObject>
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
        {QStringLiteral("fitting"), f.fitting},
        {QStringLiteral("style_picks_fitting"), f.fitOnStyle},
        {QStringLiteral("fillers_off_style"), f.fillerOffStyle},
        {QStringLiteral("fitting_first"), f.fitsFirst},
    };
}

// Each pick's style and place among the library's pair similarities, to choose the fit line from.
QJsonArray judgedJson(const std::vector<JudgedPlaylist>& judged)
{
    QJsonArray out;
    for (const JudgedPlaylist& j : judged) {
        QJsonArray picks;
        for (std::size_t i = 0; i < j.percentiles.size(); ++i)
            picks.append(QJsonObject{{QStringLiteral("on_style"), j.pickStyles[qsizetype(i)] == j.style},
                                     {QStringLiteral("percentile"), j.percentiles[i]},
                                     {QStringLiteral("fits"), bool(j.fits[i])}});
        out.append(QJsonObject{{QStringLiteral("style"), j.style},
                               {QStringLiteral("length"), j.length},
                               {QStringLiteral("picks"), picks}});
    }
    return out;
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
            {QStringLiteral("judged"), judgedJson(report.judged)},
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
    line("picks that fit their seed well", report.at10.fitting, report.at30.fitting);
    line("the style's picks that fit", report.at10.fitOnStyle, report.at30.fitOnStyle);
    line("picks that do not fit: off style", report.at10.fillerOffStyle, report.at30.fillerOffStyle);
    line("playlists with every fitting pick first", report.at10.fitsFirst, report.at30.fitsFirst);
    return 0;
}

} // namespace soundalike::cli
