#pragma once

#include <string>

namespace soundalike::fuzz {

// What both model-file fuzz targets do: load the embedding module once, as the program does (its coverage
// counters must be known to libFuzzer before the first input), then load model files through it.
class ModelLoading
{
public:
    // Aborts when the module cannot be loaded: fuzzing without it would test nothing.
    static void loadModule();
    // Loads the model file at `path`. One that loads must embed a row of the width it declares into finite
    // values of the width it declares.
    static void loadAndCheck(const std::string& path);
};

} // namespace soundalike::fuzz
