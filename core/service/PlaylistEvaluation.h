#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace soundalike {

// `soundalike-cli eval --playlists`: what a listener hears, measured on a labelled library (issue 14).
struct PlaylistEvaluationRequest
{
    QString labelsFile;     // path<TAB>style<TAB>group: judges every pick
    QString seedLabelsFile; // when set, seeds are drawn only from these tracks (a development part)
    int setsPerStyle = 5;   // sets of 3 seeds, each seed from a different group
    std::uint64_t seed = 1; // draws the seed sets
};

// One generated playlist, as judged: the style of each pick in the final order (empty when unlabelled) and
// its similarity to its seed.
struct JudgedPlaylist
{
    QString style;
    std::vector<std::int64_t> seeds;
    int length = 0;    // asked for
    int styleLeft = 0; // tracks of the seeds' style in the library, the seeds left out
    QStringList pickStyles;
    std::vector<double> similarities;
    std::vector<char> fits{};          // whether each pick fits its seed well (SimilarityScale)
    std::vector<double> percentiles{}; // each pick's place among the library's pair similarities
};

struct PlaylistFigures
{
    double agreement = 0;    // picks of the seeds' style ÷ picks
    double achievable = 0;   // picks of the seeds' style ÷ min(length, styleLeft)
    double transitions = 0;  // neighbouring pairs of picks with the same style ÷ pairs
    double weakPosition = 0; // mean place of the bottom quarter of picks by similarity, 0 first .. 1 last
    double weakOffStyle = 0; // share of those weakest picks not of the seeds' style
    double fitting = 0;      // picks that fit their seed well ÷ picks
    double fitOnStyle = 0;   // of the style's picks, the share that fit (1 when none is of the style)
    double fillerOffStyle =
        0;                // of the picks that do not fit, the share off the seeds' style (1 when all fit)
    double fitsFirst = 0; // 1 when no pick that does not fit sits before one that does, else 0
};

struct PlaylistEvaluationReport
{
    int tracks = 0;    // labelled tracks found in the library
    int styles = 0;    // styles with seeds from 3 groups
    int playlists = 0; // per length
    PlaylistFigures at10;
    PlaylistFigures at30;
    std::vector<JudgedPlaylist> judged;
};

class PlaylistEvaluation
{
public:
    // Generates the playlists with the GUI's defaults (Smooth flow, artist gap 5) at 10 and 30 songs and
    // judges them. On the calling thread. Throws std::runtime_error with a message for a person.
    [[nodiscard]] static PlaylistEvaluationReport run(const QString& databasePath,
                                                      const PlaylistEvaluationRequest& request);
    // The figures of one playlist, as defined above; an empty playlist scores 0.
    [[nodiscard]] static PlaylistFigures judge(const JudgedPlaylist& playlist);
};

} // namespace soundalike
