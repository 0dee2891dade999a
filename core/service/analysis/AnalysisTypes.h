#pragma once

#include "core/analysis/Decoder.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace soundalike {

struct AnalysisOptions
{
    int threads = 0; // 0: one per core
    double excerptSeconds = Decoder::kDefaultExcerptSeconds;
    // Only these tracks (those of them still waiting), when not empty: files wanted now, such as seeds
    // dropped from outside the library, need not wait behind the rest of it.
    std::vector<std::int64_t> tracks;
};

struct AnalysisProgress
{
    int done = 0; // analysed or failed, this run
    int failed = 0;
    int total = 0; // tracks waiting when the run started
    double audioSeconds = 0;
    double elapsedSeconds = 0;
    QString currentPath;
};

struct AnalysisFailure
{
    QString path;
    QString reason;
};

struct AnalysisReport
{
    static constexpr int kListedFailures = 100; // `failed` counts all; the list keeps the first ones

    int analysed = 0;
    int failed = 0;
    int total = 0;
    int threads = 0;
    double audioSeconds = 0; // audio decoded and described
    double wallSeconds = 0;
    bool cancelled = false;
    int duplicates = 0; // tracks found to be copies of another recording in the library
    std::vector<AnalysisFailure> failures;
};

} // namespace soundalike

Q_DECLARE_METATYPE(soundalike::AnalysisProgress)
Q_DECLARE_METATYPE(soundalike::AnalysisReport)
