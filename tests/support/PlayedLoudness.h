#pragma once

#include <QString>

#include <optional>

namespace soundalike::test {

// The integrated loudness (EBU R 128, by libebur128) of a whole mp3 as it sounds at the output: decoded by
// libmpg123 at the file's own rate and channels, every sample multiplied by `gain`, the linear factor the
// player sets its output to. None when the file cannot be decoded.
std::optional<double> playedLoudness(const QString& path, double gain = 1.0);

} // namespace soundalike::test
