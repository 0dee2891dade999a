#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace soundalike {

// The named dimensions of an audio descriptor, in storage order. Anything that changes what a dimension
// means (its name, order, or how it is computed) must bump kVersion, so stored descriptors of the old
// version are recomputed instead of being mixed with new ones.
class DescriptorLayout
{
public:
    static constexpr int kVersion = 1;

    static constexpr int kMfccs = 20;
    static constexpr int kSpectralStats = 12; // mean and std of six frame measures
    static constexpr int kContrastBands = 7;
    static constexpr int kPitchClasses = 12;
    static constexpr int kIntervalClasses = 6;
    static constexpr int kTempoStats = 3;
    static constexpr int kRhythmBins = 12;
    static constexpr int kLoudnessStats = 6;
    // The rhythm periodicity bins span this tempo range, log-spaced.
    static constexpr double kRhythmLowBpm = 40.0;
    static constexpr double kRhythmHighBpm = 240.0;

    // Where each block starts.
    static constexpr int MfccMean = 0;
    static constexpr int MfccStd = MfccMean + kMfccs;
    static constexpr int MfccDeltaStd = MfccStd + kMfccs;
    static constexpr int Spectral = MfccDeltaStd + kMfccs;
    static constexpr int Contrast = Spectral + kSpectralStats;
    static constexpr int Chroma = Contrast + kContrastBands;
    static constexpr int Intervals = Chroma + kPitchClasses;
    static constexpr int ChromaClarity = Intervals + kIntervalClasses;
    static constexpr int Tempo = ChromaClarity + 1;
    static constexpr int Rhythm = Tempo + kTempoStats;
    static constexpr int Loudness = Rhythm + kRhythmBins;
    static constexpr int Dimensions = Loudness + kLoudnessStats;

    // Order inside the Spectral block: each measure's mean, then its standard deviation.
    enum SpectralMeasure : int
    {
        Centroid,
        Bandwidth,
        Rolloff,
        Flatness,
        Flux,
        ZeroCrossings,
        SpectralMeasures
    };

    enum TempoStat : int
    {
        TempoBpm,
        PulseClarity,
        OnsetRate
    };

    enum LoudnessStat : int
    {
        IntegratedLufs,
        RangeLu,
        RmsMeanDb,
        RmsStdDb,
        DynamicRangeDb,
        CrestDb
    };

    static constexpr int dimensions() { return Dimensions; }
    static const std::vector<std::string>& names();
    // The dimension called `name`, or -1.
    static int indexOf(std::string_view name);
    // What a dimension is about, for explanations: timbre, brightness, texture, harmony, rhythm or loudness.
    static std::string_view group(int index);

    // Band edges of the spectral contrast bands, in Hz (kContrastBands + 1 values).
    static const std::vector<double>& contrastEdgesHz();
    // Tempo range of each rhythm periodicity bin, in BPM (kRhythmBins + 1 log-spaced values).
    static const std::vector<double>& rhythmEdgesBpm();
};

} // namespace soundalike
