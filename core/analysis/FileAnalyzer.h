#pragma once

#include "core/analysis/Decoder.h"
#include "core/analysis/FeatureExtractor.h"
#include "core/common/AudioDescriptor.h"
#include "core/common/Track.h"

#include <QString>

#include <optional>

namespace soundalike {

// Decodes one file and describes it: the unit of work of an analysis thread, and of `describe`. Keeps its
// decoder, FFT plan and buffers from file to file. One per thread.
class FileAnalyzer
{
public:
    struct Result
    {
        std::optional<AudioDescriptor> descriptor;
        QString problem;         // why there is no descriptor
        double audioSeconds = 0; // length of the decoded excerpt
    };

    explicit FileAnalyzer(double excerptSeconds = Decoder::kDefaultExcerptSeconds);

    Result analyze(const FilePath& path);

private:
    Decoder m_decoder;
    FeatureExtractor m_extractor;
    DecodedExcerpt m_excerpt;
};

} // namespace soundalike
