#include "core/analysis/DescriptorLayout.h"

#include "core/analysis/AnalysisParameters.h"

#include <cmath>
#include <cstdio>

namespace soundalike {

namespace {

std::string numbered(const char* prefix, int i)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s%02d", prefix, i);
    return text;
}

std::vector<std::string> buildNames()
{
    using L = DescriptorLayout;
    std::vector<std::string> names;
    names.reserve(L::dimensions());
    for (const char* block : {"mfcc_mean_", "mfcc_std_", "mfcc_delta_std_"})
        for (int i = 0; i < L::kMfccs; ++i)
            names.push_back(numbered(block, i));
    for (const char* measure : {"centroid_hz", "bandwidth_hz", "rolloff_hz", "flatness", "flux_db", "zcr"}) {
        names.push_back(std::string(measure) + "_mean");
        names.push_back(std::string(measure) + "_std");
    }
    const auto& contrast = L::contrastEdgesHz();
    for (int i = 0; i < L::kContrastBands; ++i)
        names.push_back("contrast_" + std::to_string(int(contrast[i])) + "_" +
                        std::to_string(int(contrast[i + 1])) + "hz");
    for (const char* pitch :
         {"C", "Csharp", "D", "Dsharp", "E", "F", "Fsharp", "G", "Gsharp", "A", "Asharp", "B"})
        names.push_back(std::string("chroma_") + pitch);
    for (const char* interval : {"minor2", "major2", "minor3", "major3", "fourth", "tritone"})
        names.push_back(std::string("interval_") + interval);
    names.push_back("chroma_clarity");
    names.insert(names.end(), {"tempo_bpm", "pulse_clarity", "onset_rate_hz"});
    const auto& rhythm = L::rhythmEdgesBpm();
    for (int i = 0; i < L::kRhythmBins; ++i)
        names.push_back("rhythm_" + std::to_string(int(std::lround(std::sqrt(rhythm[i] * rhythm[i + 1])))) +
                        "bpm");
    names.insert(names.end(), {"loudness_lufs", "loudness_range_lu", "rms_db_mean", "rms_db_std",
                               "dynamic_range_db", "crest_db"});
    return names;
}

} // namespace

const std::vector<std::string>& DescriptorLayout::names()
{
    static const std::vector<std::string> names = buildNames();
    return names;
}

int DescriptorLayout::indexOf(std::string_view name)
{
    const auto& all = names();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i] == name)
            return int(i);
    }
    return -1;
}

std::string_view DescriptorLayout::group(int index)
{
    if (index < Spectral)
        return "timbre";
    if (index < Spectral + 2 * Flatness)
        return "brightness";
    if (index < Spectral + 2 * ZeroCrossings)
        return "texture";
    if (index < Contrast)
        return "brightness";
    if (index < Chroma)
        return "texture";
    if (index < Tempo)
        return "harmony";
    if (index < Loudness)
        return "rhythm";
    return "loudness";
}

const std::vector<double>& DescriptorLayout::contrastEdgesHz()
{
    static const std::vector<double> edges{0, 200, 400, 800, 1600, 3200, 6400, analysis::kSampleRate / 2.0};
    return edges;
}

const std::vector<double>& DescriptorLayout::rhythmEdgesBpm()
{
    static const std::vector<double> edges = [] {
        std::vector<double> e;
        for (int i = 0; i <= kRhythmBins; ++i)
            e.push_back(kRhythmLowBpm * std::pow(kRhythmHighBpm / kRhythmLowBpm, double(i) / kRhythmBins));
        return e;
    }();
    return edges;
}

} // namespace soundalike
