#include "app/cli/PlaylistOptions.h"

#include "app/cli/CliContext.h"

#include <QRegularExpression>

namespace soundalike::cli {

namespace {

QString option(const char* name)
{
    return QLatin1String(name);
}

} // namespace

void PlaylistOptions::add(QCommandLineParser& parser, int defaultCount)
{
    parser.addOption(
        {{QStringLiteral("n"), QStringLiteral("count")},
         QStringLiteral("Number of tracks (default %1; 0 with --minutes: as many as fit).").arg(defaultCount),
         QStringLiteral("N")});
    parser.addOption(
        {option("minutes"), QStringLiteral("Total length at most M minutes."), QStringLiteral("M")});
    parser.addOption(
        {option("artist-gap"),
         QStringLiteral("No artist twice within N tracks (default 5; relaxed only when the library "
                        "runs short, and the output says so)."),
         QStringLiteral("N")});
    parser.addOption(
        {option("max-per-artist"), QStringLiteral("At most K tracks by one artist."), QStringLiteral("K")});
    parser.addOption(
        {option("diversity"),
         QStringLiteral(
             "0 = closest tracks only, 1 = strongly avoid tracks like those already chosen (default 0.3)."),
         QStringLiteral("X")});
    parser.addOption({option("genre"),
                      QStringLiteral("Only tracks with this genre (repeatable; \"rock\" matches "
                                     "\"indie rock\")."),
                      QStringLiteral("G")});
    parser.addOption({option("not-genre"), QStringLiteral("No tracks with this genre (repeatable)."),
                      QStringLiteral("G")});
    parser.addOption({option("years"),
                      QStringLiteral("Only tracks from these years, e.g. 1990-1999, 1990-, -1979."),
                      QStringLiteral("A-B")});
    parser.addOption({option("random-seed"),
                      QStringLiteral("Another number gives another mix of near-equal tracks (default 0)."),
                      QStringLiteral("S")});
}

PlaylistRequest PlaylistOptions::read(CliContext& context, int defaultCount)
{
    PlaylistRequest request;
    const bool timed = context.options().isSet(option("minutes"));
    request.minutes = context.intOption(option("minutes"), 0, 1, 100000);
    request.count = context.intOption(option("count"), timed ? 0 : defaultCount, 0, 100000);
    if (request.count == 0 && !timed)
        throw UsageError("-n 0 needs --minutes");
    request.artistGap = context.intOption(option("artist-gap"), 5, 0, 1000);
    request.maxPerArtist = context.intOption(option("max-per-artist"), 0, 1, 100000);
    request.diversity = context.numberOption(option("diversity"), request.diversity, 0, 1,
                                             "--diversity takes a number from 0 to 1");
    if (context.options().isSet(option("random-seed"))) {
        bool ok = false;
        request.randomSeed = context.options().value(option("random-seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError("--random-seed takes a whole number of 0 or more");
    }
    request.filter = readFilter(context);
    return request;
}

PlaylistFilter PlaylistOptions::readFilter(CliContext& context)
{
    PlaylistFilter filter;
    filter.genres = context.options().values(option("genre"));
    filter.excludedGenres = context.options().values(option("not-genre"));
    if (context.options().isSet(option("years"))) {
        static const QRegularExpression range(
            QStringLiteral(R"(^\s*(\d{4})?\s*-\s*(\d{4})?\s*$|^\s*(\d{4})\s*$)"));
        const QRegularExpressionMatch m = range.match(context.options().value(option("years")));
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty() && m.captured(3).isEmpty()))
            throw UsageError("--years takes a range such as 1990-1999, 1990- or -1979");
        filter.yearFrom = m.captured(3).isEmpty() ? m.captured(1).toInt() : m.captured(3).toInt();
        filter.yearTo = m.captured(3).isEmpty() ? m.captured(2).toInt() : m.captured(3).toInt();
        if (filter.yearFrom && filter.yearTo && filter.yearFrom > filter.yearTo)
            throw UsageError("--years: the first year comes after the last");
    }
    return filter;
}

} // namespace soundalike::cli
