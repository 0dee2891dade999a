#include "core/analysis/FileAnalyzer.h"

#include "core/analysis/AnalysisParameters.h"

namespace soundalike {

FileAnalyzer::FileAnalyzer(double excerptSeconds) : m_decoder(excerptSeconds) {}

FileAnalyzer::Result FileAnalyzer::analyze(const FilePath& path)
{
    Result result;
    result.problem = m_decoder.decode(path, m_excerpt);
    if (!result.problem.isEmpty())
        return result;
    result.audioSeconds = double(m_excerpt.samples.size()) / analysis::kSampleRate;
    result.descriptor = m_extractor.extract(m_excerpt.samples);
    result.fingerprint = m_fingerprinter.fingerprint(m_excerpt);
    return result;
}

} // namespace soundalike
