#pragma once

#include <QString>

#include <optional>

namespace soundalike {

// What a listener hears in a group of descriptor dimensions: explanations name these, never the dimensions.
enum class ListenerConcept
{
    Brightness,    // spectral centroid, bandwidth, rolloff
    Noisiness,     // spectral flatness and zero crossings: noise, distortion
    Texture,       // MFCCs, spectral contrast and flux: timbre
    Harmony,       // chroma, intervals: key and mode
    Tempo,         // tempo and how clear the pulse is
    RhythmDensity, // onsets and the periodicity bins
    Loudness       // level, range, crest: loudness and dynamics
};

// The concept a descriptor dimension (as named by DescriptorLayout) belongs to; none for other names (tags,
// a learned embedding's dimensions).
[[nodiscard]] std::optional<ListenerConcept> listenerConceptOf(const QString& dimensionName);

} // namespace soundalike
