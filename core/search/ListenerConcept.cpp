#include "core/search/ListenerConcept.h"

#include <array>
#include <utility>

namespace soundalike {

std::optional<ListenerConcept> listenerConceptOf(const QString& dimensionName)
{
    using C = ListenerConcept;
    // By name prefix, so that a new descriptor version with more bands or bins falls into the same concepts.
    static const std::array<std::pair<QLatin1StringView, C>, 18> prefixes{{
        {QLatin1StringView("centroid_"), C::Brightness},
        {QLatin1StringView("bandwidth_"), C::Brightness},
        {QLatin1StringView("rolloff_"), C::Brightness},
        {QLatin1StringView("flatness_"), C::Noisiness},
        {QLatin1StringView("zcr_"), C::Noisiness},
        {QLatin1StringView("mfcc_"), C::Texture},
        {QLatin1StringView("contrast_"), C::Texture},
        {QLatin1StringView("flux_"), C::Texture},
        {QLatin1StringView("chroma_"), C::Harmony},
        {QLatin1StringView("interval_"), C::Harmony},
        {QLatin1StringView("tempo_"), C::Tempo},
        {QLatin1StringView("pulse_"), C::Tempo},
        {QLatin1StringView("onset_"), C::RhythmDensity},
        {QLatin1StringView("rhythm_"), C::RhythmDensity},
        {QLatin1StringView("loudness_"), C::Loudness},
        {QLatin1StringView("rms_"), C::Loudness},
        {QLatin1StringView("dynamic_"), C::Loudness},
        {QLatin1StringView("crest_"), C::Loudness},
    }};
    for (const auto& [prefix, concept_] : prefixes) {
        if (dimensionName.startsWith(prefix))
            return concept_;
    }
    return std::nullopt;
}

} // namespace soundalike
