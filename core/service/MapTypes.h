#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace soundalike {

// One track on the library map.
struct MapPoint
{
    std::int64_t id = 0;
    float x = 0;
    float y = 0;
    float tempo = 0; // the estimated tempo in BPM, for colouring; 0 when not known
};

// Why tracks of the library are not on the map.
struct MapCoverage
{
    int tracks = 0;         // in the library
    int placed = 0;         // on the map
    int notAnalysedYet = 0; // waiting for audio analysis
    int analysisFailed = 0; // the audio could not be analysed
    int awaitingModel = 0;  // analysed, but the similarity model has not embedded them yet
    int unavailable = 0;    // files missing (unmounted or deleted) before they were analysed
    int awaitingPlace = 0;  // analysed since the map was brought up to date; placed when the analysis ends

    int missing() const { return tracks - placed; }
};

struct MapProgress
{
    enum class Stage
    {
        Loading,    // reading vectors and the stored map
        Neighbours, // the k-NN graph of a full layout
        Layout,     // the descent of a full layout
        Placing,    // new tracks beside the stored map
        Saving
    };
    Stage stage = Stage::Loading;
    double fraction = 0; // of the whole job, 0..1
};

struct LibraryMapResult
{
    enum class Action
    {
        Loaded,  // the stored map, as it was
        Placed,  // new tracks were placed beside the stored map
        LaidOut, // a full layout (first map, new model, or the library grew by a fifth)
        Cancelled,
        Failed
    };
    Action action = Action::Loaded;
    std::vector<MapPoint> points;
    QString space; // the vectors the map shows: "embedding-model<id>" or "descriptors-v<version>"
    MapCoverage coverage;
    int placedNow = 0; // tracks placed or laid out by this run
    double seconds = 0;
    QString error; // when Failed
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::MapProgress)
Q_DECLARE_METATYPE(soundalike::LibraryMapResult)
