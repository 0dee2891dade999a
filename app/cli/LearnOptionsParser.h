#pragma once

#include "core/service/ModelOptions.h"

#include <QCommandLineParser>

namespace soundalike::cli {

class CliContext;

// The training options shared by `train` and `eval --holdout`.
class LearnOptionsParser
{
public:
    static void addOptions(QCommandLineParser& parser);
    // Throws UsageError for a bad value.
    static LearnOptions parse(const CliContext& context);
};

} // namespace soundalike::cli
