#pragma once

#include "core/analysis/Decoder.h"
#include "core/analysis/FeatureExtractor.h"
#include "core/analysis/Fingerprinter.h"
#include "core/common/AudioDescriptor.h"
#include "core/common/AudioFingerprint.h"
#include "core/common/Track.h"

#include <QString>

#include <optional>

namespace soundalike {

// Decodes one file, describes it and fingerprints it: the unit of work of an analysis thread, and of
// `describe`. Keeps its decoder, FFT plan and buffers from file to file. One per thread.
class FileAnalyzer
{
public:
    struct Result
    {
        std::optional<AudioDescriptor> descriptor;
        AudioFingerprint fingerprint; // of the same excerpt, for finding copies of one recording
        Reason problem;               // why there is no descriptor
        double audioSeconds = 0;      // length of the decoded excerpt
    };

    explicit FileAnalyzer(double excerptSeconds = Decoder::kDefaultExcerptSeconds);

    Result analyze(const FilePath& path);

private:
    Decoder m_decoder;
    FeatureExtractor m_extractor;
    Fingerprinter m_fingerprinter;
    DecodedExcerpt m_excerpt;
};

} // namespace soundalike
